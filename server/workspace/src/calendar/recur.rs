//! Recurrence: RRULE validation (with the `rrule` crate) and the expansion of an
//! event's occurrences inside a `[from, to)` window, with EXDATE exceptions and
//! overridden instances. Occurrences keep the event's wall-clock time across DST
//! changes because the rule runs in the event's IANA zone.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use rrule::{RRule, RRuleSet, Unvalidated};

use super::time::{EventTimes, FieldError, FieldResult, Stamp, resolve};

/// Most occurrences one series may yield in one window, and most steps the rule may
/// take to reach the window; beyond that the request is refused rather than served
/// slowly (a secondly rule over a year would be millions).
pub const MAX_OCCURRENCES: usize = 5_000;
const MAX_STEPS: usize = 200_000;

/// One occurrence: where the rule (or the single event) put it, and when it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instance {
    /// Its start as the rule placed it (the key for EXDATE and RECURRENCE-ID).
    pub original: Stamp,
    /// Its start.
    pub start: Stamp,
    /// Its end.
    pub end: Stamp,
    /// The instant it starts.
    pub start_at: DateTime<Utc>,
    /// The instant it ends.
    pub end_at: DateTime<Utc>,
}

/// A half-open window `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// First instant inside.
    pub from: DateTime<Utc>,
    /// First instant after.
    pub to: DateTime<Utc>,
}

impl Window {
    /// Whether `[start, end)` meets the window; a zero-length event at `from` counts.
    pub fn meets(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
        start < self.to && (end > self.from || (start == end && start == self.from))
    }
}

/// RFC 5545 wants `UNTIL` in UTC when the start has a zone; clients often write it as
/// a date or a wall-clock time. This rewrites such an `UNTIL` to UTC in `times.tz`
/// (a date means "through that day").
fn normalize_until(rule: &str, times: &EventTimes) -> String {
    rule.split(';')
        .map(|part| {
            let Some(value) = part.strip_prefix("UNTIL=") else {
                return part.to_owned();
            };
            if value.ends_with('Z') {
                return part.to_owned();
            }
            let local = NaiveDate::parse_from_str(value, "%Y%m%d")
                .ok()
                .and_then(|d| d.and_hms_opt(23, 59, 59))
                .or_else(|| NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok());
            match local {
                Some(l) => format!("UNTIL={}", resolve(times.tz, l).format("%Y%m%dT%H%M%SZ")),
                None => part.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// The rule of `times` as a normalized RRULE value (see [`normalize_until`]).
pub fn normalized_rule(times: &EventTimes) -> Option<String> {
    times.rrule.as_deref().map(|r| normalize_until(r, times))
}

/// The validated rule set of a series; `rrule` names the field on errors.
pub fn rule_set(times: &EventTimes) -> FieldResult<RRuleSet> {
    let text = normalized_rule(times).unwrap_or_default();
    let rule: RRule<Unvalidated> = text
        .parse()
        .map_err(|e| FieldError::new("rrule", format!("'{text}' is not a valid RRULE: {e}")))?;
    let tz = rrule::Tz::Tz(times.tz);
    let dt_start = times.start.instant(times.tz).with_timezone(&tz);
    let rule = rule
        .validate(dt_start)
        .map_err(|e| FieldError::new("rrule", format!("'{text}' cannot be used: {e}")))?;
    Ok(RRuleSet::new(dt_start).rrule(rule))
}

/// The occurrences of `times` meeting `window`, leaving out the event's own EXDATEs
/// and the originals in `skip` (overridden instances, in wire form: RFC 3339 UTC or a
/// date). Errors when a series is too dense.
pub fn occurrences(
    times: &EventTimes,
    window: Window,
    skip: &HashSet<String>,
) -> FieldResult<Vec<Instance>> {
    let duration = times.duration();
    let make = |original: Stamp| {
        let start_at = original.instant(times.tz);
        let end_at = match original {
            // All-day occurrences keep their length in days, whatever the DST shifts.
            Stamp::Date(d) => shift_date(times, d).instant(times.tz),
            Stamp::Local(_) => start_at + duration,
        };
        Instance {
            original,
            start: original,
            end: original.like(times.tz, end_at),
            start_at,
            end_at,
        }
    };
    if times.rrule.is_none() {
        let single = make(times.start);
        return Ok(if window.meets(single.start_at, single.end_at) {
            vec![single]
        } else {
            vec![]
        });
    }
    let excluded: HashSet<Stamp> = times.exdates.iter().copied().collect();
    let set = rule_set(times)?;
    let mut found = Vec::new();
    for (step, at) in set.into_iter().enumerate() {
        if step >= MAX_STEPS || found.len() >= MAX_OCCURRENCES {
            return Err(too_dense());
        }
        let instance = make(times.start.like(times.tz, at.with_timezone(&Utc)));
        if instance.start_at >= window.to {
            break;
        }
        if window.meets(instance.start_at, instance.end_at)
            && !excluded.contains(&instance.original)
            && !skip.contains(&instance.original.to_wire(times.tz))
        {
            found.push(instance);
        }
    }
    Ok(found)
}

/// The end date of an all-day occurrence starting on `d`.
fn shift_date(times: &EventTimes, d: NaiveDate) -> Stamp {
    match (times.start, times.end) {
        (Stamp::Date(s), Stamp::Date(e)) => Stamp::Date(d + (e - s)),
        _ => Stamp::Date(d),
    }
}

fn too_dense() -> FieldError {
    FieldError::new(
        "rrule",
        format!(
            "the series has more than {MAX_OCCURRENCES} occurrences in the window; ask for a shorter window"
        ),
    )
}

/// The unix-second bounds of every occurrence of `times`, for storage window queries:
/// `(first start, last end)`, the end `None` for an endless (or very long) series.
pub fn span(times: &EventTimes) -> FieldResult<(i64, Option<i64>)> {
    let start = times.start.instant(times.tz).timestamp();
    let single_end = times.end.instant(times.tz).timestamp();
    if times.rrule.is_none() {
        return Ok((start, Some(single_end)));
    }
    let set = rule_set(times)?;
    let rule = &set.get_rrule()[0];
    if rule.get_count().is_none() && rule.get_until().is_none() {
        return Ok((start, None));
    }
    let mut last = None;
    for (step, at) in set.into_iter().enumerate() {
        if step >= MAX_STEPS {
            return Ok((start, None));
        }
        last = Some(at.with_timezone(&Utc));
    }
    // A day of slack covers all-day lengths counted in days across DST changes.
    let end = last.map(|l| l + times.duration() + Duration::days(1));
    Ok((start, Some(end.map_or(single_end, |e| e.timestamp()))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::time::{parse_tz, rfc3339};

    fn stamp(text: &str) -> Stamp {
        Stamp::from_text("t", text).unwrap()
    }

    fn window(from: &str, to: &str) -> Window {
        let p = |t: &str| DateTime::parse_from_rfc3339(t).unwrap().with_timezone(&Utc);
        Window {
            from: p(from),
            to: p(to),
        }
    }

    fn weekly_berlin(rule: &str, exdates: Vec<Stamp>) -> EventTimes {
        let tz = parse_tz("tz", "Europe/Berlin").unwrap();
        let (s, e) = (stamp("2026-10-12T10:00:00"), stamp("2026-10-12T11:00:00"));
        EventTimes::new(tz, s, e, Some(rule.into()), exdates).unwrap()
    }

    #[test]
    fn weekly_series_keeps_local_time_across_the_dst_change() {
        let times = weekly_berlin("FREQ=WEEKLY;BYDAY=MO", vec![]);
        let got = occurrences(
            &times,
            window("2026-10-12T00:00:00Z", "2026-11-03T00:00:00Z"),
            &HashSet::new(),
        )
        .unwrap();
        let starts: Vec<_> = got.iter().map(|i| rfc3339(i.start_at)).collect();
        // Summer time (+02:00) until 25 October, then winter time (+01:00): 10:00 local.
        assert_eq!(
            starts,
            [
                "2026-10-12T08:00:00Z",
                "2026-10-19T08:00:00Z",
                "2026-10-26T09:00:00Z",
                "2026-11-02T09:00:00Z"
            ]
        );
        assert!(
            got.iter()
                .all(|i| i.end_at - i.start_at == Duration::hours(1))
        );
    }

    #[test]
    fn exdates_and_overridden_instances_are_left_out() {
        let times = weekly_berlin("FREQ=WEEKLY;COUNT=4", vec![stamp("2026-10-19T10:00:00")]);
        let skip = HashSet::from(["2026-10-26T09:00:00Z".to_owned()]);
        let got = occurrences(
            &times,
            window("2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z"),
            &skip,
        )
        .unwrap();
        let originals: Vec<_> = got.iter().map(|i| i.original.to_text()).collect();
        assert_eq!(originals, ["2026-10-12T10:00:00", "2026-11-02T10:00:00"]);
    }

    #[test]
    fn window_is_half_open_and_catches_occurrences_running_into_it() {
        let times = weekly_berlin("FREQ=DAILY", vec![]);
        // 08:30Z is inside the 08:00–09:00Z occurrence of 12 October.
        let got = occurrences(
            &times,
            window("2026-10-12T08:30:00Z", "2026-10-13T08:00:00Z"),
            &HashSet::new(),
        )
        .unwrap();
        assert_eq!(got.len(), 1, "the one starting at `to` is outside");
        assert_eq!(rfc3339(got[0].start_at), "2026-10-12T08:00:00Z");
    }

    #[test]
    fn all_day_series_are_whole_days() {
        let tz = parse_tz("tz", "America/New_York").unwrap();
        let times = EventTimes::new(
            tz,
            stamp("2026-10-30"),
            stamp("2026-10-31"),
            Some("FREQ=DAILY;UNTIL=20261102".into()),
            vec![],
        )
        .unwrap();
        let got = occurrences(
            &times,
            window("2026-10-01T00:00:00Z", "2026-12-01T00:00:00Z"),
            &HashSet::new(),
        )
        .unwrap();
        let days: Vec<_> = got
            .iter()
            .map(|i| (i.start.to_text(), i.end.to_text()))
            .collect();
        assert_eq!(
            days.len(),
            4,
            "30, 31 Oct, 1 and 2 Nov (UNTIL as a date is inclusive): {days:?}"
        );
        assert_eq!(days[2], ("2026-11-01".into(), "2026-11-02".into()));
        // 1 November has 25 hours in New York.
        assert_eq!(got[2].end_at - got[2].start_at, Duration::hours(25));
    }

    #[test]
    fn broken_rules_name_the_rrule_field() {
        let tz = parse_tz("tz", "UTC").unwrap();
        let s = stamp("2026-10-12T10:00:00");
        for bad in [
            "FREQ=SOMETIMES",
            "BYDAY=MO",
            "FREQ=WEEKLY;INTERVAL=x",
            "FREQ=DAILY;UNTIL=20200101T000000Z",
        ] {
            let err = EventTimes::new(tz, s, s, Some(bad.into()), vec![]).unwrap_err();
            assert_eq!(err.field, "rrule", "{bad}: {err}");
        }
    }

    #[test]
    fn spans_bound_every_occurrence() {
        let endless = weekly_berlin("FREQ=WEEKLY", vec![]);
        assert_eq!(span(&endless).unwrap().1, None);
        let counted = weekly_berlin("FREQ=WEEKLY;COUNT=3", vec![]);
        let (start, end) = span(&counted).unwrap();
        let last_end = DateTime::parse_from_rfc3339("2026-10-26T10:00:00Z")
            .unwrap()
            .timestamp();
        assert_eq!(
            start,
            DateTime::parse_from_rfc3339("2026-10-12T08:00:00Z")
                .unwrap()
                .timestamp()
        );
        assert!(end.unwrap() >= last_end);
    }

    #[test]
    fn too_dense_series_are_refused() {
        let tz = parse_tz("tz", "UTC").unwrap();
        let s = stamp("2026-10-12T10:00:00");
        let times = EventTimes::new(tz, s, s, Some("FREQ=MINUTELY".into()), vec![]).unwrap();
        let err = occurrences(
            &times,
            window("2026-10-12T00:00:00Z", "2026-11-12T00:00:00Z"),
            &HashSet::new(),
        )
        .unwrap_err();
        assert_eq!(err.field, "rrule");
    }
}
