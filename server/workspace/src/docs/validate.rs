//! Input rules of docs: titles, bodies and comments. Pure checks that name the
//! field at fault; the handlers turn them into 400 and 413 answers before anything
//! is written.

/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 10_000;
/// Longest quoted passage of a comment thread, in characters.
pub const MAX_QUOTE_CHARS: usize = 1_000;

/// A broken rule: the field and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    /// 400: the value of `field` breaks a rule.
    #[error("{field}: {message}")]
    Field {
        /// The JSON field.
        field: &'static str,
        /// What is wrong and what to do.
        message: String,
    },
    /// 413: the body exceeds the configured limit.
    #[error("body: the document is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// The body's size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

fn field(field: &'static str, message: impl Into<String>) -> Invalid {
    Invalid::Field {
        field,
        message: message.into(),
    }
}

/// A title with surrounding whitespace removed: 1–200 characters, no control
/// characters (so no line breaks).
pub fn title(raw: &str) -> Result<String, Invalid> {
    let title = raw.trim();
    if title.is_empty() {
        return Err(field("title", "a title is required"));
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(field(
            "title",
            format!("at most {MAX_TITLE_CHARS} characters are allowed"),
        ));
    }
    if title.chars().any(char::is_control) {
        return Err(field(
            "title",
            "control characters (such as line breaks or tabs) are not allowed",
        ));
    }
    Ok(title.to_owned())
}

/// A body within `limit` bytes with no NUL or other control characters except tab,
/// line feed and carriage return.
pub fn body(raw: &str, limit: usize) -> Result<(), Invalid> {
    if raw.len() > limit {
        return Err(Invalid::TooLarge {
            size: raw.len(),
            limit,
        });
    }
    if raw
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        return Err(field(
            "body",
            "control characters other than tab and line breaks are not allowed",
        ));
    }
    Ok(())
}

/// A comment's text (1–10,000 characters, trimmed) and optional quote (at most
/// 1,000 characters; empty counts as none).
pub fn comment(body: &str, quote: Option<&str>) -> Result<(String, Option<String>), Invalid> {
    let text = body.trim();
    if text.is_empty() {
        return Err(field("body", "the comment is empty"));
    }
    if text.chars().count() > MAX_COMMENT_CHARS {
        return Err(field(
            "body",
            format!("at most {MAX_COMMENT_CHARS} characters are allowed"),
        ));
    }
    if text.contains('\0') {
        return Err(field("body", "NUL characters are not allowed"));
    }
    let quote = quote.map(str::trim).filter(|q| !q.is_empty());
    if let Some(q) = quote
        && (q.chars().count() > MAX_QUOTE_CHARS || q.contains('\0'))
    {
        return Err(field(
            "quote",
            format!("at most {MAX_QUOTE_CHARS} characters, no NUL"),
        ));
    }
    Ok((text.to_owned(), quote.map(str::to_owned)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_required_bounded_and_single_line() {
        assert_eq!(title("  Plan  ").unwrap(), "Plan");
        assert_eq!(title(&"é".repeat(200)).unwrap().chars().count(), 200);
        for bad in ["", "   ", "a\nb", "tab\there", "nul\0"] {
            let err = title(bad).unwrap_err();
            assert!(err.to_string().starts_with("title: "), "{bad:?}: {err}");
        }
        assert!(
            title(&"x".repeat(201))
                .unwrap_err()
                .to_string()
                .contains("200")
        );
    }

    #[test]
    fn bodies_are_bounded_in_bytes_and_keep_line_breaks() {
        assert_eq!(body("line\r\n\tindented\n", 100), Ok(()));
        assert_eq!(body("ééé", 5), Err(Invalid::TooLarge { size: 6, limit: 5 }));
        assert!(
            body("bell\u{7}", 100)
                .unwrap_err()
                .to_string()
                .starts_with("body: ")
        );
    }

    #[test]
    fn comments_need_text_and_bound_their_quote() {
        assert_eq!(comment(" ok ", Some("  ")).unwrap(), ("ok".into(), None));
        assert_eq!(
            comment("ok", Some("teh")).unwrap().1.as_deref(),
            Some("teh")
        );
        assert!(
            comment("  ", None)
                .unwrap_err()
                .to_string()
                .starts_with("body: ")
        );
        let long_quote = "q".repeat(1001);
        assert!(
            comment("ok", Some(&long_quote))
                .unwrap_err()
                .to_string()
                .starts_with("quote: ")
        );
    }
}
