//! The Docs view: every doc the caller can see (title, owner, last change, version),
//! and its details pane: the doc's text, how long its history is, its comment threads
//! and who it is shared with.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::table::{self, Spec};
use super::{centered, popup};
use crate::files::ShareTarget;
use crate::model::Model;

/// Draws the docs table.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let narrow = [
        (0, Constraint::Percentage(45)),
        (1, Constraint::Percentage(20)),
        (2, Constraint::Length(16)),
        (3, Constraint::Length(7)),
    ];
    let wide = [
        (0, Constraint::Percentage(40)),
        (1, Constraint::Percentage(15)),
        (2, Constraint::Length(16)),
        (3, Constraint::Length(7)),
        (4, Constraint::Min(18)),
    ];
    let columns: &[_] = if table::wide(area) { &wide } else { &narrow };
    let spec = Spec {
        title: "Docs",
        columns,
        empty: "No docs you can see yet. Create one with `ws docs create`.",
    };
    table::draw(frame, area, &model.files.docs, &spec);
}

/// A user's username when the Users list has them, else the id as given.
pub(super) fn user_name(model: &Model, id: &str) -> String {
    model
        .users
        .rows()
        .iter()
        .find(|u| u.id == id)
        .map_or_else(|| id.to_owned(), |u| u.username.clone())
}

pub(super) fn field(label: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<14}"), Style::new().fg(Color::Cyan)),
        Span::raw(value),
    ])
}

/// "Shared with" lines of `target` (or "loading…" until its shares arrive).
pub(super) fn shares(model: &Model, target: &ShareTarget) -> Vec<Line<'static>> {
    match &model.files.shares {
        Some((t, lines)) if t == target => {
            if lines.is_empty() {
                return vec![field("Shared with", "nobody".into())];
            }
            lines
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let label = if i == 0 { "Shared with" } else { "" };
                    field(label, format!("{} ({})", s.grantee, s.role))
                })
                .collect()
        }
        _ => vec![field("Shared with", "loading…".into())],
    }
}

/// Draws the details popup of the selected doc.
pub(super) fn draw_details(frame: &mut Frame, body: Rect, model: &Model) {
    let Some(row) = model.files.docs.selected_row() else {
        return;
    };
    let mut lines = vec![
        field("Title", row.title.clone()),
        field("Id", row.id.clone()),
        field("Owner", row.owner.clone()),
    ];
    let target = ShareTarget {
        kind: ws_client::ws_api::workspace::sharing::ResourceKind::Doc,
        id: row.id.clone(),
    };
    match model.files.doc.as_ref().filter(|d| d.id == row.id) {
        None => lines.push(Line::from(
            "loading the text, history and comments…".dark_gray(),
        )),
        Some(d) => {
            lines.push(field(
                "Version",
                format!(
                    "v{} — {} by {}",
                    d.version,
                    d.updated,
                    user_name(model, &d.updated_by)
                ),
            ));
            lines.push(field("History", format!("{} versions", d.history)));
            lines.extend(shares(model, &target));
            lines.push(field("Comments", comment_count(d)));
            for c in d.comments.iter().take(5) {
                let style = if c.resolved {
                    Style::new().add_modifier(Modifier::DIM)
                } else {
                    Style::new()
                };
                let replies = match c.replies {
                    0 => String::new(),
                    n => format!(" (+{n} replies)"),
                };
                lines.push(Line::styled(
                    format!(
                        "  {}: {}{replies}",
                        user_name(model, &c.author),
                        first_line(&c.body)
                    ),
                    style,
                ));
            }
            lines.push(Line::from(""));
            lines.push(Line::from("Text".bold()));
            lines.extend(d.body.lines().map(|l| Line::from(format!("  {l}"))));
        }
    }
    let h = (lines.len() as u16 + 2).min(body.height);
    let area = centered(body, body.width.saturating_sub(8).min(100), h);
    popup(frame, area);
    let title = format!(" {} (esc: back) ", row.title);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(Line::from(title).bold())),
        area,
    );
}

fn comment_count(d: &crate::files::DocDetail) -> String {
    let open = d.comments.iter().filter(|c| !c.resolved).count();
    format!("{} threads, {open} open", d.comments.len())
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}
