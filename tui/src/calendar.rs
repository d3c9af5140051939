//! The Calendar view's state: the calendars the caller sees, which of them is shown,
//! the week shown (agenda or week grid), its occurrences as rows in the display zone,
//! and the event whose details are open. Also its messages and effects. Times are
//! converted once when they arrive, in the zone of [`crate::Settings::zone`], so
//! drawing never parses and snapshots are deterministic.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use ws_client::ws_api::workspace::calendar::{
    Attendee, Calendar, Event, Occurrence, ResponseStatus,
};

use crate::data::Row;
use crate::table::Table;

pub mod lanes;

/// How the week is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CalMode {
    /// Seven day columns with time slots (an agenda on narrow terminals).
    #[default]
    Week,
    /// One line per occurrence.
    Agenda,
}

/// Everything the Calendar view knows.
#[derive(Debug, Clone, Default)]
pub struct CalState {
    /// The current instant, once the driver told (`CalMsg::Clock`).
    pub now: Option<DateTime<Utc>>,
    /// Monday of the week shown, in the display zone.
    pub week: Option<NaiveDate>,
    /// Agenda or week grid.
    pub mode: CalMode,
    /// The calendars the caller sees (own first, then shared), once loaded.
    pub calendars: Option<Vec<Calendar>>,
    /// The last calendar load failed.
    pub calendars_error: Option<String>,
    /// A calendar load is in flight.
    pub calendars_loading: bool,
    /// Index into `calendars` of the one shown; `None` shows all.
    pub shown: Option<usize>,
    /// The occurrences of the week shown, in start order.
    pub table: Table<OccRow>,
    /// Key ([`CalState::window_key`]) of the newest occurrence load; older answers are dropped.
    pub pending: Option<String>,
    /// The event whose details are open (recurrence, description).
    pub event: Option<Event>,
}

/// Calendar messages.
#[derive(Debug, Clone)]
pub enum CalMsg {
    /// The current time (the only clock the calendar reads; tests inject it).
    Clock(DateTime<Utc>),
    /// The calendars arrived, or why not.
    Calendars(Result<Vec<Calendar>, String>),
    /// Occurrences of the window `key` arrived.
    Occurrences(String, Result<Vec<Occurrence>, String>),
    /// One event (for its details).
    Event(Result<Box<Event>, String>),
    /// An answer to an invitation was sent: the summary, the answer, the command line,
    /// and what happened.
    Responded(String, ResponseStatus, String, Result<(), String>),
}

/// Calendar work for the driver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalEffect {
    /// Answer with `CalMsg::Clock(now)`.
    Clock,
    /// Load the calendars.
    Calendars,
    /// Load the occurrences of these calendars in `[from, to)` (RFC 3339).
    Occurrences {
        /// The window key to answer with.
        key: String,
        /// Calendar ids.
        calendars: Vec<String>,
        /// Window start.
        from: String,
        /// Window end.
        to: String,
    },
    /// Load one event.
    Event {
        /// Calendar id.
        calendar: String,
        /// Event id.
        event: String,
    },
    /// Answer an invitation.
    Respond {
        /// Calendar id.
        calendar: String,
        /// Event id.
        event: String,
        /// Title (messages).
        summary: String,
        /// The answer.
        status: ResponseStatus,
    },
}

impl CalEffect {
    /// The `ws` command that does the same as a write.
    pub fn command_line(&self) -> Option<String> {
        let q = crate::msg::shell_quote;
        match self {
            CalEffect::Respond {
                calendar,
                event,
                status,
                ..
            } => Some(format!(
                "ws cal respond {} {} {}",
                q(calendar),
                q(event),
                status.as_str()
            )),
            _ => None,
        }
    }
}

/// Monday of the week holding `day`.
pub fn monday(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Local midnight of `day` in `tz` as UTC (the earliest, across a DST change).
pub fn midnight(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let local = day.and_time(NaiveTime::MIN);
    tz.from_local_datetime(&local)
        .earliest()
        .map_or_else(|| Utc.from_utc_datetime(&local), |t| t.with_timezone(&Utc))
}

/// RFC 3339 UTC with seconds.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl CalState {
    /// The window of the week shown: `[Monday 00:00, next Monday 00:00)` in `tz`.
    pub fn window(&self, tz: Tz) -> Option<(String, String)> {
        let week = self.week?;
        Some((
            rfc3339(midnight(week, tz)),
            rfc3339(midnight(week + Duration::days(7), tz)),
        ))
    }

    /// The ids of the calendars shown.
    pub fn shown_ids(&self) -> Vec<String> {
        let all = self.calendars.as_deref().unwrap_or_default();
        match self.shown.and_then(|i| all.get(i)) {
            Some(c) => vec![c.id.clone()],
            None => all.iter().map(|c| c.id.clone()).collect(),
        }
    }

    /// Identifies a load: the window and the calendars.
    pub fn window_key(&self, tz: Tz) -> Option<String> {
        let (from, to) = self.window(tz)?;
        Some(format!("{from}|{to}|{}", self.shown_ids().join(",")))
    }

    /// The name of the calendar shown ("All calendars").
    pub fn shown_name(&self) -> String {
        let all = self.calendars.as_deref().unwrap_or_default();
        match self.shown.and_then(|i| all.get(i)) {
            Some(c) => calendar_label(c),
            None => "All calendars".into(),
        }
    }

    /// The caller's user id: the owner of their own personal calendar.
    pub fn me(&self) -> Option<&str> {
        self.calendars
            .as_deref()?
            .iter()
            .find(|c| c.personal && c.role == "owner")
            .map(|c| c.owner.as_str())
    }

    /// A calendar's name by id (the id when unknown).
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.calendars
            .as_deref()
            .unwrap_or_default()
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.name.as_str())
    }
}

/// "Team (shared, editor)", "Personal (mine)".
pub fn calendar_label(c: &Calendar) -> String {
    let whose = if c.role == "owner" { "mine" } else { "shared" };
    let kind = if c.personal { ", personal" } else { "" };
    format!("{} ({whose}{kind}, {})", c.name, c.role)
}

/// One occurrence, with its times in the display zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OccRow {
    /// Unique within the window: event id and start.
    pub id: String,
    /// The occurrence as the server sent it.
    pub occ: Occurrence,
    /// Calendar name.
    pub calendar: String,
    /// First local day.
    pub day: NaiveDate,
    /// Last local day it touches (inclusive).
    pub last_day: NaiveDate,
    /// Local start and end minutes since midnight of `day` (`None` for all-day).
    pub minutes: Option<(u32, u32)>,
    /// "Mon 30 Nov".
    pub day_label: String,
    /// "09:00–09:30", "all day", "all day (3 days)".
    pub time_label: String,
    /// The summary, with `↻ ` in front for an occurrence of a series.
    pub summary_label: String,
    search: String,
}

fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// A wire time shown in `tz`: `2026-12-01 10:00`; dates stay dates.
pub fn local_text(text: &str, tz: Tz) -> String {
    parse_instant(text).map_or_else(
        || text.to_owned(),
        |t| t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
    )
}

impl OccRow {
    /// The row of an occurrence, shown in `tz`.
    pub fn new(occ: Occurrence, calendar: &str, tz: Tz) -> Self {
        let (day, last_day, minutes, time_label) = if occ.all_day {
            let day = parse_day(&occ.start).unwrap_or_default();
            let end = parse_day(&occ.end).unwrap_or(day + Duration::days(1));
            let days = (end - day).num_days().max(1);
            let label = if days == 1 {
                "all day".to_owned()
            } else {
                format!("all day ({days} days)")
            };
            (day, day + Duration::days(days - 1), None, label)
        } else {
            let start = parse_instant(&occ.start)
                .unwrap_or_default()
                .with_timezone(&tz);
            let end = parse_instant(&occ.end)
                .unwrap_or_default()
                .with_timezone(&tz)
                .max(start);
            let day = start.date_naive();
            // An end at midnight belongs to the day before.
            let last = (end - Duration::seconds(1)).date_naive().max(day);
            let from = start.hour_minute();
            let to = if last == day {
                end.hour_minute().max(from + 1)
            } else {
                24 * 60
            };
            let label = format!(
                "{}–{}",
                start.format("%H:%M"),
                if last == day {
                    end.format("%H:%M").to_string()
                } else {
                    end.format("%a %H:%M").to_string()
                }
            );
            (day, last, Some((from, to)), label)
        };
        let search = [
            occ.summary.as_str(),
            &occ.location,
            calendar,
            &time_label,
            &occ.event_id,
        ]
        .join("\u{1f}")
        .to_lowercase();
        let summary_label = if occ.recurring {
            format!("↻ {}", occ.summary)
        } else {
            occ.summary.clone()
        };
        Self {
            id: format!("{}@{}", occ.event_id, occ.start),
            summary_label,
            day_label: day.format("%a %d %b").to_string(),
            calendar: calendar.to_owned(),
            day,
            last_day,
            minutes,
            time_label,
            search,
            occ,
        }
    }

    /// Whether it touches `day`.
    pub fn on(&self, day: NaiveDate) -> bool {
        self.day <= day && day <= self.last_day
    }

    /// The caller's answer, when invited.
    pub fn answer_of(&self, me: &str) -> Option<ResponseStatus> {
        attendee_status(&self.occ.attendees, me)
    }
}

/// An attendee's answer.
pub fn attendee_status(attendees: &[Attendee], user: &str) -> Option<ResponseStatus> {
    attendees
        .iter()
        .find(|a| a.user_id == user)
        .map(|a| a.status)
}

trait HourMinute {
    fn hour_minute(&self) -> u32;
}

impl HourMinute for DateTime<Tz> {
    fn hour_minute(&self) -> u32 {
        use chrono::Timelike;
        self.hour() * 60 + self.minute()
    }
}

impl Row for OccRow {
    const HEADERS: &'static [&'static str] = &["DAY", "TIME", "SUMMARY", "CALENDAR", "LOCATION"];
    fn id(&self) -> &str {
        &self.id
    }
    fn cells(&self) -> Vec<&str> {
        vec![
            &self.day_label,
            &self.time_label,
            &self.summary_label,
            &self.calendar,
            &self.occ.location,
        ]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Summary", self.occ.summary.clone()),
            ("When", format!("{} {}", self.day_label, self.time_label)),
            ("Calendar", self.calendar.clone()),
            ("Location", self.occ.location.clone()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occ(start: &str, end: &str, all_day: bool) -> Occurrence {
        Occurrence {
            event_id: "e1".into(),
            calendar_id: "c1".into(),
            uid: "u".into(),
            summary: "Standup".into(),
            location: String::new(),
            all_day,
            start: start.into(),
            end: end.into(),
            time_zone: "Europe/Berlin".into(),
            recurring: false,
            original_start: None,
            busy: true,
            organizer: "1".into(),
            attendees: Vec::new(),
        }
    }

    #[test]
    fn rows_are_in_the_display_zone() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let r = OccRow::new(
            occ("2026-12-01T08:00:00Z", "2026-12-01T08:30:00Z", false),
            "Team",
            berlin,
        );
        assert_eq!(r.time_label, "09:00–09:30");
        assert_eq!(r.day_label, "Tue 01 Dec");
        assert_eq!(r.minutes, Some((540, 570)));
        let late = OccRow::new(
            occ("2026-12-01T23:30:00Z", "2026-12-02T01:00:00Z", false),
            "Team",
            Tz::UTC,
        );
        assert_eq!((late.day, late.last_day.day()), (late.day, 2));
        assert_eq!(late.time_label, "23:30–Wed 01:00");
        let holidays = OccRow::new(occ("2026-12-24", "2026-12-27", true), "Team", berlin);
        assert_eq!(holidays.time_label, "all day (3 days)");
        assert!(holidays.on(NaiveDate::from_ymd_opt(2026, 12, 26).unwrap()));
        assert!(!holidays.on(NaiveDate::from_ymd_opt(2026, 12, 27).unwrap()));
    }

    #[test]
    fn the_window_is_a_local_week_across_dst() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 10, 22).unwrap();
        let st = CalState {
            week: Some(monday(day)),
            ..CalState::default()
        };
        let (from, to) = st.window(berlin).unwrap();
        // Summer time on Monday 19 Oct, winter time (from the 25th) the next Monday.
        assert_eq!(from, "2026-10-18T22:00:00Z");
        assert_eq!(to, "2026-10-25T23:00:00Z");
    }
}
