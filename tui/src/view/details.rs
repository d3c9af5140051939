//! Details of the selected row as a popup; for a project also its roles, for a user
//! the keys of the actions that apply to it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{centered, popup};
use crate::data::Row;
use crate::keymap::Action;
use crate::model::{Model, Tab};

fn fields<T: Row>(row: Option<&T>) -> Vec<Line<'static>> {
    row.map(|r| {
        r.details()
            .into_iter()
            .map(|(k, v)| {
                Line::from(vec![
                    Span::styled(format!("{k:<22}"), Style::new().fg(Color::Cyan)),
                    Span::raw(v),
                ])
            })
            .collect()
    })
    .unwrap_or_default()
}

/// Draws the details popup.
pub(super) fn draw(frame: &mut Frame, body: Rect, model: &Model) {
    let mut lines = match model.tab {
        Tab::Users => {
            let mut lines = fields(model.users.selected_row());
            if let Some(u) = model.users.selected_row() {
                // Ids alone mean little: name the organization when it is known.
                let org = format!("{} ({})", model.org_name(&u.org_id), u.org_id);
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("{:<22}", "Organization name"),
                        Style::new().fg(Color::Cyan),
                    ),
                    Span::raw(org),
                ]));
            }
            lines
        }
        Tab::Orgs => fields(model.orgs.selected_row()),
        Tab::Projects => fields(model.projects.selected_row()),
        Tab::Grants => fields(model.grants.selected_row()),
        Tab::Authz => fields(model.authz.selected_row()),
        // calendar/audit
        Tab::Calendar => return super::calendar_details::draw(frame, body, model),
        Tab::Audit => audit_fields(model),
        _ => Vec::new(),
    };
    if model.tab == Tab::Projects {
        lines.push(Line::from(""));
        lines.push(Line::from("Roles".bold()));
        let pid = model.projects.selected_row().map(|p| p.id.as_str());
        match &model.roles {
            Some((id, roles)) if Some(id.as_str()) == pid => {
                if roles.is_empty() {
                    lines.push(Line::from("  (no roles)"));
                }
                for r in roles {
                    let group = if r.group.is_empty() {
                        String::new()
                    } else {
                        format!(" [{}]", r.group)
                    };
                    lines.push(Line::from(format!("  {:<12} {}{group}", r.key, r.name)));
                }
            }
            _ => lines.push(Line::from("  loading…")),
        }
    }
    if model.tab == Tab::Users {
        lines.push(Line::from(""));
        lines.push(actions_line(model));
    }
    let h = (lines.len() as u16 + 2).min(body.height);
    let area = centered(body, body.width.saturating_sub(8).min(90), h);
    popup(frame, area);
    let block = Block::bordered().title(Line::from(" Details (esc: back) ").bold());
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}

// calendar/audit
/// An audit entry's fields, with the organization's name when known.
fn audit_fields(model: &Model) -> Vec<Line<'static>> {
    let mut lines = fields(model.audit.table.selected_row());
    if let Some(a) = model.audit.table.selected_row() {
        let org = model.org_name(&a.event.org);
        if org != a.event.org {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{:<22}", "Organization name"),
                    Style::new().fg(Color::Cyan),
                ),
                Span::raw(org.to_owned()),
            ]));
        }
    }
    lines
}

fn actions_line(model: &Model) -> Line<'static> {
    if model.settings.readonly {
        return Line::from("read-only: actions are disabled".dark_gray());
    }
    let km = &model.settings.keymap;
    let parts: Vec<String> = [
        Action::Lock,
        Action::Unlock,
        Action::Deactivate,
        Action::Reactivate,
        Action::ResetPassword,
        Action::AssignRole,
    ]
    .iter()
    .filter(|a| !km.keys(**a).is_empty())
    .map(|a| format!("{} {}", km.label(*a), a.name()))
    .collect();
    Line::from(parts.join(" · ").dark_gray())
}
