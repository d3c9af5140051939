//! Search queries (`GET /api/v1/docs?q=`): the query split into terms, and the
//! snippet shown with a hit. Matching itself happens in storage (every term must occur
//! in the title or the body, ASCII case-insensitively).

/// Most terms in one query.
pub const MAX_TERMS: usize = 8;
/// Longest term, in characters.
pub const MAX_TERM_CHARS: usize = 100;
/// Longest snippet, in characters (without the ellipses).
const SNIPPET_CHARS: usize = 160;
/// Characters of context kept before the first match.
const LEAD_CHARS: usize = 40;

/// Why a query was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// More than [`MAX_TERMS`] terms.
    #[error("at most {MAX_TERMS} search terms are allowed")]
    TooManyTerms,
    /// A term longer than [`MAX_TERM_CHARS`].
    #[error("a search term may have at most {MAX_TERM_CHARS} characters")]
    TermTooLong,
    /// A control character in the query.
    #[error("the query must not contain control characters")]
    ControlCharacter,
}

/// The terms of a query: words separated by whitespace, or `"quoted phrases"` kept
/// whole; duplicates (ignoring ASCII case) dropped. An empty query has no terms.
pub fn terms(query: &str) -> Result<Vec<String>, QueryError> {
    if query.chars().any(char::is_control) {
        return Err(QueryError::ControlCharacter);
    }
    let mut out: Vec<String> = Vec::new();
    for (i, part) in query.split('"').enumerate() {
        // Odd parts were inside quotes.
        let pieces: Vec<&str> = if i % 2 == 1 {
            vec![part.trim()]
        } else {
            part.split_whitespace().collect()
        };
        for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
            if piece.chars().count() > MAX_TERM_CHARS {
                return Err(QueryError::TermTooLong);
            }
            if !out.iter().any(|t| t.eq_ignore_ascii_case(piece)) {
                out.push(piece.to_owned());
            }
        }
    }
    if out.len() > MAX_TERMS {
        return Err(QueryError::TooManyTerms);
    }
    Ok(out)
}

/// A one-line snippet of `excerpt` (a piece of the body storage cut around the first
/// match of `term`): whitespace collapsed, starting a little before the match on a
/// word boundary, at most [`SNIPPET_CHARS`] characters, with `…` where text was cut.
pub fn snippet(excerpt: &str, term: &str) -> String {
    let flat: Vec<char> = excerpt
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    let text: String = flat.iter().collect();
    let at = find_ascii_ci(&text, term)
        .map(|byte| text[..byte].chars().count())
        .unwrap_or(0);
    let mut start = at.saturating_sub(LEAD_CHARS);
    // Back up to the start of a word, unless that loses the whole lead.
    while start > 0 && flat[start - 1] != ' ' && at - start < LEAD_CHARS * 2 {
        start -= 1;
    }
    let end = (start + SNIPPET_CHARS).min(flat.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&flat[start..end]);
    if end < flat.len() {
        out.push('…');
    }
    out
}

/// The byte offset of the first ASCII-case-insensitive occurrence of `needle`.
fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?)
        .filter(|&i| haystack.is_char_boundary(i))
        .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_split_into_words_and_quoted_phrases() {
        assert_eq!(terms("").unwrap(), Vec::<String>::new());
        assert_eq!(terms("  rocket  Launch ").unwrap(), ["rocket", "Launch"]);
        assert_eq!(
            terms("\"launch date\" rocket ROCKET").unwrap(),
            ["launch date", "rocket"]
        );
        assert_eq!(terms("50% off_x").unwrap(), ["50%", "off_x"]);
        assert_eq!(terms("a b c d e f g h i"), Err(QueryError::TooManyTerms));
        assert_eq!(terms(&"x".repeat(101)), Err(QueryError::TermTooLong));
        assert_eq!(terms("a\u{0}b"), Err(QueryError::ControlCharacter));
    }

    #[test]
    fn snippets_show_the_match_with_some_context() {
        assert_eq!(
            snippet("Launch the\n\nROCKET  in May", "rocket"),
            "Launch the ROCKET in May"
        );
        let long = format!("{} needle {}", "word ".repeat(40), "tail ".repeat(60));
        let s = snippet(&long, "NEEDLE");
        assert!(s.starts_with("…word"), "{s}");
        assert!(s.ends_with('…'), "{s}");
        assert!(s.contains("needle"), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 2);
        // No match (title-only hit) starts at the beginning; multi-byte text is safe.
        assert_eq!(snippet("äöü straße", "zzz"), "äöü straße");
        assert_eq!(snippet("äöü straße", "STRASSE"), "äöü straße");
        assert_eq!(snippet("grüße Welt", "welt"), "grüße Welt");
    }
}
