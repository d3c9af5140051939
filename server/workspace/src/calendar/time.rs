//! Time values of events: IANA zones, wall-clock stamps (stored as text), instants,
//! and the validated [`EventTimes`] of one event row. Every parse error names the
//! field it came from, so handlers can answer 400 with it.

use std::fmt;

use chrono::{
    DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, TimeZone,
    Utc,
};
use chrono_tz::Tz;

/// Input that cannot be used, and the field (or iCalendar property) it came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    /// The field, e.g. `start`, `rrule`, or `event 'uid-1': DTSTART` for imports.
    pub field: String,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl FieldError {
    /// An error about `field`.
    pub fn new(field: impl Into<String>, message: impl fmt::Display) -> Self {
        Self {
            field: field.into(),
            message: message.to_string(),
        }
    }
}

/// Result of the calendar domain functions.
pub type FieldResult<T> = Result<T, FieldError>;

/// The IANA zone named `name` (e.g. "Europe/Berlin"); `field` names it in errors.
pub fn parse_tz(field: &str, name: &str) -> FieldResult<Tz> {
    name.parse::<Tz>().map_err(|_| {
        FieldError::new(
            field,
            format!(
                "unknown time zone '{name}'; use an IANA name such as 'Europe/Berlin' or 'UTC'"
            ),
        )
    })
}

/// A point on an event's wall clock: a date (all-day events) or a local date-time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stamp {
    /// A whole day.
    Date(NaiveDate),
    /// A wall-clock time in the event's zone.
    Local(NaiveDateTime),
}

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

impl Stamp {
    /// The stored text: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
    pub fn to_text(self) -> String {
        match self {
            Stamp::Date(d) => d.format("%Y-%m-%d").to_string(),
            Stamp::Local(t) => t.format(LOCAL_FORMAT).to_string(),
        }
    }

    /// Reads stored text back (see [`Stamp::to_text`]).
    pub fn from_text(field: &str, text: &str) -> FieldResult<Stamp> {
        if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Ok(Stamp::Date(d));
        }
        NaiveDateTime::parse_from_str(text, LOCAL_FORMAT)
            .map(Stamp::Local)
            .map_err(|_| FieldError::new(field, format!("'{text}' is not a stored time")))
    }

    /// The wall-clock date-time (midnight for a date).
    pub fn naive(self) -> NaiveDateTime {
        match self {
            Stamp::Date(d) => d.and_time(NaiveTime::MIN),
            Stamp::Local(t) => t,
        }
    }

    /// The instant this stamp names in `tz` (midnight for dates). A wall-clock time
    /// skipped by a DST change moves forward by the gap; a repeated one takes the
    /// earlier instant, as RFC 5545 §3.3.5 prescribes.
    pub fn instant(self, tz: Tz) -> DateTime<Utc> {
        resolve(tz, self.naive())
    }

    /// The stamp of `instant` in `tz`, of the same kind as `self`.
    pub fn like(self, tz: Tz, instant: DateTime<Utc>) -> Stamp {
        let local = instant.with_timezone(&tz).naive_local();
        match self {
            Stamp::Date(_) => Stamp::Date(local.date()),
            Stamp::Local(_) => Stamp::Local(local),
        }
    }

    /// The wire form: a date, or the instant in RFC 3339 UTC.
    pub fn to_wire(self, tz: Tz) -> String {
        match self {
            Stamp::Date(d) => d.format("%Y-%m-%d").to_string(),
            Stamp::Local(_) => rfc3339(self.instant(tz)),
        }
    }
}

/// The instant of a wall-clock time in `tz` (see [`Stamp::instant`]).
pub fn resolve(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(early, _) => early.with_timezone(&Utc),
        // In a gap: the same elapsed time after the last instant before it. Gaps are at
        // most a few hours, so stepping back finds a valid time quickly.
        LocalResult::None => (1..=48)
            .find_map(|quarter| {
                let back = local - Duration::minutes(15 * quarter);
                tz.from_local_datetime(&back)
                    .earliest()
                    .map(|t| t.with_timezone(&Utc) + Duration::minutes(15 * quarter))
            })
            .unwrap_or_else(|| local.and_utc()),
    }
}

/// RFC 3339 UTC with seconds, e.g. `2026-12-01T09:00:00Z`.
pub fn rfc3339(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// An instant given as RFC 3339 (`from`, `to` of windows).
pub fn parse_instant(field: &str, text: &str) -> FieldResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            FieldError::new(
                field,
                format!("'{text}' is not an RFC 3339 time such as 2026-12-01T09:00:00Z ({e})"),
            )
        })
}

/// A time given by a client for an event in `tz`: a date when `all_day`; otherwise
/// RFC 3339 with an offset, or a wall-clock `YYYY-MM-DDTHH:MM[:SS]` in `tz`.
pub fn parse_input(field: &str, text: &str, all_day: bool, tz: Tz) -> FieldResult<Stamp> {
    let text = text.trim();
    if all_day {
        return NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Stamp::Date)
            .map_err(|_| {
                FieldError::new(
                    field,
                    format!("'{text}' is not a date (YYYY-MM-DD); all-day events take dates"),
                )
            });
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(Stamp::Local(t.with_timezone(&tz).naive_local()));
    }
    for format in [
        LOCAL_FORMAT,
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, format) {
            return Ok(Stamp::Local(t));
        }
    }
    Err(FieldError::new(
        field,
        format!(
            "'{text}' is not a time: use RFC 3339 (2026-12-01T09:00:00Z) or a wall-clock time in the event's zone (2026-12-01T10:00)"
        ),
    ))
}

/// The times of one event row, validated: zone, start, end, recurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTimes {
    /// The zone of the wall-clock times.
    pub tz: Tz,
    /// Start.
    pub start: Stamp,
    /// End (exclusive); not before `start`, same kind.
    pub end: Stamp,
    /// RRULE value, validated against `start`.
    pub rrule: Option<String>,
    /// Removed occurrences, same kind as `start`.
    pub exdates: Vec<Stamp>,
}

impl EventTimes {
    /// Checks the parts and builds the value; errors name `start`, `end`, `rrule` or
    /// `exdates` (prefixed with `prefix`, e.g. "event 'x': ").
    pub fn new(
        tz: Tz,
        start: Stamp,
        end: Stamp,
        rrule: Option<String>,
        exdates: Vec<Stamp>,
    ) -> FieldResult<Self> {
        if std::mem::discriminant(&start) != std::mem::discriminant(&end) {
            return Err(FieldError::new(
                "end",
                "start and end must both be dates (all-day) or both be times",
            ));
        }
        if end.instant(tz) < start.instant(tz) {
            return Err(FieldError::new(
                "end",
                format!(
                    "the end ({}) is before the start ({})",
                    end.to_text(),
                    start.to_text()
                ),
            ));
        }
        if let Some(x) = exdates
            .iter()
            .find(|x| std::mem::discriminant(*x) != std::mem::discriminant(&start))
        {
            return Err(FieldError::new(
                "exdates",
                format!(
                    "'{}' must be of the same kind as the start (a date or a time)",
                    x.to_text()
                ),
            ));
        }
        let rrule = rrule
            .map(|r| r.trim().trim_start_matches("RRULE:").to_owned())
            .filter(|r| !r.is_empty());
        let times = Self {
            tz,
            start,
            end,
            rrule,
            exdates,
        };
        if times.rrule.is_some() {
            super::recur::rule_set(&times)?;
        }
        Ok(times)
    }

    /// The event lasts this long (each occurrence of a series too).
    pub fn duration(&self) -> Duration {
        self.end.instant(self.tz) - self.start.instant(self.tz)
    }

    /// Whole days.
    pub fn all_day(&self) -> bool {
        matches!(self.start, Stamp::Date(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> Tz {
        parse_tz("time_zone", "Europe/Berlin").unwrap()
    }

    #[test]
    fn unknown_zone_names_the_field() {
        let err = parse_tz("time_zone", "Mars/Olympus").unwrap_err();
        assert_eq!(err.field, "time_zone");
        assert!(err.message.contains("Mars/Olympus"), "{err}");
    }

    #[test]
    fn inputs_accept_rfc3339_and_wall_clock_and_dates() {
        let tz = berlin();
        let a = parse_input("start", "2026-12-01T09:00:00Z", false, tz).unwrap();
        let b = parse_input("start", "2026-12-01 10:00", false, tz).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.to_text(), "2026-12-01T10:00:00");
        assert_eq!(a.to_wire(tz), "2026-12-01T09:00:00Z");
        let d = parse_input("start", "2026-12-24", true, tz).unwrap();
        assert_eq!(d.to_wire(tz), "2026-12-24");
        assert_eq!(
            parse_input("start", "tomorrow", false, tz)
                .unwrap_err()
                .field,
            "start"
        );
        assert_eq!(
            parse_input("end", "2026-12-24T10:00", true, tz)
                .unwrap_err()
                .field,
            "end"
        );
    }

    #[test]
    fn dst_gaps_move_forward_and_repeats_take_the_earlier_instant() {
        let tz = berlin();
        // 2026-03-29 02:30 does not exist in Berlin (clocks jump 02:00 → 03:00).
        let gap = Stamp::from_text("s", "2026-03-29T02:30:00").unwrap();
        assert_eq!(rfc3339(gap.instant(tz)), "2026-03-29T01:30:00Z");
        // 2026-10-25 02:30 happens twice; the first is still summer time (+02:00).
        let twice = Stamp::from_text("s", "2026-10-25T02:30:00").unwrap();
        assert_eq!(rfc3339(twice.instant(tz)), "2026-10-25T00:30:00Z");
    }

    #[test]
    fn end_before_start_and_mixed_kinds_are_refused() {
        let tz = berlin();
        let s = Stamp::from_text("s", "2026-12-01T10:00:00").unwrap();
        let e = Stamp::from_text("e", "2026-12-01T09:00:00").unwrap();
        let err = EventTimes::new(tz, s, e, None, vec![]).unwrap_err();
        assert_eq!(err.field, "end");
        let day = Stamp::from_text("e", "2026-12-02").unwrap();
        assert_eq!(
            EventTimes::new(tz, s, day, None, vec![]).unwrap_err().field,
            "end"
        );
        assert!(
            EventTimes::new(tz, s, s, None, vec![]).is_ok(),
            "zero length is allowed"
        );
    }
}
