//! iCalendar (RFC 5545) files: parsing and validating a whole file into events before
//! anything is stored, and writing events back out. Built on the `icalendar` crate;
//! time zones are IANA names (`TZID=Europe/Berlin`), which is what this server keeps.

use std::str::FromStr;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use icalendar::{
    Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, EventLike, Property,
};

use super::time::{EventTimes, FieldError, FieldResult, Stamp, parse_tz};

/// An event of a file (or of a calendar being exported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsEvent {
    /// UID.
    pub uid: String,
    /// For an overridden instance: the original start (wire form: RFC 3339 UTC or a date).
    pub recurrence_id: Option<String>,
    /// SUMMARY.
    pub summary: String,
    /// DESCRIPTION.
    pub description: String,
    /// LOCATION.
    pub location: String,
    /// DTSTART, DTEND/DURATION, RRULE, EXDATE.
    pub times: EventTimes,
    /// TRANSP is OPAQUE (the default) rather than TRANSPARENT.
    pub busy: bool,
    /// SEQUENCE.
    pub sequence: u32,
    /// ORGANIZER (written on export; an imported file's is not kept: the importer
    /// organizes what they import).
    pub organizer: Option<IcsParty>,
    /// ATTENDEE with PARTSTAT (written on export; not read on import).
    pub attendees: Vec<(IcsParty, &'static str)>,
}

/// A calendar user as a file names them: a CAL-ADDRESS URI and a common name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsParty {
    /// `mailto:alice@example.com`, or `urn:ws:user:ID` for a user whose address is
    /// not known here.
    pub address: String,
    /// CN: the name to show (empty: none).
    pub name: String,
}

impl IcsParty {
    fn property(&self, key: &str) -> Property {
        let mut p = Property::new(key, &self.address);
        if !self.name.is_empty() {
            p.add_parameter("CN", &self.name);
        }
        p.done()
    }
}

/// Most events one import may hold.
pub const MAX_EVENTS: usize = 10_000;

/// Parses and validates every VEVENT of `text`; floating times are read in
/// `default_tz`. Size, nesting and component count are bounded first
/// ([`super::ics_limits`]) so no file can exhaust the parser's stack. The first problem is returned, naming the event's UID and the
/// property, and nothing is returned unless everything is valid.
pub fn parse(text: &str, default_tz: Tz) -> FieldResult<Vec<IcsEvent>> {
    if !text.trim_start().starts_with("BEGIN:VCALENDAR") {
        return Err(FieldError::new(
            "body",
            "not an iCalendar file: it must start with BEGIN:VCALENDAR",
        ));
    }
    super::ics_limits::check(text)?;
    let calendar = Calendar::from_str(text).map_err(|e| {
        FieldError::new(
            "body",
            format!("not a valid iCalendar file: {}", first_line(&e)),
        )
    })?;
    let mut events = Vec::new();
    for (index, component) in calendar.iter().enumerate() {
        if let CalendarComponent::Event(event) = component {
            if events.len() >= MAX_EVENTS {
                return Err(FieldError::new(
                    "body",
                    format!("more than {MAX_EVENTS} events; split the file"),
                ));
            }
            events.push(read_event(event, index + 1, default_tz)?);
        }
    }
    let mut seen = std::collections::HashSet::new();
    for e in &events {
        if !seen.insert((e.uid.as_str(), e.recurrence_id.as_deref())) {
            return Err(FieldError::new(
                format!("event '{}': UID", e.uid),
                "appears twice in the file",
            ));
        }
    }
    Ok(events)
}

fn first_line(e: &str) -> &str {
    e.lines().next().unwrap_or(e)
}

/// One VEVENT, validated.
fn read_event(event: &icalendar::Event, index: usize, default_tz: Tz) -> FieldResult<IcsEvent> {
    let uid = event
        .get_uid()
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .ok_or_else(|| FieldError::new(format!("event #{index}: UID"), "every VEVENT needs a UID"))?
        .to_owned();
    let field = |prop: &str| format!("event '{uid}': {prop}");
    let props = event.properties();
    let start_prop = props
        .get("DTSTART")
        .ok_or_else(|| FieldError::new(field("DTSTART"), "missing"))?;
    let (start, tz) =
        read_stamp(start_prop, default_tz).map_err(|m| FieldError::new(field("DTSTART"), m))?;
    let end = match (props.get("DTEND"), props.get("DURATION")) {
        (Some(p), _) => {
            let (end, end_tz) =
                read_stamp(p, tz).map_err(|m| FieldError::new(field("DTEND"), m))?;
            start.like(tz, end.instant(end_tz))
        }
        (None, Some(p)) => {
            let d = read_duration(p.value()).map_err(|m| FieldError::new(field("DURATION"), m))?;
            start.like(tz, start.instant(tz) + d)
        }
        // RFC 5545 §3.6.1: a date lasts one day, a date-time is an instant.
        (None, None) => match start {
            Stamp::Date(d) => Stamp::Date(d + Duration::days(1)),
            Stamp::Local(_) => start,
        },
    };
    let mut exdates = Vec::new();
    for p in event.multi_properties().get("EXDATE").into_iter().flatten() {
        for value in p.value().split(',') {
            let mut single = Property::new("EXDATE", value.trim()).done();
            for (k, v) in p.params() {
                single.add_parameter(k, v.value());
            }
            let (x, x_tz) =
                read_stamp(&single, tz).map_err(|m| FieldError::new(field("EXDATE"), m))?;
            exdates.push(start.like(tz, x.instant(x_tz)));
        }
    }
    let recurrence_id = match props.get("RECURRENCE-ID") {
        Some(p) => {
            let (r, r_tz) =
                read_stamp(p, tz).map_err(|m| FieldError::new(field("RECURRENCE-ID"), m))?;
            Some(r.to_wire(r_tz))
        }
        None => None,
    };
    let rrule = props.get("RRULE").map(|p| p.value().to_owned());
    let times = EventTimes::new(tz, start, end, rrule, exdates).map_err(|e| {
        let prop = match e.field.as_str() {
            "end" => "DTEND",
            "exdates" => "EXDATE",
            _ => "RRULE",
        };
        FieldError::new(field(prop), e.message)
    })?;
    Ok(IcsEvent {
        uid: uid.clone(),
        recurrence_id,
        summary: event.get_summary().unwrap_or_default().to_owned(),
        description: event.get_description().unwrap_or_default().to_owned(),
        location: event.get_location().unwrap_or_default().to_owned(),
        busy: props.get("TRANSP").map(|p| p.value().trim()) != Some("TRANSPARENT"),
        sequence: event.get_sequence().unwrap_or(0),
        times,
        organizer: None,
        attendees: Vec::new(),
    })
}

/// A DATE or DATE-TIME property: its stamp and the zone it is in. `TZID` must be an
/// IANA name; UTC values (`…Z`) are kept in UTC; floating values use `default_tz`.
fn read_stamp(prop: &Property, default_tz: Tz) -> Result<(Stamp, Tz), String> {
    let value = prop.value().trim();
    let tz = match prop.params().get("TZID") {
        Some(tzid) => parse_tz("TZID", tzid.value()).map_err(|e| e.message)?,
        None if value.ends_with('Z') => Tz::UTC,
        None => default_tz,
    };
    match DatePerhapsTime::from_property(prop) {
        Some(DatePerhapsTime::Date(d)) => Ok((Stamp::Date(d), tz)),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => {
            Ok((Stamp::Local(t.naive_utc()), Tz::UTC))
        }
        Some(DatePerhapsTime::DateTime(
            CalendarDateTime::Floating(t) | CalendarDateTime::WithTimezone { date_time: t, .. },
        )) => Ok((Stamp::Local(t), tz)),
        None => Err(format!(
            "'{value}' is not a DATE (20261201) or DATE-TIME (20261201T100000)"
        )),
    }
}

/// An RFC 5545 duration such as `PT1H30M`, `P1D` or `P2W`.
fn read_duration(value: &str) -> Result<Duration, String> {
    let bad = || format!("'{value}' is not a duration such as PT1H30M, P1D or P1W");
    let value = value.trim();
    let (negative, rest) = match value.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, value.strip_prefix('+').unwrap_or(value)),
    };
    let parsed = iso8601::duration(rest).map_err(|_| bad())?;
    let d = match parsed {
        iso8601::Duration::Weeks(w) => Duration::weeks(i64::from(w)),
        iso8601::Duration::YMDHMS {
            year: 0,
            month: 0,
            day,
            hour,
            minute,
            second,
            millisecond: _,
        } => {
            Duration::days(i64::from(day))
                + Duration::hours(i64::from(hour))
                + Duration::minutes(i64::from(minute))
                + Duration::seconds(i64::from(second))
        }
        iso8601::Duration::YMDHMS { .. } => {
            return Err(format!(
                "'{value}': years and months are not allowed in RFC 5545 durations"
            ));
        }
    };
    if negative {
        Err(format!("'{value}': an event cannot last a negative time"))
    } else {
        Ok(d)
    }
}

/// Writes `events` as one VCALENDAR named `name`; `now` is the DTSTAMP.
pub fn export(name: &str, events: &[IcsEvent], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::empty();
    calendar.append_property(Property::new("VERSION", "2.0"));
    calendar.append_property(Property::new("PRODID", "-//ws//Workspace Calendar//EN"));
    calendar.append_property(Property::new("CALSCALE", "GREGORIAN"));
    calendar.name(name);
    for e in events {
        calendar.push(write_event(e, now));
    }
    with_timezones(calendar.to_string(), events, now)
}

/// Puts a VTIMEZONE for every zone the events name (but UTC) before the first event.
fn with_timezones(text: String, events: &[IcsEvent], now: DateTime<Utc>) -> String {
    let mut zones: Vec<Tz> = events
        .iter()
        .filter(|e| !e.times.all_day() && e.times.tz != Tz::UTC)
        .map(|e| e.times.tz)
        .collect();
    zones.sort_by_key(|z| z.name());
    zones.dedup();
    if zones.is_empty() {
        return text;
    }
    // Cover every year from the first start to a year after the last (endless series
    // are described through the year after the export).
    let years: Vec<i32> = events
        .iter()
        .map(|e| e.times.start.naive().year())
        .collect();
    let first = years.iter().copied().min().unwrap_or(2000);
    let last = years.iter().copied().max().unwrap_or(first).max(now.year()) + 1;
    let blocks: String = zones
        .iter()
        .map(|z| super::vtimezone::vtimezone(*z, first, last.min(first + 50)))
        .collect();
    match text.find("BEGIN:VEVENT") {
        Some(i) => format!("{}{blocks}{}", &text[..i], &text[i..]),
        None => text,
    }
}

fn write_event(e: &IcsEvent, now: DateTime<Utc>) -> icalendar::Event {
    let t = &e.times;
    let mut event = icalendar::Event::new();
    event
        .uid(&e.uid)
        .timestamp(now)
        .summary(&e.summary)
        .sequence(e.sequence);
    if !e.description.is_empty() {
        event.description(&e.description);
    }
    if !e.location.is_empty() {
        event.location(&e.location);
    }
    event.append_property(stamp_property("DTSTART", t.start, t.tz));
    event.append_property(stamp_property("DTEND", t.end, t.tz));
    if let Some(rule) = super::recur::normalized_rule(t) {
        event.add_property("RRULE", rule);
    }
    for x in &t.exdates {
        event.append_multi_property(stamp_property("EXDATE", *x, t.tz));
    }
    if let Some(stamp) = e
        .recurrence_id
        .as_deref()
        .and_then(|r| wire_to_stamp(r, t.tz))
    {
        event.append_property(stamp_property("RECURRENCE-ID", stamp, t.tz));
    }
    event.add_property("TRANSP", if e.busy { "OPAQUE" } else { "TRANSPARENT" });
    if let Some(o) = &e.organizer {
        event.append_property(o.property("ORGANIZER"));
    }
    for (who, partstat) in &e.attendees {
        let mut p = who.property("ATTENDEE");
        p.add_parameter("PARTSTAT", partstat);
        event.append_multi_property(p);
    }
    event.done()
}

/// A DATE (`VALUE=DATE`), a UTC DATE-TIME (zone UTC) or a DATE-TIME with `TZID`.
fn stamp_property(key: &str, stamp: Stamp, tz: Tz) -> Property {
    let value: DatePerhapsTime = match stamp {
        Stamp::Date(d) => d.into(),
        Stamp::Local(t) if tz == Tz::UTC => CalendarDateTime::Utc(t.and_utc()).into(),
        Stamp::Local(t) => CalendarDateTime::WithTimezone {
            date_time: t,
            tzid: tz.name().to_owned(),
        }
        .into(),
    };
    value.to_property(key)
}

/// A wire time (RFC 3339 or a date) as a stamp in `tz`.
pub fn wire_to_stamp(text: &str, tz: Tz) -> Option<Stamp> {
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(Stamp::Date(d));
    }
    let t = DateTime::parse_from_rfc3339(text).ok()?;
    Some(Stamp::Local(t.with_timezone(&tz).naive_local()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::recur::{Window, occurrences};
    use crate::calendar::time::rfc3339;
    use std::collections::HashSet;

    const FILE: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\
BEGIN:VEVENT\r\nUID:weekly-1\r\nDTSTAMP:20261001T000000Z\r\nSUMMARY:Standup\\, daily-ish\r\n\
DTSTART;TZID=Europe/Berlin:20261012T100000\r\nDURATION:PT30M\r\n\
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4\r\nEXDATE;TZID=Europe/Berlin:20261019T100000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:weekly-1\r\nDTSTAMP:20261001T000000Z\r\nSUMMARY:Standup (moved)\r\n\
RECURRENCE-ID;TZID=Europe/Berlin:20261026T100000\r\n\
DTSTART;TZID=Europe/Berlin:20261026T140000\r\nDTEND;TZID=Europe/Berlin:20261026T143000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:holiday\r\nDTSTAMP:20261001T000000Z\r\nSUMMARY:Holiday\r\n\
DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

    fn utc() -> Tz {
        Tz::UTC
    }

    #[test]
    fn a_file_with_series_exceptions_overrides_and_all_day_events_parses() {
        let events = parse(FILE, utc()).unwrap();
        assert_eq!(events.len(), 3);
        let series = &events[0];
        assert_eq!(series.summary, "Standup, daily-ish");
        assert_eq!(series.times.tz, Tz::Europe__Berlin);
        assert_eq!(series.times.duration(), Duration::minutes(30));
        assert_eq!(series.times.exdates[0].to_text(), "2026-10-19T10:00:00");
        assert_eq!(
            events[1].recurrence_id.as_deref(),
            Some("2026-10-26T09:00:00Z")
        );
        let holiday = &events[2];
        assert!(holiday.times.all_day() && !holiday.busy);
        assert_eq!(holiday.times.end.to_text(), "2026-12-27");
    }

    #[test]
    fn export_then_parse_gives_the_same_events_and_occurrences() {
        let events = parse(FILE, utc()).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let text = export("Team", &events, now);
        assert!(
            text.contains("DTSTART;TZID=Europe/Berlin:20261012T100000"),
            "{text}"
        );
        assert!(text.contains("X-WR-CALNAME:Team"), "{text}");
        assert!(
            text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"),
            "{text}"
        );
        let back = parse(&text, utc()).unwrap();
        assert_eq!(back, events);
        // All-day dates float (no TZID in RFC 5545): they take the importer's zone.
        let tokyo = parse(&text, Tz::Asia__Tokyo).unwrap();
        assert_eq!(tokyo[2].times.tz, Tz::Asia__Tokyo);
        assert_eq!(
            (tokyo[2].times.start, tokyo[2].times.end),
            (events[2].times.start, events[2].times.end)
        );
        assert_eq!(tokyo[0], events[0]);
        let window = Window {
            from: now - Duration::days(60),
            to: now + Duration::days(60),
        };
        let skip = HashSet::from(["2026-10-26T09:00:00Z".to_owned()]);
        let starts = |e: &IcsEvent| -> Vec<String> {
            occurrences(&e.times, window, &skip)
                .unwrap()
                .iter()
                .map(|i| rfc3339(i.start_at))
                .collect()
        };
        assert_eq!(starts(&back[0]), starts(&events[0]));
        assert_eq!(
            starts(&back[0]),
            ["2026-10-12T08:00:00Z", "2026-11-02T09:00:00Z"]
        );
    }

    #[test]
    fn unknown_tzid_and_broken_rrule_name_the_uid_and_property() {
        let tz = FILE.replace(
            "TZID=Europe/Berlin:20261012",
            "TZID=Atlantis/Capital:20261012",
        );
        let err = parse(&tz, utc()).unwrap_err();
        assert_eq!(err.field, "event 'weekly-1': DTSTART");
        assert!(err.message.contains("Atlantis/Capital"), "{err}");
        let rule = FILE.replace("FREQ=WEEKLY;BYDAY=MO;COUNT=4", "FREQ=WEEKLY;BYDAY=XX");
        assert_eq!(
            parse(&rule, utc()).unwrap_err().field,
            "event 'weekly-1': RRULE"
        );
        let end = FILE.replace("DTEND;VALUE=DATE:20261227", "DTEND;VALUE=DATE:20261220");
        assert_eq!(
            parse(&end, utc()).unwrap_err().field,
            "event 'holiday': DTEND"
        );
    }

    #[test]
    fn files_that_are_not_icalendar_or_lack_uids_are_refused() {
        assert_eq!(parse("hello", utc()).unwrap_err().field, "body");
        assert_eq!(
            parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", utc())
                .unwrap_err()
                .field,
            "body"
        );
        let no_uid = FILE.replace("UID:holiday\r\n", "");
        assert_eq!(parse(&no_uid, utc()).unwrap_err().field, "event #3: UID");
        let twice = FILE.replace("UID:holiday", "UID:weekly-1");
        assert_eq!(
            parse(&twice, utc()).unwrap_err().field,
            "event 'weekly-1': UID"
        );
    }

    #[test]
    fn durations_follow_rfc5545() {
        assert_eq!(read_duration("PT1H30M").unwrap(), Duration::minutes(90));
        assert_eq!(read_duration("P1W").unwrap(), Duration::weeks(1));
        assert_eq!(read_duration("P1DT2H").unwrap(), Duration::hours(26));
        assert!(read_duration("P1M").is_err());
        assert!(read_duration("-PT1H").is_err());
        assert!(read_duration("soon").is_err());
    }
}

#[cfg(test)]
mod props;
