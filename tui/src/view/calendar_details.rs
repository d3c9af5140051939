//! Details of the selected occurrence: when (in the display zone, and the event's own
//! zone), where, the recurrence (once the event has loaded), the organizer, every
//! attendee with their answer, and the keys that answer an invitation.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{centered, popup};
use crate::calendar::{OccRow, local_text};
use crate::keymap::Action;
use crate::model::Model;

fn pair(label: &str, value: impl Into<String>) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<14}"), Style::new().fg(Color::Cyan)),
        Span::raw(value.into()),
    ])
}

/// A user id as a username when the Users view knows it.
fn who(model: &Model, id: &str) -> String {
    let name = model
        .users
        .rows()
        .iter()
        .find(|u| u.id == id)
        .map(|u| u.username.clone());
    let you = if model.cal.me() == Some(id) {
        " (you)"
    } else {
        ""
    };
    match name {
        Some(n) => format!("{n}{you}"),
        None => format!("{id}{you}"),
    }
}

fn recurrence(model: &Model, r: &OccRow) -> String {
    let tz = model.settings.zone;
    let event = model.cal.event.as_ref().filter(|e| e.id == r.occ.event_id);
    let rule = match event {
        Some(e) => match &e.rrule {
            Some(rule) => rule.clone(),
            None if r.occ.recurring => "changed occurrence of a series".into(),
            None => "none (single event)".into(),
        },
        None if r.occ.recurring => "part of a series (loading the rule…)".into(),
        None => "none (single event)".into(),
    };
    match &r.occ.original_start {
        Some(orig) if orig != &r.occ.start => {
            format!("{rule}; moved from {}", local_text(orig, tz))
        }
        _ => rule,
    }
}

fn lines(model: &Model, r: &OccRow) -> Vec<Line<'static>> {
    let tz = model.settings.zone;
    let mut out = vec![
        Line::from(r.occ.summary.clone().bold()),
        pair("When", format!("{} {} ({tz})", r.day_label, r.time_label)),
        pair("Event zone", r.occ.time_zone.clone()),
        pair("Calendar", r.calendar.clone()),
        pair(
            "Location",
            if r.occ.location.is_empty() {
                "—".to_owned()
            } else {
                r.occ.location.clone()
            },
        ),
        pair("Recurrence", recurrence(model, r)),
        pair("Busy", if r.occ.busy { "yes" } else { "no (free)" }),
        pair("Organizer", who(model, &r.occ.organizer)),
    ];
    if r.occ.attendees.is_empty() {
        out.push(pair("Attendees", "none invited"));
    }
    for (i, a) in r.occ.attendees.iter().enumerate() {
        let label = if i == 0 { "Attendees" } else { "" };
        out.push(pair(
            label,
            format!("{} — {}", who(model, &a.user_id), a.status.as_str()),
        ));
    }
    if let Some(e) = model.cal.event.as_ref().filter(|e| e.id == r.occ.event_id)
        && !e.description.is_empty()
    {
        out.push(pair("Description", e.description.clone()));
    }
    out.push(Line::from(""));
    out.push(actions_line(model, r));
    out
}

fn actions_line(model: &Model, r: &OccRow) -> Line<'static> {
    if model.settings.readonly {
        return Line::from("read-only: answering invitations is disabled".dark_gray());
    }
    if let Some(me) = model.cal.me()
        && r.answer_of(me).is_none()
    {
        return Line::from("You are not invited to this event.".dark_gray());
    }
    let km = &model.settings.keymap;
    let parts: Vec<String> = [Action::Accept, Action::Decline, Action::Tentative]
        .iter()
        .filter(|a| !km.keys(**a).is_empty())
        .map(|a| format!("{} {}", km.label(*a), a.name()))
        .collect();
    Line::from(parts.join(" · ").dark_gray())
}

/// Draws the event popup.
pub(super) fn draw(frame: &mut Frame, body: Rect, model: &Model) {
    let Some(r) = model.cal.table.selected_row() else {
        return;
    };
    let lines = lines(model, r);
    let h = (lines.len() as u16 + 2).min(body.height);
    let area = centered(body, body.width.saturating_sub(8).min(90), h);
    popup(frame, area);
    let block = Block::bordered().title(Line::from(" Event (esc: back) ").bold());
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
