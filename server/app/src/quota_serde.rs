//! Storage quotas in configuration: a size with a unit (`"10GiB"`, `"500 MB"`), a plain
//! integer number of bytes, or `"unlimited"` (read as `None`); written back as
//! `"unlimited"` or an integer number of bytes.

use std::fmt;

use bytesize::ByteSize;
use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};

/// The word that lifts the limit.
const UNLIMITED: &str = "unlimited";

/// Writes `None` as `"unlimited"`, a limit as its number of bytes.
pub(crate) fn serialize<S: Serializer>(q: &Option<u64>, s: S) -> Result<S::Ok, S::Error> {
    match q {
        None => s.serialize_str(UNLIMITED),
        Some(bytes) => s.serialize_u64(*bytes),
    }
}

/// Reads `"10GiB"`-style sizes, integer bytes, or `"unlimited"`.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    d.deserialize_any(QuotaVisitor)
}

struct QuotaVisitor;

impl QuotaVisitor {
    /// A limit of zero bytes is refused: it would make every drive read-only, which is
    /// more likely a mistaken "0 = no limit" than intended.
    fn limit<E: de::Error>(bytes: u64) -> Result<Option<u64>, E> {
        if bytes == 0 {
            return Err(E::custom(
                "a drive quota of 0 bytes would refuse every upload; write \"unlimited\" for no limit",
            ));
        }
        Ok(Some(bytes))
    }
}

impl Visitor<'_> for QuotaVisitor {
    type Value = Option<u64>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a size such as \"10GiB\" or \"500MB\", a number of bytes, or \"unlimited\"")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Self::limit(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        let bytes = u64::try_from(v)
            .map_err(|_| E::custom(format!("a drive quota cannot be negative ({v})")))?;
        Self::limit(bytes)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let text = v.trim();
        if text.eq_ignore_ascii_case(UNLIMITED) {
            return Ok(None);
        }
        // The parser's own message is about floats; say what to write instead.
        let size: ByteSize = text.parse().map_err(|_| {
            E::custom(format!(
                "invalid size {v:?}; write it like \"10GiB\", \"500MB\" or \"unlimited\""
            ))
        })?;
        Self::limit(size.as_u64())
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct W {
        #[serde(with = "super")]
        q: Option<u64>,
    }

    fn parse(text: &str) -> Result<Option<u64>, String> {
        toml::from_str::<W>(&format!("q = {text}"))
            .map(|w| w.q)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn reads_units_bytes_and_unlimited() {
        assert_eq!(parse("\"10GiB\"").unwrap(), Some(10 << 30));
        assert_eq!(parse("\"10 GiB\"").unwrap(), Some(10 << 30));
        assert_eq!(parse("\"500MB\"").unwrap(), Some(500_000_000));
        assert_eq!(parse("\"64KiB\"").unwrap(), Some(64 << 10));
        assert_eq!(parse("4096").unwrap(), Some(4096));
        assert_eq!(parse("\"Unlimited\"").unwrap(), None);
    }

    #[test]
    fn refuses_zero_negative_and_garbage_naming_the_fix() {
        let zero = parse("0").unwrap_err();
        assert!(zero.contains("\"unlimited\" for no limit"), "{zero}");
        assert!(parse("-5").unwrap_err().contains("cannot be negative"));
        let bad = parse("\"ten gigs\"").unwrap_err();
        assert!(bad.contains("invalid size \"ten gigs\""), "{bad}");
        assert!(parse("true").unwrap_err().contains("\"unlimited\""));
    }

    #[test]
    fn round_trips() {
        for q in [None, Some(1), Some(10 << 30)] {
            let text = toml::to_string(&W { q }).unwrap();
            assert_eq!(toml::from_str::<W>(&text).unwrap().q, q, "{text}");
        }
    }
}
