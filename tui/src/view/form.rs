//! A write action's form: fields, the type-to-confirm line, the error, and the
//! equivalent `ws` command line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{centered, popup};
use crate::form::Form;

/// Draws the form popup.
pub(super) fn draw(frame: &mut Frame, body: Rect, form: &Form) {
    let mut lines = Vec::new();
    if let Some(word) = &form.confirm {
        lines.push(Line::from(
            format!("This cannot be undone silently: type '{word}' in the last field.").yellow(),
        ));
    }
    for (i, f) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let value = if f.secret {
            "•".repeat(f.value.chars().count())
        } else {
            f.value.clone()
        };
        let marker = if focused { "› " } else { "  " };
        let cursor = if focused { "█" } else { "" };
        lines.push(Line::from(vec![
            Span::raw(marker),
            Span::styled(format!("{:<30}", f.label), Style::new().fg(Color::Cyan)),
            Span::raw(value),
            Span::raw(cursor),
        ]));
    }
    if form.fields.is_empty() {
        lines.push(Line::from("Press enter to confirm, esc to cancel."));
    }
    lines.push(Line::from(""));
    match form.to_op() {
        Ok(op) => lines.push(Line::from(vec![
            Span::raw("Same as: ").dark_gray(),
            Span::raw(op.command_line()),
        ])),
        Err(_) => lines.push(Line::from(
            "Same as: (fill in the fields to see the ws command)".dark_gray(),
        )),
    }
    if form.busy {
        lines.push(Line::from("Working…".yellow()));
    }
    if let Some(e) = &form.error {
        lines.push(Line::from(format!("✗ {e}").red().bold()));
    }
    lines.push(Line::from(
        "enter: next / submit · tab: next field · esc: cancel".dark_gray(),
    ));
    let w = body.width.saturating_sub(4).min(100);
    let h = (lines.len() as u16 + 2).min(body.height);
    let area = centered(body, w, h);
    popup(frame, area);
    let block = Block::bordered().title(Line::from(format!(" {} ", form.title)).bold());
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
