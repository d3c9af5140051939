//! Server-rendered HTML: one minimal, accessible layout with inline CSS and no
//! external assets, and the pages of the sign-in and device flows. Every value
//! interpolated into markup goes through [`escape`].

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Escapes text for HTML element content and double- or single-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "\
*{box-sizing:border-box}\
body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;\
background:#f4f5f7;color:#1d2129}\
main{max-width:24rem;margin:4rem auto;padding:2rem;background:#fff;border-radius:12px;\
box-shadow:0 1px 3px rgba(0,0,0,.12)}\
h1{font-size:1.4rem;margin:0 0 .5rem}\
p{margin:.5rem 0 1rem}\
label{display:block;font-weight:600;margin:1rem 0 .25rem}\
input[type=text],input[type=password]{width:100%;padding:.6rem;font:inherit;\
border:1px solid #8a8f98;border-radius:6px}\
input:focus,button:focus{outline:3px solid #7aa7ff;outline-offset:1px}\
button{margin-top:1.25rem;width:100%;padding:.65rem;font:inherit;font-weight:600;\
border:0;border-radius:6px;background:#1f5fd6;color:#fff;cursor:pointer}\
button.secondary{background:#e6e8eb;color:#1d2129}\
.error{background:#fdecea;color:#8a1c12;border:1px solid #f5c2bd;border-radius:6px;\
padding:.6rem .8rem}\
.code{font:600 1.4rem ui-monospace,monospace;letter-spacing:.15em}\
ul{padding-left:1.2rem}\
.muted{color:#5b616b;font-size:.9rem}";

/// Wraps `body` (already escaped markup) in the page layout.
pub fn layout(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<meta name=\"referrer\" content=\"no-referrer\">\
<title>{title}</title><style>{STYLE}</style></head>\
<body><main>{body}</main></body></html>",
        title = escape(title),
    )
}

/// An HTML response with headers that forbid caching, framing (clickjacking of the
/// consent buttons) and any script or remote resource.
pub fn respond(status: StatusCode, html: String) -> Response {
    let mut resp = (status, html).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    resp
}

/// A page with a heading and one paragraph of text.
pub fn message_page(status: StatusCode, title: &str, message: &str) -> Response {
    let body = format!("<h1>{}</h1><p>{}</p>", escape(title), escape(message));
    respond(status, layout(title, &body))
}

/// An error page for requests that must not be redirected (unknown client, bad
/// redirect URI, CSRF failure): the message says what is wrong and what to do.
pub fn error_page(status: StatusCode, message: &str) -> Response {
    let body = format!(
        "<h1>Something went wrong</h1><p class=\"error\" role=\"alert\">{}</p>",
        escape(message)
    );
    respond(status, layout("Error", &body))
}

/// A `500` page for storage failures: the cause is logged, never shown.
pub fn internal_error(cause: impl std::fmt::Display) -> Response {
    tracing::error!(%cause, "identity provider internal error");
    error_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        "An internal error occurred. Try again later; the server log has the details.",
    )
}

/// A `429` page with `Retry-After`.
pub fn too_many_attempts(retry_after: u64, what: &str) -> Response {
    let msg = format!(
        "Too many {what}. Wait {} and try again.",
        humanize_seconds(retry_after)
    );
    let mut resp = error_page(StatusCode::TOO_MANY_REQUESTS, &msg);
    if let Ok(v) = HeaderValue::from_str(&retry_after.to_string()) {
        resp.headers_mut().insert(header::RETRY_AFTER, v);
    }
    resp
}

fn humanize_seconds(s: u64) -> String {
    match s {
        0..=1 => "a second".to_owned(),
        2..=59 => format!("{s} seconds"),
        60..=119 => "a minute".to_owned(),
        _ => format!("{} minutes", s.div_ceil(60)),
    }
}

/// Hidden `<input>`s carrying `fields` through a form.
pub fn hidden_fields(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            format!(
                "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                escape(k),
                escape(v)
            )
        })
        .collect()
}

/// An error paragraph announced to screen readers, or nothing.
pub fn alert(error: Option<&str>) -> String {
    error
        .map(|e| {
            format!(
                "<p class=\"error\" role=\"alert\" id=\"error\">{}</p>",
                escape(e)
            )
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        let page = layout("<t>", "");
        assert!(page.contains("<title>&lt;t&gt;</title>"));
        let h = hidden_fields(&[("a", "\"><script>")]);
        assert!(!h.contains("<script>"));
    }

    #[test]
    fn rate_limit_page_has_retry_after() {
        let r = too_many_attempts(90, "attempts");
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(r.headers()[header::RETRY_AFTER], "90");
        assert_eq!(humanize_seconds(1), "a second");
        assert_eq!(humanize_seconds(600), "10 minutes");
    }
}
