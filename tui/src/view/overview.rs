//! The Overview: who the token belongs to, the server's health, object counts, and the
//! recent audit (not available until the server has an audit API).

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
        Layout::vertical([Constraint::Length(8), Constraint::Min(3)]).areas(right);
    let para = |lines: Vec<Line<'static>>, title: &'static str| {
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(Line::from(title).bold()))
    };
    frame.render_widget(para(me_lines(model), " Signed in as "), me);
    frame.render_widget(para(server_lines(model), " Server "), server);
    frame.render_widget(para(count_lines(model), " Counts "), counts);
    let audit_text = vec![Line::from(
        "Recent audit is not available on this server.".dark_gray(),
    )];
    frame.render_widget(para(audit_text, " Recent audit "), audit);
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
    ]
}
