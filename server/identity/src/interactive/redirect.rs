//! Redirect URIs: matching a requested URI against an app's registered list, and
//! building the redirects back to the client (success with a code, or an OAuth
//! error with `state` and `iss`, RFC 6749 §4.1.2, RFC 9207).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use url::{Host, Url};

/// Whether `requested` is one of `registered`: an exact string match, or for
/// loopback IP literals (`127.0.0.1`, `[::1]`) a match of everything but the port
/// (RFC 8252 §7.3: native apps bind an ephemeral port). `localhost` is matched
/// exactly only: it is a name that may resolve elsewhere (RFC 8252 §8.3).
pub fn redirect_uri_matches(registered: &[String], requested: &str) -> bool {
    let Ok(req) = Url::parse(requested) else {
        return false;
    };
    if req.fragment().is_some() {
        // RFC 6749 §3.1.2: the redirection endpoint must not include a fragment.
        return false;
    }
    registered.iter().any(|r| {
        r == requested
            || Url::parse(r)
                .ok()
                .is_some_and(|reg| loopback_equal_but_port(&reg, &req))
    })
}

fn is_loopback_ip(u: &Url) -> bool {
    match u.host() {
        Some(Host::Ipv4(ip)) => ip == std::net::Ipv4Addr::LOCALHOST,
        Some(Host::Ipv6(ip)) => ip == std::net::Ipv6Addr::LOCALHOST,
        _ => false,
    }
}

fn loopback_equal_but_port(reg: &Url, req: &Url) -> bool {
    reg.scheme() == "http"
        && req.scheme() == "http"
        && is_loopback_ip(reg)
        && reg.host() == req.host()
        && reg.path() == req.path()
        && reg.query() == req.query()
        && reg.fragment().is_none()
        && req.username().is_empty()
        && req.password().is_none()
}

/// `redirect_uri` with `params` appended to its query (existing query kept).
pub fn with_query(redirect_uri: &str, params: &[(&str, &str)]) -> Option<Url> {
    let mut url = Url::parse(redirect_uri).ok()?;
    {
        let mut q = url.query_pairs_mut();
        for (k, v) in params {
            q.append_pair(k, v);
        }
    }
    Some(url)
}

/// A `302 Found` to `url`, never cached.
pub fn found(url: &Url) -> Response {
    match HeaderValue::from_str(url.as_str()) {
        Ok(loc) => (
            StatusCode::FOUND,
            [
                (header::LOCATION, loc),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
        )
            .into_response(),
        // `Url` serialises to ASCII only, so this cannot happen; answer plainly anyway.
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// Where and how to answer a validated authorization request: the client's redirect
/// URI, the `state` to echo and the issuer for `iss`.
#[derive(Debug, Clone)]
pub struct ReplyTo {
    /// The validated redirect URI.
    pub redirect_uri: String,
    /// The client's `state`, echoed verbatim.
    pub state: Option<String>,
    /// The issuer, sent as `iss` (RFC 9207).
    pub issuer: String,
}

impl ReplyTo {
    /// Redirects an OAuth error (`error`, `error_description`, `state`, `iss`).
    pub fn error(&self, code: &str, description: &str) -> Response {
        let mut params = vec![("error", code), ("error_description", description)];
        self.push_common(&mut params);
        self.redirect(&params)
    }

    /// Redirects a successful authorization (`code`, `state`, `iss`).
    pub fn code(&self, code: &str) -> Response {
        let mut params = vec![("code", code)];
        self.push_common(&mut params);
        self.redirect(&params)
    }

    fn push_common<'a>(&'a self, params: &mut Vec<(&'a str, &'a str)>) {
        if let Some(s) = &self.state {
            params.push(("state", s));
        }
        params.push(("iss", &self.issuer));
    }

    fn redirect(&self, params: &[(&str, &str)]) -> Response {
        match with_query(&self.redirect_uri, params) {
            Some(url) => found(&url),
            None => StatusCode::BAD_REQUEST.into_response(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn exact_match_required_for_non_loopback() {
        let r = reg(&["https://app.example/cb", "http://localhost:3000/cb"]);
        assert!(redirect_uri_matches(&r, "https://app.example/cb"));
        assert!(!redirect_uri_matches(&r, "https://app.example/cb/"));
        assert!(!redirect_uri_matches(&r, "https://app.example/cb?x=1"));
        assert!(!redirect_uri_matches(&r, "https://app.example:444/cb"));
        assert!(redirect_uri_matches(&r, "http://localhost:3000/cb"));
        assert!(
            !redirect_uri_matches(&r, "http://localhost:3001/cb"),
            "localhost is not loopback-by-IP"
        );
        assert!(!redirect_uri_matches(&r, "https://app.example/cb#frag"));
    }

    #[test]
    fn loopback_ips_match_any_port() {
        let r = reg(&["http://127.0.0.1/callback", "http://[::1]:8000/callback"]);
        assert!(redirect_uri_matches(&r, "http://127.0.0.1:53124/callback"));
        assert!(redirect_uri_matches(&r, "http://127.0.0.1/callback"));
        assert!(redirect_uri_matches(&r, "http://[::1]:1/callback"));
        assert!(!redirect_uri_matches(&r, "http://127.0.0.1:5/other"));
        assert!(!redirect_uri_matches(&r, "http://127.0.0.2:5/callback"));
        assert!(!redirect_uri_matches(&r, "https://127.0.0.1:5/callback"));
        assert!(!redirect_uri_matches(&r, "http://[::1]:5/callback?x=1"));
        assert!(!redirect_uri_matches(
            &r,
            "http://user@127.0.0.1:5/callback"
        ));
        assert!(!redirect_uri_matches(&r, "not a url"));
    }

    #[test]
    fn replies_carry_state_and_issuer_and_keep_query() {
        let to = ReplyTo {
            redirect_uri: "http://127.0.0.1:9/cb?keep=1".into(),
            state: Some("s t&".into()),
            issuer: "http://127.0.0.1:8080".into(),
        };
        let resp = to.error("invalid_scope", "scope must include openid");
        assert_eq!(resp.status(), StatusCode::FOUND);
        let loc = Url::parse(resp.headers()[header::LOCATION].to_str().unwrap()).unwrap();
        let q: Vec<(String, String)> = loc.query_pairs().into_owned().collect();
        let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("keep"), Some("1"));
        assert_eq!(get("error"), Some("invalid_scope"));
        assert_eq!(get("error_description"), Some("scope must include openid"));
        assert_eq!(get("state"), Some("s t&"));
        assert_eq!(get("iss"), Some("http://127.0.0.1:8080"));
    }
}
