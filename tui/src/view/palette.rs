//! The `:` command palette: the input and the fuzzy-ranked commands.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::popup;
use crate::model::Model;

/// Draws the palette at the top of the body.
pub(super) fn draw(frame: &mut Frame, body: Rect, model: &Model, input: &str, sel: usize) {
    let found = crate::palette::matches(input);
    let room = usize::from(body.height.saturating_sub(4)).min(12);
    let start = sel.saturating_sub(room.saturating_sub(1));
    let mut lines = vec![Line::from(vec![
        Span::raw(":"),
        Span::raw(input.to_owned()),
        Span::raw("█"),
    ])];
    for (i, a) in found.iter().enumerate().skip(start).take(room) {
        let style = if i == sel {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:<16}", a.name()), style.fg(Color::Cyan)),
            Span::styled(format!("{:<48}", a.describe()), style),
            Span::styled(model.settings.keymap.label(*a), style.fg(Color::DarkGray)),
        ]));
    }
    if found.is_empty() {
        lines.push(Line::from(format!("no command matches '{input}'").red()));
    }
    let w = body.width.saturating_sub(4).min(90);
    let area = Rect {
        x: body.x + (body.width - w) / 2,
        y: body.y + 1,
        width: w,
        height: (lines.len() as u16 + 2).min(body.height),
    };
    popup(frame, area);
    let title = " Command (tab completes, enter runs, esc closes) ";
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(Line::from(title).bold())),
        area,
    );
}
