//! Exports of a document's Markdown: a standalone HTML page and plain text, plus the
//! file name offered in `Content-Disposition`. Pure functions over pulldown-cmark.
//!
//! The HTML export is meant to be opened in a browser, so it must not carry active
//! content from the source: raw HTML in the Markdown is escaped into visible text,
//! and links or images with a `javascript:`, `vbscript:`, `file:` or non-image
//! `data:` URL point nowhere (`#`).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use ws_api::workspace::docs::ExportFormat;

/// The Markdown extensions docs understand (GitHub-like).
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
}

/// A link or image URL made harmless: schemes that run code or read local files
/// become `#`.
fn safe_url(url: CowStr<'_>, image: bool) -> CowStr<'_> {
    let lower: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    let dangerous = ["javascript:", "vbscript:", "file:"]
        .iter()
        .any(|s| lower.starts_with(s))
        || (lower.starts_with("data:") && !(image && lower.starts_with("data:image/")));
    if dangerous {
        CowStr::Borrowed("#")
    } else {
        url
    }
}

/// Raw HTML becomes text (escaped by the writer) and unsafe URLs are neutralised.
fn sanitize(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url, false),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe_url(dest_url, true),
            title,
            id,
        }),
        other => other,
    }
}

/// A standalone HTML5 page of the document: its escaped title in `<title>` and `<h1>`,
/// then the rendered Markdown.
pub fn to_html(title: &str, markdown: &str) -> String {
    let mut body = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(
        &mut body,
        Parser::new_ext(markdown, options()).map(sanitize),
    );
    // The writer escapes text events, so the title goes through it too.
    let mut title_html = String::new();
    html::push_html(&mut title_html, std::iter::once(Event::Text(title.into())));
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{title_html}</title>\n</head>\n<body>\n<h1>{title_html}</h1>\n{body}</body>\n</html>\n"
    )
}

/// What the plain-text writer is inside of, for list markers and link targets.
enum Frame {
    List(Option<u64>),
    Link(String),
}

/// The document as plain text: Markdown syntax removed, headings and paragraphs
/// separated by blank lines, list items with `-` or their number, links followed by
/// their URL in parentheses, table cells separated by tabs, raw HTML dropped.
pub fn to_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut stack: Vec<Frame> = Vec::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(tag) => start_tag(&mut out, &mut stack, tag),
            Event::End(tag) => end_tag(&mut out, &mut stack, tag),
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::Rule => out.push_str("----\n\n"),
            Event::TaskListMarker(done) => out.push_str(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(name) => {
                out.push_str("[^");
                out.push_str(&name);
                out.push(']');
            }
            Event::Html(_) | Event::InlineHtml(_) => {}
        }
    }
    tidy(&out)
}

fn start_tag(out: &mut String, stack: &mut Vec<Frame>, tag: Tag<'_>) {
    match tag {
        Tag::List(first) => {
            ensure_line(out);
            stack.push(Frame::List(first));
        }
        Tag::Item => {
            ensure_line(out);
            let depth = stack.iter().filter(|f| matches!(f, Frame::List(_))).count();
            out.push_str(&"  ".repeat(depth.saturating_sub(1)));
            match stack.iter_mut().rev().find_map(|f| match f {
                Frame::List(n) => Some(n),
                Frame::Link(_) => None,
            }) {
                Some(Some(n)) => {
                    out.push_str(&format!("{n}. "));
                    *n += 1;
                }
                _ => out.push_str("- "),
            }
        }
        Tag::Link { dest_url, .. } => stack.push(Frame::Link(dest_url.into_string())),
        Tag::FootnoteDefinition(name) => {
            out.push_str("[^");
            out.push_str(&name);
            out.push_str("]: ");
        }
        // A paragraph right after a list marker stays on the marker's line.
        Tag::Paragraph if after_marker(out) => {}
        Tag::Heading { .. } | Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_) => {
            ensure_line(out)
        }
        _ => {}
    }
}

fn end_tag(out: &mut String, stack: &mut Vec<Frame>, tag: TagEnd) {
    match tag {
        TagEnd::Heading(level) => {
            if level == HeadingLevel::H1 {
                let width = out.lines().last().map_or(0, |l| l.chars().count());
                out.push('\n');
                out.push_str(&"=".repeat(width.max(1)));
            }
            out.push_str("\n\n");
        }
        // Inside a list, blocks end their line only, so items stay together.
        TagEnd::Paragraph | TagEnd::CodeBlock if in_list(stack) => ensure_line(out),
        TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::BlockQuote(_) | TagEnd::Table => {
            out.push_str("\n\n")
        }
        TagEnd::List(_) => {
            stack.pop();
            if in_list(stack) {
                ensure_line(out)
            } else {
                out.push_str("\n\n")
            }
        }
        TagEnd::Item | TagEnd::TableHead | TagEnd::TableRow => ensure_line(out),
        TagEnd::TableCell => out.push('\t'),
        TagEnd::Link => {
            if let Some(Frame::Link(url)) = stack.pop()
                && !url.is_empty()
                && !out.ends_with(&url)
            {
                out.push_str(&format!(" ({url})"));
            }
        }
        _ => {}
    }
}

/// Whether the writer is inside a list.
fn in_list(stack: &[Frame]) -> bool {
    stack.iter().any(|f| matches!(f, Frame::List(_)))
}

/// Whether the current line holds only a list marker (`- `, `3. `) so far.
fn after_marker(out: &str) -> bool {
    let line = out.rsplit('\n').next().unwrap_or("").trim_start();
    line == "- "
        || (line.ends_with(". ")
            && line[..line.len() - 2].bytes().all(|b| b.is_ascii_digit())
            && line.len() > 2)
}

/// Starts a new line unless at the start of one.
fn ensure_line(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Trailing spaces and tabs removed from every line, at most one blank line in a
/// row, and exactly one final newline (none for an empty document).
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The file name of an export: the title reduced to letters, digits, `-` and `_`
/// (every other run of characters becomes one `-`, so no path separator or dot
/// survives; at most 80 characters; `document` when nothing is left) and
/// the format's extension.
pub fn file_name(title: &str, format: ExportFormat) -> String {
    let mut stem = String::new();
    for c in title.trim().chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            stem.push(c);
        } else if !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= 80 {
            break;
        }
    }
    let stem = stem.trim_matches('-');
    let stem = if stem.is_empty() { "document" } else { stem };
    format!("{stem}.{}", format.as_str())
}

/// Characters left as they are in an RFC 8187 `filename*` value.
const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The `Content-Disposition` of an export: `attachment` with an ASCII `filename`
/// (non-ASCII letters replaced by `_`) and the exact UTF-8 name in `filename*`.
pub fn content_disposition(title: &str, format: ExportFormat) -> String {
    let name = file_name(title, format);
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii() { c } else { '_' })
        .collect();
    format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        utf8_percent_encode(&name, ATTR_CHAR)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# Plan\n\nSome *bold* text with `code` and a [link](https://example.com).\n\n\
        - one\n- two\n  1. nested\n  2. more\n\n- [x] done\n\n```\nlet x = 1;\n```\n\n\
        | a | b |\n|---|---|\n| 1 | 2 |\n";

    #[test]
    fn html_is_a_page_with_the_rendered_markdown_and_an_escaped_title() {
        let page = to_html("Q&A <draft>", SAMPLE);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(
            page.contains("<title>Q&amp;A &lt;draft&gt;</title>"),
            "{page}"
        );
        assert!(page.contains("<h1>Plan</h1>"));
        assert!(page.contains("<em>bold</em>"));
        assert!(page.contains("<a href=\"https://example.com\">link</a>"));
        assert!(page.contains("<table>"));
        assert!(page.contains("checked"));
        assert!(page.ends_with("</html>\n"));
    }

    #[test]
    fn html_export_carries_no_active_content() {
        let md = "<script>alert(1)</script>\n\nHi <img src=x onerror=alert(2)>\n\n\
            [a](javascript:alert(3)) [b]( JAVASCRIPT:alert(4)) ![c](data:text/html,x) \
            ![d](data:image/png;base64,AA==) [e](file:///etc/passwd)";
        let page = to_html("t", md);
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("<img src=x"), "{page}");
        assert!(page.contains("&lt;script&gt;"), "{page}");
        assert!(!page.to_ascii_lowercase().contains("javascript:"), "{page}");
        assert!(!page.contains("data:text/html"), "{page}");
        assert!(!page.contains("file:///"), "{page}");
        assert!(
            page.contains("src=\"data:image/png;base64,AA==\""),
            "{page}"
        );
    }

    #[test]
    fn text_drops_the_syntax_but_keeps_structure() {
        let text = to_text(SAMPLE);
        let want = "Plan\n====\n\n\
            Some bold text with code and a link (https://example.com).\n\n\
            - one\n- two\n  1. nested\n  2. more\n- [x] done\n\n\
            let x = 1;\n\na\tb\n1\t2\n";
        assert_eq!(text, want);
        assert_eq!(to_text(""), "");
        assert_eq!(to_text("<b>raw</b> text"), "raw text\n");
        assert_eq!(to_text("<https://x.org>"), "https://x.org\n");
    }

    #[test]
    fn file_names_are_safe_and_content_disposition_keeps_the_utf8_name() {
        assert_eq!(
            file_name("Q3 plan: draft v2.1", ExportFormat::Md),
            "Q3-plan-draft-v2-1.md"
        );
        assert_eq!(
            file_name("../../etc/passwd", ExportFormat::Txt),
            "etc-passwd.txt"
        );
        assert_eq!(file_name("  !!! ", ExportFormat::Html), "document.html");
        assert_eq!(file_name(&"x".repeat(300), ExportFormat::Md).len(), 83);
        assert_eq!(
            content_disposition("Café notes", ExportFormat::Md),
            "attachment; filename=\"Caf_-notes.md\"; filename*=UTF-8''Caf%C3%A9-notes.md"
        );
    }
}
