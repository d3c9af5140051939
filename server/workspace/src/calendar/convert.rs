//! Between stored rows, domain values and wire types: the times of a row, building
//! times from create/update requests, and expanding rows into wire occurrences.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use ws_api::workspace::calendar as wire;
use ws_storage::{WsAttendeeStatus, WsEvent};

use super::recur::{Instance, Window, occurrences};
use super::time::{EventTimes, FieldError, FieldResult, Stamp, parse_input, parse_tz, rfc3339};

/// RFC 3339 UTC of unix seconds.
pub fn unix_to_wire(secs: i64) -> String {
    rfc3339(DateTime::from_timestamp(secs, 0).unwrap_or_default())
}

/// The wire name of an answer.
pub fn status_to_wire(s: WsAttendeeStatus) -> wire::ResponseStatus {
    match s {
        WsAttendeeStatus::NeedsAction => wire::ResponseStatus::NeedsAction,
        WsAttendeeStatus::Accepted => wire::ResponseStatus::Accepted,
        WsAttendeeStatus::Declined => wire::ResponseStatus::Declined,
        WsAttendeeStatus::Tentative => wire::ResponseStatus::Tentative,
    }
}

/// The stored value of an answer.
pub fn status_from_wire(s: wire::ResponseStatus) -> WsAttendeeStatus {
    match s {
        wire::ResponseStatus::NeedsAction => WsAttendeeStatus::NeedsAction,
        wire::ResponseStatus::Accepted => WsAttendeeStatus::Accepted,
        wire::ResponseStatus::Declined => WsAttendeeStatus::Declined,
        wire::ResponseStatus::Tentative => WsAttendeeStatus::Tentative,
    }
}

/// The validated times of a stored row (an error means the row is corrupt).
pub fn row_times(e: &WsEvent) -> FieldResult<EventTimes> {
    let tz = parse_tz("time_zone", &e.time_zone)?;
    let exdates = e
        .exdates
        .iter()
        .map(|x| Stamp::from_text("exdates", x))
        .collect::<FieldResult<_>>()?;
    EventTimes::new(
        tz,
        Stamp::from_text("start", &e.start_local)?,
        Stamp::from_text("end", &e.end_local)?,
        e.rrule.clone(),
        exdates,
    )
}

/// Writes validated times into a row, with its window span.
pub fn set_times(e: &mut WsEvent, times: &EventTimes) -> FieldResult<()> {
    let (span_start, span_end) = super::recur::span(times)?;
    e.all_day = times.all_day();
    e.time_zone = times.tz.name().to_owned();
    e.start_local = times.start.to_text();
    e.end_local = times.end.to_text();
    e.rrule = super::recur::normalized_rule(times);
    e.exdates = times.exdates.iter().map(|x| x.to_text()).collect();
    e.span_start = span_start;
    e.span_end = span_end;
    Ok(())
}

/// A stored row on the wire.
pub fn event_to_wire(e: &WsEvent, times: &EventTimes) -> wire::Event {
    wire::Event {
        id: e.id.clone(),
        calendar_id: e.calendar_id.clone(),
        uid: e.uid.clone(),
        summary: e.summary.clone(),
        description: e.description.clone(),
        location: e.location.clone(),
        all_day: e.all_day,
        start: times.start.to_wire(times.tz),
        end: times.end.to_wire(times.tz),
        time_zone: e.time_zone.clone(),
        rrule: e.rrule.clone(),
        exdates: times.exdates.iter().map(|x| x.to_wire(times.tz)).collect(),
        recurrence_id: e.recurrence_id.clone(),
        busy: e.busy,
        organizer: e.organizer.clone(),
        attendees: attendees_to_wire(e),
        sequence: u32::try_from(e.sequence).unwrap_or(0),
        created_at: unix_to_wire(e.created_at),
        updated_at: unix_to_wire(e.changed_at),
    }
}

fn attendees_to_wire(e: &WsEvent) -> Vec<wire::Attendee> {
    e.attendees
        .iter()
        .map(|a| wire::Attendee {
            user_id: a.user_id.clone(),
            status: status_to_wire(a.status),
        })
        .collect()
}

/// The times of a new event: zone (default `calendar_tz`), start, end, rule.
pub fn times_from_create(req: &wire::CreateEvent, calendar_tz: Tz) -> FieldResult<EventTimes> {
    let tz = match &req.time_zone {
        Some(name) => parse_tz("time_zone", name)?,
        None => calendar_tz,
    };
    let start = parse_input("start", &req.start, req.all_day, tz)?;
    let end = match (&req.end, start) {
        (Some(end), _) => parse_input("end", end, req.all_day, tz)?,
        (None, Stamp::Date(d)) => Stamp::Date(d + Duration::days(1)),
        (None, Stamp::Local(_)) => {
            return Err(FieldError::new(
                "end",
                "required for timed events (or set all_day)",
            ));
        }
    };
    let exdates = req
        .exdates
        .iter()
        .map(|x| parse_input("exdates", x, req.all_day, tz))
        .collect::<FieldResult<_>>()?;
    EventTimes::new(tz, start, end, req.rrule.clone(), exdates)
}

/// The times of an event after `req`: unchanged parts are kept; a new zone keeps the
/// wall-clock times unless new ones are given.
pub fn times_from_update(old: &EventTimes, req: &wire::UpdateEvent) -> FieldResult<EventTimes> {
    let tz = match &req.time_zone {
        Some(name) => parse_tz("time_zone", name)?,
        None => old.tz,
    };
    let all_day = req.all_day.unwrap_or(old.all_day());
    if all_day != old.all_day() && (req.start.is_none() || req.end.is_none()) {
        return Err(FieldError::new(
            "all_day",
            "switching between all-day and timed needs a new start and end",
        ));
    }
    let start = match &req.start {
        Some(s) => parse_input("start", s, all_day, tz)?,
        None => old.start,
    };
    let end = match &req.end {
        Some(s) => parse_input("end", s, all_day, tz)?,
        // A moved start keeps the length.
        None if req.start.is_some() => start.like(tz, start.instant(tz) + old.duration()),
        None => old.end,
    };
    let rrule = match &req.rrule {
        Some(r) if r.trim().is_empty() => None,
        Some(r) => Some(r.clone()),
        None => old.rrule.clone(),
    };
    let exdates = match &req.exdates {
        Some(list) => list
            .iter()
            .map(|x| parse_input("exdates", x, all_day, tz))
            .collect::<FieldResult<_>>()?,
        None => old.exdates.clone(),
    };
    EventTimes::new(tz, start, end, rrule, exdates)
}

/// One occurrence of a row, ready for the wire.
#[derive(Debug, Clone)]
pub struct Expanded<'a> {
    /// The row it comes from.
    pub row: &'a WsEvent,
    /// When it runs.
    pub instance: Instance,
    /// Part of a series.
    pub recurring: bool,
    /// The original start of a series occurrence (wire form).
    pub original: Option<String>,
    /// The zone of the row.
    pub tz: Tz,
}

impl Expanded<'_> {
    /// The wire occurrence.
    pub fn to_wire(&self) -> wire::Occurrence {
        let (tz, i) = (self.tz, &self.instance);
        wire::Occurrence {
            event_id: self.row.id.clone(),
            calendar_id: self.row.calendar_id.clone(),
            uid: self.row.uid.clone(),
            summary: self.row.summary.clone(),
            location: self.row.location.clone(),
            all_day: self.row.all_day,
            start: i.start.to_wire(tz),
            end: i.end.to_wire(tz),
            time_zone: self.row.time_zone.clone(),
            recurring: self.recurring,
            original_start: self.original.clone(),
            busy: self.row.busy,
            organizer: self.row.organizer.clone(),
            attendees: attendees_to_wire(self.row),
        }
    }
}

/// Expands rows (masters and overridden instances, as a window query returns them)
/// into the occurrences meeting `window`, sorted by start. Overridden instances
/// replace the occurrence they name; an override whose series is absent stands alone.
pub fn expand(rows: &[WsEvent], window: Window) -> FieldResult<Vec<Expanded<'_>>> {
    let mut overridden: HashMap<(&str, &str), HashSet<String>> = HashMap::new();
    for r in rows {
        if let Some(rid) = &r.recurrence_id {
            overridden
                .entry((&r.calendar_id, &r.uid))
                .or_default()
                .insert(rid.clone());
        }
    }
    let none = HashSet::new();
    let mut out = Vec::new();
    for row in rows {
        let times = row_times(row)?;
        let skip = match row.recurrence_id {
            None => overridden
                .get(&(row.calendar_id.as_str(), row.uid.as_str()))
                .unwrap_or(&none),
            Some(_) => &none,
        };
        let recurring = times.rrule.is_some() || row.recurrence_id.is_some();
        for instance in occurrences(&times, window, skip)? {
            let original = match (&row.recurrence_id, &times.rrule) {
                (Some(rid), _) => Some(rid.clone()),
                (None, Some(_)) => Some(instance.original.to_wire(times.tz)),
                (None, None) => None,
            };
            out.push(Expanded {
                row,
                instance,
                recurring,
                original,
                tz: times.tz,
            });
        }
    }
    out.sort_by(|a, b| (a.instance.start_at, &a.row.id).cmp(&(b.instance.start_at, &b.row.id)));
    Ok(out)
}

/// The window `[from, to)` of a request: both RFC 3339 (or dates, read as UTC
/// midnight), `to` after `from`, at most `max_days` long.
pub fn window(from: &str, to: &str, max_days: i64) -> FieldResult<Window> {
    let read = |field: &str, text: &str| -> FieldResult<DateTime<Utc>> {
        match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => Ok(d.and_time(chrono::NaiveTime::MIN).and_utc()),
            Err(_) => super::time::parse_instant(field, text),
        }
    };
    let (from, to) = (read("from", from)?, read("to", to)?);
    if to <= from {
        return Err(FieldError::new("to", "must be after 'from'"));
    }
    if to - from > Duration::days(max_days) {
        return Err(FieldError::new(
            "to",
            format!("the window may span at most {max_days} days"),
        ));
    }
    Ok(Window { from, to })
}
