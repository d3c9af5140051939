//! Drive naming rules and content-type detection.

/// Longest name accepted, in bytes (what common file systems allow).
pub const MAX_NAME_BYTES: usize = 255;

/// Checks that `name` is a single, safe path segment: not empty or blank, at most
/// [`MAX_NAME_BYTES`] bytes, not `.` or `..`, without `/`, `\` or control characters.
/// The error says what is wrong so the API can name the field.
pub fn validate_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("must not be empty or blank".into());
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(format!(
            "is {} bytes long; at most {MAX_NAME_BYTES} are allowed",
            name.len()
        ));
    }
    if name == "." || name == ".." {
        return Err(format!("'{name}' is not a file name"));
    }
    if name.contains(['/', '\\']) {
        return Err("must not contain '/' or '\\' (a name is one path segment)".into());
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(format!(
            "must not contain control characters (found U+{:04X})",
            u32::from(c)
        ));
    }
    Ok(())
}

/// The media type of a file: from its first bytes when they carry a known
/// signature, else from its name's extension, else `text/plain` for UTF-8 text and
/// `application/octet-stream` for anything else.
pub fn detect_content_type(name: &str, head: &[u8]) -> String {
    if let Some(kind) = infer::get(head) {
        return kind.mime_type().to_owned();
    }
    if let Some(mime) = mime_guess::from_path(name).first() {
        return mime.essence_str().to_owned();
    }
    let text = match std::str::from_utf8(head) {
        Ok(_) => true,
        // A multi-byte character cut off at the end of the sniffed bytes is still text.
        Err(e) => e.error_len().is_none(),
    };
    if text && !head.contains(&0) {
        "text/plain".into()
    } else {
        "application/octet-stream".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_names_pass() {
        for ok in ["a.txt", "Résumé 2024.pdf", ".hidden", "a..b", "日本語"] {
            assert_eq!(validate_name(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn unsafe_names_are_refused_with_the_reason() {
        let cases = [
            ("", "empty"),
            ("   ", "blank"),
            ("..", "not a file name"),
            (".", "not a file name"),
            ("../etc/passwd", "path segment"),
            ("a/b", "path segment"),
            ("a\\b", "path segment"),
            ("a\nb", "U+000A"),
            ("nul\0", "U+0000"),
            ("bell\u{7}", "U+0007"),
        ];
        for (name, reason) in cases {
            let err = validate_name(name).unwrap_err();
            assert!(err.contains(reason), "{name:?}: {err}");
        }
        assert!(
            validate_name(&"x".repeat(256))
                .unwrap_err()
                .contains("256 bytes")
        );
        assert_eq!(validate_name(&"x".repeat(255)), Ok(()));
    }

    #[test]
    fn content_type_comes_from_signature_then_extension_then_text() {
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
        assert_eq!(detect_content_type("picture.txt", &png), "image/png");
        assert_eq!(detect_content_type("notes.md", b"# hi"), "text/markdown");
        assert_eq!(detect_content_type("README", b"hello"), "text/plain");
        assert_eq!(
            detect_content_type("blob", &[0, 159, 146, 150]),
            "application/octet-stream"
        );
    }
}
