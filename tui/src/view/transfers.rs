//! The transfers panel: every upload and download of this run with a progress bar,
//! bytes done of the total, the rate, and how it ended; it takes rows from the bottom
//! of the body while open (`t`), so the view above stays usable.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::files::rows::human_bytes;
use crate::files::{Direction, Transfer, TransferState};
use crate::keymap::Action;
use crate::model::Model;

/// Splits the body into the view's part and the panel's (when open).
pub(super) fn split(body: Rect, model: &Model) -> (Rect, Option<Rect>) {
    let h = model.files.transfers.height();
    if h == 0 {
        return (body, None);
    }
    let [top, bottom] = Layout::vertical([Constraint::Min(1), Constraint::Length(h)]).areas(body);
    (top, Some(bottom))
}

fn bar(ratio: f64, width: usize) -> String {
    let full = ((ratio * width as f64).round() as usize).min(width);
    format!("{}{}", "█".repeat(full), "░".repeat(width - full))
}

fn line(t: &Transfer, selected: bool, width: u16) -> Line<'static> {
    let arrow = match t.direction {
        Direction::Up => "↑",
        Direction::Down => "↓",
    };
    let total = t.total.map_or_else(|| "?".to_owned(), human_bytes);
    let (state, color) = match &t.state {
        TransferState::Running => (format!("{}/s", human_bytes(t.rate())), Color::Yellow),
        TransferState::Done(_) => ("done".to_owned(), Color::Green),
        TransferState::Failed(e) => (format!("failed: {e}"), Color::Red),
        TransferState::Cancelled => ("cancelled".to_owned(), Color::DarkGray),
    };
    let (bar_w, name_w) = if width >= 120 { (30, 32) } else { (12, 16) };
    let mut spans = vec![
        Span::raw(if selected { "› " } else { "  " }),
        Span::raw(format!("{arrow} {:<name_w$.name_w$} ", t.name)),
        Span::styled(bar(t.ratio(), bar_w), Style::new().fg(color)),
        Span::raw(format!(
            " {:>3}% {} / {} ",
            (t.ratio() * 100.0).round() as u32,
            human_bytes(t.done),
            total
        )),
        Span::styled(state, Style::new().fg(color)),
    ];
    if width >= 120 {
        spans.push(Span::raw(format!("  {}", t.local)).dark_gray());
    }
    let line = Line::from(spans);
    if selected {
        line.style(Style::new().add_modifier(Modifier::BOLD))
    } else {
        line
    }
}

/// Draws the panel into `area`.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let t = &model.files.transfers;
    let running = t
        .list
        .iter()
        .filter(|x| x.state == TransferState::Running)
        .count();
    let km = &model.settings.keymap;
    let title = format!(
        " Transfers ({running} running) · {} cancel · {}/{} select · {} hide ",
        km.label(Action::CancelTransfer),
        km.label(Action::TransferDown),
        km.label(Action::TransferUp),
        km.label(Action::Transfers)
    );
    let rows = usize::from(area.height.saturating_sub(2));
    // Keep the selection in view: show the last `rows` up to the selected one.
    let start = (t.selected + 1).saturating_sub(rows);
    let mut lines: Vec<Line> = t
        .list
        .iter()
        .enumerate()
        .skip(start)
        .take(rows)
        .map(|(i, x)| line(x, i == t.selected, area.width))
        .collect();
    if lines.is_empty() {
        lines.push(Line::from(
            format!(
                "No transfers yet. In Drive: {} uploads into the folder, {} downloads the selected file.",
                km.label(Action::Upload),
                km.label(Action::Download)
            )
            .dark_gray(),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(Line::from(title).bold())),
        area,
    );
}
