//! The Calendar view: the week shown as seven day columns (see `calendar_week`), or
//! as an agenda — one line per occurrence, recurring events expanded by the server —
//! when asked for or when the terminal is too narrow for the columns.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Stylize;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::calendar_week;
use super::table::{self, Spec};
use crate::calendar::CalMode;
use crate::keymap::Action;
use crate::model::Model;

/// The narrowest body the week grid is drawn in (a 6-column gutter and 7 days of 8).
pub(super) const WEEK_MIN_WIDTH: u16 = 64;

/// "Agenda · All calendars · 30 Nov – 06 Dec 2026 · Europe/Berlin".
pub(super) fn title(model: &Model, what: &str) -> String {
    let range = model.cal.week.map_or_else(String::new, |w| {
        let end = w + chrono::Duration::days(6);
        format!(" · {} – {}", w.format("%d %b"), end.format("%d %b %Y"))
    });
    format!(
        "{what} · {}{range} · {}",
        model.cal.shown_name(),
        model.settings.zone
    )
}

/// The view's keys for the bottom border.
pub(super) fn hints(model: &Model) -> Line<'static> {
    let km = &model.settings.keymap;
    let parts: Vec<String> = [
        (Action::CalendarMode, "week/agenda"),
        (Action::PrevWeek, "prev"),
        (Action::NextWeek, "next"),
        (Action::NextCalendar, "calendar"),
        (Action::Details, "details"),
    ]
    .iter()
    .filter(|(a, _)| !km.keys(*a).is_empty())
    .map(|(a, what)| format!("{} {what}", km.label(*a)))
    .collect();
    Line::from(format!(" {} ", parts.join(" · ")))
}

/// Draws the week grid or the agenda.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    if model.cal.calendars.is_none()
        && let Some(e) = &model.cal.calendars_error
    {
        let block = Block::bordered().title(" Calendar ");
        let text = format!("Could not load calendars: {e}");
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }).block(block),
            area,
        );
        return;
    }
    let wants_week = model.cal.mode == CalMode::Week;
    if wants_week && area.width >= WEEK_MIN_WIDTH && model.cal.table.loaded {
        calendar_week::draw(frame, area, model);
        return;
    }
    let what = if wants_week {
        "Agenda (narrow)"
    } else {
        "Agenda"
    };
    let columns = [
        (0, Constraint::Length(10)),
        (1, Constraint::Length(16)),
        (2, Constraint::Percentage(40)),
        (3, Constraint::Percentage(25)),
        (4, Constraint::Min(8)),
    ];
    let title = title(model, what);
    let spec = Spec {
        title: &title,
        columns: &columns,
        empty: "No events this week. ] shows the next week, > another calendar.",
    };
    table::draw(frame, area, &model.cal.table, &spec);
    if area.height > 2 {
        let bottom = Rect {
            x: area.x + 1,
            y: area.y + area.height - 1,
            width: area.width.saturating_sub(2),
            height: 1,
        };
        frame.render_widget(Paragraph::new(hints(model).dark_gray()), bottom);
    }
}
