//! Property tests of iCalendar import: any text (random, line soup near the grammar,
//! components nested thousands deep) is either events or a 400-style [`FieldError`]
//! naming the field, never a panic or a stack overflow; and every calendar of valid
//! generated events survives export and parse unchanged.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

use super::{IcsEvent, export, parse};
use crate::calendar::ics_limits::MAX_NESTING;
use crate::calendar::time::{EventTimes, FieldResult, Stamp};

fn assert_well_formed(result: &FieldResult<Vec<IcsEvent>>) -> Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert!(!e.field.is_empty() && !e.message.is_empty(), "{e:?}");
    }
    Ok(())
}

/// Lines an attacker or a sloppy exporter would send, to be shuffled into files.
fn line() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "BEGIN:VEVENT",
        "END:VEVENT",
        "BEGIN:VALARM",
        "END:VALARM",
        "BEGIN:VTIMEZONE",
        "END:VTIMEZONE",
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        "UID:a",
        "UID:b",
        "UID:",
        "DTSTART:20260101T100000Z",
        "DTSTART;VALUE=DATE:20260101",
        "DTSTART;TZID=Nowhere:20260101T100000",
        "DTSTART:99999999T999999",
        "DTEND:20250101T100000Z",
        "DURATION:PT1H",
        "DURATION:P-1D",
        "DURATION:P99999999999W",
        "RRULE:FREQ=DAILY;COUNT=3",
        "RRULE:FREQ=SECONDLY;INTERVAL=0",
        "RRULE:FREQ=YEARLY;BYYEARDAY=367",
        "EXDATE:20260102T100000Z,garbage",
        "RECURRENCE-ID:20260101T100000Z",
        "SEQUENCE:-1",
        "SEQUENCE:99999999999",
        "TRANSP:TRANSPARENT",
        " folded continuation",
        "\tfolded",
        ":",
        ";",
        "SUMMARY;X=\"unterminated:v",
        "",
    ])
    .prop_map(str::to_owned);
    prop_oneof![4 => fixed, 1 => "[A-Z;=:,\"-]{0,12}:\\PC{0,20}"]
}

fn nested_kind() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["VEVENT", "VALARM", "vevent", "VTIMEZONE", "X-THING"])
}

fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(vec![
        Tz::UTC,
        Tz::Europe__Berlin,
        Tz::America__New_York,
        Tz::Asia__Tokyo,
    ])
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof!["[ -~]{0,40}", "\\PC{0,20}", "[a-z,;:\\\\\n]{0,20}"]
}

/// Times of one day that exist once in every zone used (no DST gap or overlap):
/// a start from 04:00 and an end later that day, or whole days.
fn times() -> impl Strategy<Value = EventTimes> {
    let day =
        (0i64..3650).prop_map(|d| NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Duration::days(d));
    let rule = prop::sample::select(vec![
        None,
        Some("FREQ=DAILY;COUNT=5"),
        Some("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"),
        Some("FREQ=MONTHLY;INTERVAL=2;COUNT=3"),
    ]);
    (
        zone(),
        day,
        any::<bool>(),
        4 * 60u32..24 * 60 - 1,
        any::<u32>(),
        1i64..10,
        rule,
    )
        .prop_map(|(tz, day, all_day, start_min, span, days, rule)| {
            let (start, end) = if all_day {
                (Stamp::Date(day), Stamp::Date(day + Duration::days(days)))
            } else {
                let at = day.and_hms_opt(0, 0, 0).unwrap() + Duration::minutes(start_min.into());
                let span = span % (24 * 60 - start_min);
                (
                    Stamp::Local(at),
                    Stamp::Local(at + Duration::minutes(span.into())),
                )
            };
            EventTimes::new(tz, start, end, rule.map(str::to_owned), Vec::new()).unwrap()
        })
}

fn event() -> impl Strategy<Value = IcsEvent> {
    (
        "[a-z0-9-]{1,20}",
        text(),
        text(),
        text(),
        times(),
        any::<bool>(),
        any::<u32>(),
    )
        .prop_map(
            |(uid, summary, description, location, times, busy, sequence)| IcsEvent {
                uid,
                recurrence_id: None,
                summary,
                description,
                location,
                times,
                busy,
                sequence,
                organizer: None,
                attendees: Vec::new(),
            },
        )
}

fn events() -> impl Strategy<Value = Vec<IcsEvent>> {
    prop::collection::vec(event(), 0..5).prop_map(|mut events| {
        for (i, e) in events.iter_mut().enumerate() {
            e.uid = format!("{}-{i}", e.uid);
        }
        events
    })
}

proptest! {
    #[test]
    fn any_text_is_events_or_a_named_error(body in "\\PC{0,200}", header in any::<bool>()) {
        let text = if header { format!("BEGIN:VCALENDAR\r\n{body}") } else { body };
        assert_well_formed(&parse(&text, Tz::UTC))?;
    }

    #[test]
    fn any_line_soup_is_events_or_a_named_error(
        lines in prop::collection::vec(line(), 0..80),
        crlf in any::<bool>(),
    ) {
        let eol = if crlf { "\r\n" } else { "\n" };
        let text = format!("BEGIN:VCALENDAR{eol}{}", lines.join(eol));
        assert_well_formed(&parse(&text, Tz::Europe__Berlin))?;
    }

    #[test]
    fn deep_nesting_is_refused_naming_the_limit(kind in nested_kind(), depth in 0usize..4000) {
        let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        text.push_str(&format!("BEGIN:{kind}\r\nUID:x\r\nDTSTART:20260101T100000Z\r\n").repeat(depth));
        text.push_str(&format!("END:{kind}\r\n").repeat(depth));
        text.push_str("END:VCALENDAR\r\n");
        let result = parse(&text, Tz::UTC);
        assert_well_formed(&result)?;
        if depth + 1 > MAX_NESTING {
            let e = result.unwrap_err();
            prop_assert!(e.message.contains("nested more than"), "{e:?}");
        }
    }

    #[test]
    fn exported_calendars_parse_back_unchanged(events in events(), name in text()) {
        let now = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap();
        let text = export(&name, &events, now);
        let back = parse(&text, Tz::UTC);
        // All-day dates float (RFC 5545 has no TZID for them): they take the importer's zone.
        let mut expected = events;
        for e in expected.iter_mut().filter(|e| e.times.all_day()) {
            e.times.tz = Tz::UTC;
        }
        prop_assert_eq!(back.as_ref(), Ok(&expected), "{}", text);
    }
}
