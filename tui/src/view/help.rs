//! `?` help: every key of the current view (global, list, view actions, forms), with
//! the keys as bound now, filtered by what is typed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{centered, popup};
use crate::keymap::{Action, Scope};
use crate::model::{Model, Tab};

/// The (keys, description) lines help shows for the current view.
pub(super) fn entries(model: &Model) -> Vec<(String, String)> {
    let tab = model.tab;
    let applies = |s: Scope| match s {
        Scope::Global => true,
        Scope::List => tab.is_list(),
        Scope::Users => tab == Tab::Users,
        Scope::Create => matches!(
            tab,
            Tab::Users | Tab::Projects | Tab::Grants | Tab::Authz | Tab::Docs | Tab::Drive
        ),
        // calendar/audit
        Scope::Calendar => tab == Tab::Calendar,
        // docs/drive
        Scope::Drive => tab == Tab::Drive,
        Scope::Files => matches!(tab, Tab::Docs | Tab::Drive),
        Scope::Transfers => model.files.transfers.open,
    };
    let km = &model.settings.keymap;
    let mut out: Vec<(String, String)> = Action::ALL
        .iter()
        .filter(|a| applies(a.scope()))
        .map(|&a| (km.label(a), describe(a, tab).to_owned()))
        .collect();
    out.push(("ctrl-c".into(), "Quit (always, cannot be rebound)".into()));
    if matches!(
        tab,
        Tab::Users | Tab::Projects | Tab::Grants | Tab::Authz | Tab::Docs | Tab::Drive
    ) {
        out.push((
            "tab, ↓ / shift-tab, ↑".into(),
            "In a form: next / previous field".into(),
        ));
        out.push((
            "enter".into(),
            "In a form: next field; on the last field, submit".into(),
        ));
    }
    out
}

/// What an action does in this view (`create` makes what the view lists).
fn describe(a: Action, tab: Tab) -> &'static str {
    match (a, tab) {
        (Action::Create, Tab::Docs) => "Create a doc (asks for its title)",
        (Action::Create, Tab::Drive) => "Create a folder in the current folder",
        _ => a.describe(),
    }
}

/// Draws the help popup, filtered by `filter`.
pub(super) fn draw(frame: &mut Frame, body: Rect, model: &Model, filter: &str, scroll: usize) {
    let f = filter.to_lowercase();
    let shown: Vec<(String, String)> = entries(model)
        .into_iter()
        .filter(|(k, d)| {
            f.is_empty() || k.to_lowercase().contains(&f) || d.to_lowercase().contains(&f)
        })
        .collect();
    let mut lines = vec![
        Line::from(vec![
            Span::raw("Filter: "),
            Span::raw(filter.to_owned()),
            Span::raw("█"),
        ]),
        Line::from(""),
    ];
    // Room for entries: the popup's borders and the two filter lines take four rows.
    let room = usize::from(body.height.saturating_sub(4));
    let scroll = scroll.min(shown.len().saturating_sub(room));
    let more = shown.len() > scroll + room;
    for (k, d) in shown.iter().skip(scroll).take(room) {
        lines.push(Line::from(vec![
            Span::styled(format!("{k:<22}"), Style::new().fg(Color::Cyan)),
            Span::raw(d.clone()),
        ]));
    }
    if shown.is_empty() {
        lines.push(Line::from(format!("No key matches '{filter}'.")));
    }
    let h = (lines.len() as u16 + 2).min(body.height);
    let area = centered(body, body.width.saturating_sub(4).min(80), h);
    popup(frame, area);
    let title = match (scroll > 0, more) {
        (false, false) => format!(" Keys: {} (type to filter, esc closes) ", model.tab.title()),
        (up, down) => format!(
            " Keys: {} (type to filter, {} scroll, esc closes) ",
            model.tab.title(),
            match (up, down) {
                (true, true) => "↑↓",
                (true, false) => "↑",
                _ => "↓",
            }
        ),
    };
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(Line::from(title).bold())),
        area,
    );
}
