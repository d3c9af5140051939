//! RFC 3339 timestamps (UTC, milliseconds) for audit entries and filters.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// `ms` since the epoch as RFC 3339 UTC, e.g. `2026-11-29T04:18:52.123Z`.
pub(crate) fn rfc3339_ms(ms: i64) -> String {
    let t = OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    t.format(&Rfc3339).unwrap_or_default()
}

/// An RFC 3339 time as ms since the epoch; `None` if it does not parse.
pub(crate) fn parse_rfc3339_ms(text: &str) -> Option<i64> {
    let t = OffsetDateTime::parse(text, &Rfc3339).ok()?;
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let ms = 1_795_000_000_123;
        let s = rfc3339_ms(ms);
        assert!(s.ends_with(".123Z"), "{s}");
        assert_eq!(parse_rfc3339_ms(&s), Some(ms));
        assert_eq!(
            parse_rfc3339_ms("2026-01-01T00:00:00+01:00"),
            Some(1_767_222_000_000)
        );
        assert_eq!(parse_rfc3339_ms("yesterday"), None);
    }
}
