//! The Overview: who the token belongs to, the server's health, object counts
//! (identity and workspace), and the most recent audit entries from the live tail.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::data::Row;
use crate::model::Model;
use crate::table::Table;

fn pair(label: &str, value: impl Into<String>) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<15} "), Style::new().fg(Color::Cyan)),
        Span::raw(value.into()),
    ])
}

/// Draws the overview panels.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
    let [me, server] = Layout::vertical([Constraint::Length(8), Constraint::Min(5)]).areas(left);
    let [counts, audit] =
        Layout::vertical([Constraint::Length(10), Constraint::Min(3)]).areas(right);
    let para = |lines: Vec<Line<'static>>, title: &'static str| {
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(Line::from(title).bold()))
    };
    frame.render_widget(para(me_lines(model), " Signed in as "), me);
    frame.render_widget(para(server_lines(model), " Server "), server);
    frame.render_widget(para(count_lines(model), " Counts "), counts);
    // calendar/audit
    // One line per entry, cut at the border rather than wrapped.
    let recent = Paragraph::new(audit_lines(model))
        .block(Block::bordered().title(Line::from(" Recent audit ").bold()));
    frame.render_widget(recent, audit);
}

fn me_lines(model: &Model) -> Vec<Line<'static>> {
    let Some(me) = &model.me else {
        return vec![Line::from("Loading…")];
    };
    let org = if me.org_name.is_empty() {
        me.org_id.clone()
    } else {
        format!("{} ({})", me.org_name, me.org_id)
    };
    vec![
        pair("User", me.login.clone()),
        pair("Name", me.name.clone()),
        pair("Email", me.email.clone()),
        pair("Organization", org),
        pair(
            "Roles",
            if me.roles.is_empty() {
                "—".to_owned()
            } else {
                me.roles.join(", ")
            },
        ),
        pair("Profile", model.settings.profile.clone()),
    ]
}

fn server_lines(model: &Model) -> Vec<Line<'static>> {
    let mut lines = vec![
        pair("Issuer", model.settings.server.clone()),
        pair("API", model.settings.api_url.clone()),
        pair("Client", concat!("ws ", env!("CARGO_PKG_VERSION"))),
    ];
    match (&model.health, &model.offline) {
        (_, Some(err)) => lines.push(Line::from(vec![
            Span::styled(format!("{:<15} ", "Health"), Style::new().fg(Color::Cyan)),
            Span::styled(format!("unreachable: {err}"), Style::new().fg(Color::Red)),
        ])),
        (None, None) => lines.push(pair("Health", "checking…")),
        (Some(h), None) => {
            let word = match (h.live, h.ready) {
                (true, true) => "ok (live, ready)".to_owned(),
                (true, false) => "live, NOT ready".to_owned(),
                _ => "down".to_owned(),
            };
            lines.push(pair("Health", word));
            if !h.version.is_empty() {
                lines.push(pair("Server", h.version.clone()));
            }
            for (k, v) in h.checks.iter().filter(|(k, _)| k != "status") {
                lines.push(pair(&format!("  {k}"), v.clone()));
            }
        }
    }
    lines
}

fn count<T: Row>(t: &Table<T>) -> String {
    match (t.loaded, &t.error) {
        (true, _) => t.rows().len().to_string(),
        (false, Some(_)) => "unavailable".into(),
        (false, None) => "…".into(),
    }
}

fn count_lines(model: &Model) -> Vec<Line<'static>> {
    vec![
        pair("Users", count(&model.users)),
        pair("Organizations", count(&model.orgs)),
        pair("Projects", count(&model.projects)),
        pair("Grants", count(&model.grants)),
        pair("Authorizations", count(&model.authz)),
        // calendar/audit
        pair("Docs", ws_count(model.counts.docs.as_ref())),
        pair("Drive items", ws_count(model.counts.drive.as_ref())),
        pair(
            "Calendars",
            match (&model.cal.calendars, &model.cal.calendars_error) {
                (Some(c), _) => c.len().to_string(),
                (None, Some(_)) => "unavailable".into(),
                (None, None) => "…".into(),
            },
        ),
    ]
}

// calendar/audit
fn ws_count(c: Option<&Result<usize, String>>) -> String {
    match c {
        Some(Ok(n)) => n.to_string(),
        Some(Err(_)) => "unavailable".into(),
        None => "…".into(),
    }
}

/// The five newest audit entries (unfiltered), or why there are none.
fn audit_lines(model: &Model) -> Vec<Line<'static>> {
    use crate::audit::Conn;
    let a = &model.audit;
    let rows = a.table.rows();
    if rows.is_empty() {
        let text = match (&a.conn, a.table.loaded) {
            (Conn::Unavailable(e), _) => format!("Not available: {e}"),
            (Conn::Lost(e), false) => format!("Unreachable: {e}"),
            (_, true) => "No entries in the last 24 hours.".into(),
            (_, false) => "Loading…".into(),
        };
        return vec![Line::from(text.dark_gray())];
    }
    rows.iter()
        .take(5)
        .map(|r| {
            let color = match r.outcome.as_str() {
                "ok" => Color::Green,
                "denied" => Color::Yellow,
                _ => Color::Red,
            };
            let time = r
                .short_time
                .get(r.short_time.len().saturating_sub(8)..)
                .unwrap_or(&r.short_time);
            Line::from(vec![
                Span::styled(format!("{time} "), Style::new().fg(Color::DarkGray)),
                Span::styled(format!("{:<6} ", r.outcome), Style::new().fg(color)),
                Span::raw(format!(
                    "{} {} {}",
                    r.actor_name, r.event.action, r.event.target
                )),
            ])
        })
        .collect()
}
