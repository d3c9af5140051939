//! Durations in configuration: human-readable strings (`"90s"`, `"15m"`, `"12h"`,
//! `"30d"`) or a plain integer number of seconds, written back as strings.

use std::time::Duration;

use serde::{Deserialize, Deserializer, Serializer};

/// Writes a duration as a humantime string, e.g. `12h`.
pub(crate) fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&humantime::format_duration(*d).to_string())
}

/// Reads `"15m"`-style strings or integer seconds.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Secs(u64),
        Text(String),
    }
    match Raw::deserialize(d).map_err(|_| {
        serde::de::Error::custom("expected a duration such as \"90s\", \"15m\", \"12h\" or seconds")
    })? {
        Raw::Secs(s) => Ok(Duration::from_secs(s)),
        Raw::Text(t) => humantime::parse_duration(&t).map_err(|e| {
            serde::de::Error::custom(format!(
                "invalid duration {t:?} ({e}); write it like \"90s\", \"15m\", \"12h\" or \"30d\""
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize, Deserialize, Debug, PartialEq)]
    struct W {
        #[serde(with = "super")]
        d: Duration,
    }

    #[test]
    fn strings_and_seconds_round_trip() {
        let w: W = toml::from_str("d = \"15m\"").unwrap();
        assert_eq!(w.d, Duration::from_secs(900));
        let w: W = toml::from_str("d = 42").unwrap();
        assert_eq!(w.d, Duration::from_secs(42));
        let back: W = toml::from_str(
            &toml::to_string(&W {
                d: Duration::from_secs(43200),
            })
            .unwrap(),
        )
        .unwrap();
        assert_eq!(back.d, Duration::from_secs(43200));
        let err = toml::from_str::<W>("d = \"soon\"").unwrap_err().to_string();
        assert!(err.contains("invalid duration \"soon\""), "{err}");
    }
}
