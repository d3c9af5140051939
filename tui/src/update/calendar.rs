//! The Calendar view's part of the state machine: the clock arriving, week and
//! calendar navigation, loads of calendars, occurrences and event details, and
//! answering invitations (a write, refused under `--readonly`).

use chrono::Duration;
use ws_client::ws_api::workspace::calendar::ResponseStatus;

use crate::calendar::{CalEffect, CalMode, CalMsg, OccRow, monday};
use crate::keymap::Action;
use crate::model::{Model, Tab};
use crate::msg::Effect;

/// Applies a calendar message.
pub(super) fn on_msg(model: &mut Model, msg: CalMsg) -> Vec<Effect> {
    let tz = model.settings.zone;
    match msg {
        CalMsg::Clock(now) => {
            model.cal.now = Some(now);
            if model.cal.week.is_none() {
                model.cal.week = Some(monday(now.with_timezone(&tz).date_naive()));
                return load_week(model);
            }
        }
        CalMsg::Calendars(Ok(mut cals)) => {
            let kept = selected_id(model);
            // Own calendars first (personal on top), then shared ones, by name.
            cals.sort_by_key(|c| (c.role != "owner", !c.personal, c.name.to_lowercase()));
            model.cal.shown = kept.and_then(|id| cals.iter().position(|c| c.id == id));
            model.cal.calendars = Some(cals);
            model.cal.calendars_loading = false;
            model.cal.calendars_error = None;
            return load_week(model);
        }
        CalMsg::Calendars(Err(e)) => {
            model.cal.calendars_loading = false;
            // Elsewhere (the Overview counts them) a caller without workspace access
            // only sees "unavailable"; the status line stays for the identity views.
            if model.tab == Tab::Calendar {
                model.error(format!("cannot load calendars: {e}"));
            }
            model.cal.calendars_error = Some(e);
        }
        CalMsg::Occurrences(key, result) => {
            if model.cal.pending.as_deref() != Some(key.as_str()) {
                return Vec::new(); // an answer for a week no longer shown
            }
            model.cal.pending = None;
            match result {
                Ok(occs) => {
                    let rows = occs
                        .into_iter()
                        .map(|o| {
                            let name = model.cal.name_of(&o.calendar_id).to_owned();
                            OccRow::new(o, &name, tz)
                        })
                        .collect();
                    model.cal.table.set_rows(sorted(rows));
                }
                Err(e) => {
                    model.cal.table.loading = false;
                    model.cal.table.error = Some(e.clone());
                    model.error(format!("cannot load events: {e}"));
                }
            }
        }
        CalMsg::Event(Ok(ev)) => model.cal.event = Some(*ev),
        CalMsg::Event(Err(e)) => model.error(format!("cannot load the event: {e}")),
        CalMsg::Responded(summary, status, line, result) => {
            return responded(model, &summary, status, &line, result);
        }
    }
    Vec::new()
}

fn sorted(mut rows: Vec<OccRow>) -> Vec<OccRow> {
    rows.sort_by(|a, b| {
        (a.day, a.minutes.is_some(), a.minutes, &a.occ.summary).cmp(&(
            b.day,
            b.minutes.is_some(),
            b.minutes,
            &b.occ.summary,
        ))
    });
    rows
}

fn selected_id(model: &Model) -> Option<String> {
    let cals = model.cal.calendars.as_deref()?;
    model
        .cal
        .shown
        .and_then(|i| cals.get(i))
        .map(|c| c.id.clone())
}

fn responded(
    model: &mut Model,
    summary: &str,
    status: ResponseStatus,
    line: &str,
    result: Result<(), String>,
) -> Vec<Effect> {
    match result {
        Ok(()) => {
            model.info(format!(
                "Answered {} to {summary} — same as: {line}",
                status.as_str()
            ));
            let mut effects = reload(model);
            effects.extend(event_details(model));
            effects
        }
        Err(e) => {
            model.error(format!("cannot answer {summary}: {e}"));
            Vec::new()
        }
    }
}

/// Loads the occurrences of the week and calendars shown (once the clock and the
/// calendars are known); older answers in flight are dropped when they arrive.
fn load_week(model: &mut Model) -> Vec<Effect> {
    let tz = model.settings.zone;
    let (Some((from, to)), Some(key)) = (model.cal.window(tz), model.cal.window_key(tz)) else {
        return Vec::new();
    };
    if model.cal.calendars.is_none() || model.cal.pending.as_deref() == Some(key.as_str()) {
        return Vec::new();
    }
    model.cal.pending = Some(key.clone());
    model.cal.table.loading = true;
    vec![Effect::Cal(CalEffect::Occurrences {
        key,
        calendars: model.cal.shown_ids(),
        from,
        to,
    })]
}

/// What the Calendar view needs when it opens or refreshes: the clock once, then the
/// calendars (which load the week).
pub(super) fn reload(model: &mut Model) -> Vec<Effect> {
    let mut effects = Vec::new();
    if model.cal.now.is_none() {
        effects.push(Effect::Cal(CalEffect::Clock));
    }
    effects.extend(load_calendars(model));
    effects
}

/// Loads the calendars unless a load is in flight.
pub(super) fn load_calendars(model: &mut Model) -> Vec<Effect> {
    if model.cal.calendars_loading {
        return Vec::new();
    }
    model.cal.calendars_loading = true;
    model.cal.pending = None;
    vec![Effect::Cal(CalEffect::Calendars)]
}

/// The Calendar view's own keys.
pub(super) fn act(model: &mut Model, action: Action) -> Vec<Effect> {
    if model.tab != Tab::Calendar {
        return Vec::new();
    }
    match action {
        Action::CalendarMode => {
            model.cal.mode = match model.cal.mode {
                CalMode::Week => CalMode::Agenda,
                CalMode::Agenda => CalMode::Week,
            };
            Vec::new()
        }
        Action::PrevWeek | Action::NextWeek | Action::ThisWeek => move_week(model, action),
        Action::NextCalendar | Action::PrevCalendar => {
            let n = model.cal.calendars.as_ref().map_or(0, Vec::len);
            // Positions: all calendars, then each one.
            let pos = model.cal.shown.map_or(0, |i| i + 1);
            let step = if action == Action::NextCalendar { 1 } else { n };
            let next = (pos + step) % (n + 1);
            model.cal.shown = next.checked_sub(1);
            model.info(format!("Showing {}", model.cal.shown_name()));
            load_week(model)
        }
        Action::Accept => respond(model, ResponseStatus::Accepted),
        Action::Decline => respond(model, ResponseStatus::Declined),
        Action::Tentative => respond(model, ResponseStatus::Tentative),
        _ => Vec::new(),
    }
}

fn move_week(model: &mut Model, action: Action) -> Vec<Effect> {
    let Some(week) = model.cal.week else {
        return Vec::new();
    };
    model.cal.week = Some(match action {
        Action::PrevWeek => week - Duration::days(7),
        Action::NextWeek => week + Duration::days(7),
        _ => match model.cal.now {
            Some(now) => monday(now.with_timezone(&model.settings.zone).date_naive()),
            None => week,
        },
    });
    model.cal.table.home();
    load_week(model)
}

/// Details opened on an occurrence: load its event (recurrence, description).
pub(super) fn event_details(model: &mut Model) -> Vec<Effect> {
    let Some(row) = model.cal.table.selected_row() else {
        return Vec::new();
    };
    let (calendar, event) = (row.occ.calendar_id.clone(), row.occ.event_id.clone());
    if model.cal.event.as_ref().is_some_and(|e| e.id != event) {
        model.cal.event = None;
    }
    vec![Effect::Cal(CalEffect::Event { calendar, event })]
}

fn respond(model: &mut Model, status: ResponseStatus) -> Vec<Effect> {
    let verb = match status {
        ResponseStatus::Accepted => "accept",
        ResponseStatus::Declined => "decline",
        _ => "tentative",
    };
    if model.settings.readonly {
        model.error(format!(
            "{verb} is disabled: the dashboard was started with --readonly"
        ));
        return Vec::new();
    }
    let Some(row) = model.cal.table.selected_row() else {
        model.error(format!("{verb}: select an event first"));
        return Vec::new();
    };
    if let Some(me) = model.cal.me()
        && row.answer_of(me).is_none()
    {
        model.error(format!(
            "{verb}: you are not invited to {} (only invitees answer)",
            row.occ.summary
        ));
        return Vec::new();
    }
    let effect = CalEffect::Respond {
        calendar: row.occ.calendar_id.clone(),
        event: row.occ.event_id.clone(),
        summary: row.occ.summary.clone(),
        status,
    };
    model.info(format!(
        "Answering {} to {}…",
        status.as_str(),
        row.occ.summary
    ));
    vec![Effect::Cal(effect)]
}
