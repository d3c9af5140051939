//! VTIMEZONE components for exported files. RFC 5545 §3.6.5 wants one per TZID an
//! iCalendar object uses; the `icalendar` crate does not write them, so they are
//! derived from the IANA database (`chrono-tz`): every UTC offset change over the
//! years the events cover becomes one STANDARD or DAYLIGHT observance.

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// One offset change: the instant, the offsets before and after, the new name and
/// whether the new offset is daylight saving time.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Change {
    at: DateTime<Utc>,
    from: i32,
    to: i32,
    name: String,
    dst: bool,
}

fn offset_at(tz: Tz, at: DateTime<Utc>) -> (i32, String, bool) {
    let o = tz.offset_from_utc_datetime(&at.naive_utc());
    let dst = o.dst_offset() != Duration::zero();
    (
        o.fix().local_minus_utc(),
        o.abbreviation().unwrap_or("").to_owned(),
        dst,
    )
}

/// The offset changes of `tz` in `[from, to)`, found hour by hour, then to the minute.
fn changes(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Change> {
    let mut out = Vec::new();
    let mut t = from;
    let mut prev = offset_at(tz, t).0;
    while t < to {
        let next = t + Duration::hours(1);
        let (off, _, _) = offset_at(tz, next);
        if off != prev {
            let mut at = t;
            while offset_at(tz, at).0 == prev {
                at += Duration::minutes(1);
            }
            let (to_off, name, dst) = offset_at(tz, at);
            out.push(Change {
                at,
                from: prev,
                to: to_off,
                name,
                dst,
            });
            prev = off;
        }
        t = next;
    }
    out
}

fn fmt_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let m = secs.abs() / 60;
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

fn observance(kind: &str, start: NaiveDateTime, from: i32, to: i32, name: &str) -> String {
    let mut s = format!(
        "BEGIN:{kind}\r\nDTSTART:{}\r\nTZOFFSETFROM:{}\r\nTZOFFSETTO:{}\r\n",
        start.format("%Y%m%dT%H%M%S"),
        fmt_offset(from),
        fmt_offset(to)
    );
    if !name.is_empty() {
        s.push_str(&format!("TZNAME:{name}\r\n"));
    }
    s.push_str(&format!("END:{kind}\r\n"));
    s
}

/// A VTIMEZONE for `tz` covering the years `from_year..=to_year`.
pub fn vtimezone(tz: Tz, from_year: i32, to_year: i32) -> String {
    let year_start = |y: i32| {
        Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default()
    };
    let (from, to) = (year_start(from_year), year_start(to_year + 1));
    let mut s = format!("BEGIN:VTIMEZONE\r\nTZID:{}\r\n", tz.name());
    let found = changes(tz, from, to);
    if found.is_empty() {
        let (off, name, dst) = offset_at(tz, from);
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        s.push_str(&observance(
            kind,
            from.naive_utc() + Duration::seconds(i64::from(off)),
            off,
            off,
            &name,
        ));
    }
    for c in &found {
        let kind = if c.dst { "DAYLIGHT" } else { "STANDARD" };
        // DTSTART is the onset in the local time that was in force before it.
        let local = c.at.naive_utc() + Duration::seconds(i64::from(c.from));
        s.push_str(&observance(kind, local, c.from, c.to, &c.name));
    }
    s.push_str("END:VTIMEZONE\r\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn berlin_has_its_two_changes_a_year() {
        let text = vtimezone(Tz::Europe__Berlin, 2026, 2026);
        assert!(text.contains("TZID:Europe/Berlin"), "{text}");
        assert!(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"), "{text}");
        assert!(text.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET"), "{text}");
        assert_eq!(
            text.matches("BEGIN:STANDARD").count() + text.matches("BEGIN:DAYLIGHT").count(),
            2
        );
    }

    #[test]
    fn zones_without_changes_get_one_standard_observance() {
        let text = vtimezone(Tz::Asia__Kolkata, 2026, 2027);
        assert!(
            text.contains("TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530"),
            "{text}"
        );
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 1);
    }
}
