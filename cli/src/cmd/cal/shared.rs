//! What the `ws cal` verbs share: the display zone (`--tz` < `$TZ` < system),
//! natural date and time inputs, local rendering of wire times, and finding a
//! calendar by id or name.

use anyhow::{Context, Result, anyhow, bail};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde_json::Value;
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::calendar::Calendar;

use crate::ctx::Ctx;

/// The zone to show and read times in: `flag`, else `$TZ` (as `Area/City`,
/// `:Area/City` or a zoneinfo path), else the system's zone, else UTC.
pub fn zone(ctx: &Ctx, flag: Option<&str>) -> Result<Tz> {
    if let Some(name) = flag {
        return parse_zone(name).ok_or_else(|| {
            anyhow!("--tz: unknown time zone '{name}'; use an IANA name such as Europe/Berlin")
        });
    }
    if let Some(tz) = ctx.env.get("TZ").and_then(parse_zone) {
        return Ok(tz);
    }
    Ok(iana_time_zone::get_timezone()
        .ok()
        .and_then(|n| parse_zone(&n))
        .unwrap_or(Tz::UTC))
}

fn parse_zone(name: &str) -> Option<Tz> {
    let name = name.trim().trim_start_matches(':');
    let name = name.rsplit_once("zoneinfo/").map_or(name, |(_, n)| n);
    name.parse().ok()
}

/// A date (`2026-12-01`, midnight in `tz`), a local time (`2026-12-01 10:00`,
/// `2026-12-01T10:00[:SS]`) in `tz`, or an RFC 3339 instant.
pub fn parse_when(flag: &str, text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(t.with_timezone(&Utc));
    }
    let local = parse_local(text).ok_or_else(|| {
        anyhow!("{flag}: '{text}' is not a date or time; use 2026-12-01, \"2026-12-01 10:00\" or RFC 3339")
    })?;
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| anyhow!("{flag}: {text} does not exist in {tz} (a DST gap)"))
}

/// A date or a local date-time, as typed.
pub fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(d.and_time(NaiveTime::MIN));
    }
    [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
}

/// A duration such as `90m`, `1h 30m` or `2d`.
pub fn parse_duration(text: &str) -> Result<Duration> {
    let d = humantime::parse_duration(text)
        .with_context(|| format!("--duration: '{text}' is not a duration such as 30m, 1h or 2d"))?;
    Duration::from_std(d).context("--duration: too long")
}

/// The window of `--from`/`--to`: from today (in `tz`) for a week by default.
pub fn window(
    from: Option<&str>,
    to: Option<&str>,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<(String, String)> {
    let start = match from {
        Some(f) => parse_when("--from", f, tz)?,
        None => {
            let today = now.with_timezone(&tz).date_naive().and_time(NaiveTime::MIN);
            tz.from_local_datetime(&today)
                .earliest()
                .map_or(now, |t| t.with_timezone(&Utc))
        }
    };
    let end = match to {
        Some(t) => parse_when("--to", t, tz)?,
        None => start + Duration::days(7),
    };
    if end <= start {
        bail!("--to must be after --from");
    }
    Ok((rfc3339(start), rfc3339(end)))
}

/// RFC 3339 UTC with seconds.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A wire time shown in `tz`: dates stay dates, instants become `YYYY-MM-DD HH:MM`.
pub fn local(text: &str, tz: Tz) -> String {
    match DateTime::parse_from_rfc3339(text) {
        Ok(t) => t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => text.to_owned(),
    }
}

/// A wire record with `local_start`/`local_end` added (the wire fields stay).
pub fn with_local(mut v: Value, tz: Tz) -> Value {
    for (wire, shown) in [("start", "local_start"), ("end", "local_end")] {
        if let Some(t) = v.get(wire).and_then(Value::as_str).map(|t| local(t, tz)) {
            v[shown] = Value::String(t);
        }
    }
    v
}

/// The calendar `which` names (an id, or the one name that matches ignoring case,
/// through ws-client's lookup); the personal calendar when `None`.
pub async fn find_calendar(api: &WorkspaceApi<'_>, which: Option<&str>) -> Result<Calendar> {
    match which {
        Some(w) => Ok(api.find_calendar(w).await?),
        None => match api.list_calendars().await?.into_iter().find(|c| c.personal) {
            Some(c) => Ok(c),
            None => bail!("you have no personal calendar yet"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_come_from_names_colon_names_and_zoneinfo_paths() {
        assert_eq!(parse_zone("Europe/Berlin"), Some(Tz::Europe__Berlin));
        assert_eq!(parse_zone(":Asia/Tokyo"), Some(Tz::Asia__Tokyo));
        assert_eq!(
            parse_zone("/usr/share/zoneinfo/America/New_York"),
            Some(Tz::America__New_York)
        );
        assert_eq!(parse_zone("Nowhere/Land"), None);
    }

    #[test]
    fn natural_inputs_are_read_in_the_zone() {
        let tz = Tz::Europe__Berlin;
        assert_eq!(
            rfc3339(parse_when("--from", "2026-12-01", tz).unwrap()),
            "2026-11-30T23:00:00Z"
        );
        assert_eq!(
            rfc3339(parse_when("--start", "2026-07-01 10:00", tz).unwrap()),
            "2026-07-01T08:00:00Z"
        );
        assert_eq!(
            rfc3339(parse_when("--start", "2026-07-01T10:00:00Z", tz).unwrap()),
            "2026-07-01T10:00:00Z"
        );
        assert!(
            parse_when("--from", "soon", tz)
                .unwrap_err()
                .to_string()
                .starts_with("--from")
        );
        assert_eq!(parse_duration("1h 30m").unwrap(), Duration::minutes(90));
        assert_eq!(local("2026-12-01T09:00:00Z", tz), "2026-12-01 10:00");
        assert_eq!(local("2026-12-24", tz), "2026-12-24");
    }

    #[test]
    fn the_default_window_is_a_week_from_local_midnight() {
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 23, 30, 0).unwrap();
        let (from, to) = window(None, None, Tz::Asia__Tokyo, now).unwrap();
        assert_eq!(
            (from.as_str(), to.as_str()),
            ("2026-12-01T15:00:00Z", "2026-12-08T15:00:00Z")
        );
        assert!(window(Some("2026-12-02"), Some("2026-12-01"), Tz::UTC, now).is_err());
    }
}
