//! Bounds checked on an iCalendar text before the `icalendar` parser sees it. The
//! parser recurses once per nested component, so a file of a few thousand
//! `BEGIN:VEVENT` lines inside each other (about 55 KB) overflows the stack and
//! aborts the whole server; it also builds every component in memory. A cheap
//! line scan here refuses such files with a 400 naming the limit instead.

use super::time::{FieldError, FieldResult};

/// Largest iCalendar text accepted, in bytes.
pub const MAX_ICS_BYTES: usize = 10 * 1024 * 1024;

/// Deepest component nesting accepted: VCALENDAR > VEVENT > VALARM is 3 and
/// VCALENDAR > VTIMEZONE > STANDARD is 3; nothing in RFC 5545 or its extensions
/// goes beyond 4, so 8 leaves room without letting recursion grow.
pub const MAX_NESTING: usize = 8;

/// Most components (of any kind, VCALENDAR included) in one text: room for
/// [`super::ics::MAX_EVENTS`] events with a few alarms each plus time zones.
pub const MAX_COMPONENTS: usize = 50_000;

/// Refuses `text` when it is larger than [`MAX_ICS_BYTES`], nests components deeper
/// than [`MAX_NESTING`] or holds more than [`MAX_COMPONENTS`] components.
pub fn check(text: &str) -> FieldResult<()> {
    if text.len() > MAX_ICS_BYTES {
        return Err(FieldError::new(
            "body",
            format!("the file exceeds {MAX_ICS_BYTES} bytes; split it"),
        ));
    }
    let mut depth = 0usize;
    let mut components = 0usize;
    for (number, line) in logical_lines(text) {
        match component_edge(&line) {
            Some(Edge::Begin) => {
                depth += 1;
                components += 1;
                if depth > MAX_NESTING {
                    return Err(FieldError::new(
                        "body",
                        format!(
                            "line {number}: components nested more than {MAX_NESTING} deep; \
                             an event or alarm cannot contain itself"
                        ),
                    ));
                }
                if components > MAX_COMPONENTS {
                    return Err(FieldError::new(
                        "body",
                        format!(
                            "line {number}: more than {MAX_COMPONENTS} components; split the file"
                        ),
                    ));
                }
            }
            Some(Edge::End) => depth = depth.saturating_sub(1),
            None => {}
        }
    }
    Ok(())
}

enum Edge {
    Begin,
    End,
}

/// Whether `line` opens or closes a component (`BEGIN:`/`END:`, any case, as the
/// parser reads them).
fn component_edge(line: &str) -> Option<Edge> {
    let name = line.split([':', ';']).next().unwrap_or_default().trim();
    if name.eq_ignore_ascii_case("BEGIN") {
        Some(Edge::Begin)
    } else if name.eq_ignore_ascii_case("END") {
        Some(Edge::End)
    } else {
        None
    }
}

/// The unfolded lines of `text` (RFC 5545 §3.1: a line starting with a space or a
/// tab continues the previous one) with the 1-based number of their first line.
/// Only the start of each line matters here, so a continuation is appended only
/// while the line is still short enough to be a `BEGIN`/`END` name.
fn logical_lines(text: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    const NAME_PREFIX: usize = 16;
    let mut physical = text.lines().enumerate().peekable();
    std::iter::from_fn(move || {
        let (index, first) = physical.next()?;
        let mut line = first.to_owned();
        while let Some((_, next)) = physical.next_if(|(_, l)| l.starts_with([' ', '\t'])) {
            if line.len() < NAME_PREFIX {
                line.push_str(&next[1..]);
            }
        }
        Some((index + 1, line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(kind: &str, levels: usize) -> String {
        let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        text.push_str(&format!("BEGIN:{kind}\r\nUID:x\r\n").repeat(levels));
        text.push_str(&format!("END:{kind}\r\n").repeat(levels));
        text.push_str("END:VCALENDAR\r\n");
        text
    }

    #[test]
    fn self_nested_components_are_refused_naming_the_limit() {
        for kind in ["VEVENT", "VALARM", "vevent"] {
            let err = check(&nested(kind, 3000)).unwrap_err();
            assert_eq!(err.field, "body");
            assert!(err.message.contains("nested more than 8 deep"), "{err:?}");
            assert!(err.message.starts_with("line "), "{err:?}");
        }
    }

    #[test]
    fn folded_begin_lines_count_as_begin() {
        let text = format!(
            "BEGIN:VCALENDAR\r\n{}",
            "BEG\r\n IN:VEVENT\r\n".repeat(MAX_NESTING + 1)
        );
        assert!(check(&text).is_err());
    }

    #[test]
    fn ordinary_depth_and_many_siblings_pass() {
        assert!(check(&nested("VEVENT", MAX_NESTING - 1)).is_ok());
        let mut text = String::from("BEGIN:VCALENDAR\r\n");
        text.push_str(&"BEGIN:VEVENT\r\nBEGIN:VALARM\r\nEND:VALARM\r\nEND:VEVENT\r\n".repeat(100));
        assert!(check(&text).is_ok());
    }

    #[test]
    fn too_many_components_are_refused() {
        let mut text = String::from("BEGIN:VCALENDAR\r\n");
        text.push_str(&"BEGIN:VEVENT\r\nEND:VEVENT\r\n".repeat(MAX_COMPONENTS));
        let err = check(&text).unwrap_err();
        assert!(
            err.message.contains("more than 50000 components"),
            "{err:?}"
        );
    }

    #[test]
    fn oversized_text_is_refused() {
        let text = "X".repeat(MAX_ICS_BYTES + 1);
        let err = check(&text).unwrap_err();
        assert!(err.message.contains("exceeds"), "{err:?}");
    }
}
