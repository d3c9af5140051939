//! protojson as ZITADEL speaks it (README §3.4): requests may use camelCase or
//! snake_case names, int64 as string or number, enums as name or number, bytes as
//! base64; responses use camelCase, int64 as strings, enum names, RFC 3339 UTC
//! timestamps and omit zero values ([`Msg`] enforces the omission).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::zerr::{ZError, ZResult};

/// `user_id` → `userId`; names without `_` are returned unchanged.
fn camel(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Renames every object key of a request to its camelCase form, so request types
/// only declare the JSON names protojson prints.
pub(crate) fn normalize(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (camel(&k), normalize(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(normalize).collect()),
        other => other,
    }
}

/// Parses a request body into its message type; any failure is `invalid_argument`
/// naming the field (`human.profile: missing field \`givenName\``).
pub(crate) fn parse_body<T: DeserializeOwned>(body: &[u8]) -> ZResult<T> {
    let value: Value = if body.iter().all(u8::is_ascii_whitespace) {
        Value::Object(Map::new())
    } else {
        serde_json::from_slice(body).map_err(|e| {
            ZError::invalid("MGMT-JSON1", format!("request body is not valid JSON: {e}"))
        })?
    };
    if !value.is_object() {
        return Err(ZError::invalid(
            "MGMT-JSON2",
            "request body must be a JSON object",
        ));
    }
    from_value(value)
}

/// Parses an already merged JSON object (REST path parameters plus body).
pub(crate) fn from_value<T: DeserializeOwned>(value: Value) -> ZResult<T> {
    serde_path_to_error::deserialize(normalize(value)).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let msg = if path == "." || path.is_empty() {
            format!("invalid request: {inner}")
        } else {
            format!("invalid request field {path}: {inner}")
        };
        ZError::invalid("MGMT-JSON3", msg)
    })
}

/// A required string: present and at least one character (proto `min_len: 1`).
pub(crate) fn required<'a>(value: &'a str, field: &str) -> ZResult<&'a str> {
    if value.trim().is_empty() {
        Err(ZError::invalid(
            "MGMT-REQ01",
            format!("invalid field {field}: value length must be at least 1 runes"),
        ))
    } else {
        Ok(value)
    }
}

/// Unix seconds as RFC 3339 UTC (`2026-03-01T10:00:00Z`).
pub(crate) fn ts(secs: i64) -> String {
    OffsetDateTime::from_unix_timestamp(secs)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

/// Parses an RFC 3339 timestamp of a request field into unix seconds.
pub(crate) fn parse_ts(text: &str, field: &str) -> ZResult<i64> {
    OffsetDateTime::parse(text, &Rfc3339)
        .map(OffsetDateTime::unix_timestamp)
        .map_err(|_| {
            ZError::invalid(
                "MGMT-TS001",
                format!("invalid field {field}: not an RFC 3339 timestamp"),
            )
        })
}

/// Decodes a `bytes` field (standard base64, padding optional).
pub(crate) fn parse_bytes(text: &str, field: &str) -> ZResult<Vec<u8>> {
    let trimmed = text.trim_end_matches('=');
    base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(trimmed)
        .map_err(|_| ZError::invalid("MGMT-B6401", format!("invalid field {field}: not base64")))
}

/// Encodes a `bytes` field.
pub(crate) fn bytes(value: &[u8]) -> String {
    STANDARD.encode(value)
}

/// The enum value a request field names, by name or by number; `None` when absent
/// or the zero value. `names[i]` is the name of number `i`.
pub(crate) fn enum_in(
    value: &Option<Value>,
    names: &[&'static str],
    field: &str,
) -> ZResult<Option<&'static str>> {
    let index = match value {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => names.iter().position(|n| n == s),
        Some(Value::Number(n)) => n.as_u64().map(|n| n as usize).filter(|n| *n < names.len()),
        Some(_) => None,
    };
    match index {
        Some(0) => Ok(None),
        Some(i) => Ok(Some(names[i])),
        None => Err(ZError::invalid(
            "MGMT-ENUM1",
            format!(
                "invalid field {field}: unknown value (one of {})",
                names[1..].join(", ")
            ),
        )),
    }
}

/// Deserializes an int64/uint64 field sent as a JSON number or a decimal string.
pub(crate) fn u64_any<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Any {
        N(u64),
        S(String),
    }
    match Option::<Any>::deserialize(d)? {
        None => Ok(0),
        Some(Any::N(n)) => Ok(n),
        Some(Any::S(s)) if s.is_empty() => Ok(0),
        Some(Any::S(s)) => s
            .parse()
            .map_err(|_| serde::de::Error::custom(format!("'{s}' is not an unsigned integer"))),
    }
}

/// A response message under construction; zero values are left out as protojson
/// does, so callers add every field unconditionally.
#[derive(Debug, Default, Clone)]
pub(crate) struct Msg(Map<String, Value>);

impl Msg {
    pub(crate) fn new() -> Self {
        Self::default()
    }
    pub(crate) fn str(mut self, key: &str, value: &str) -> Self {
        if !value.is_empty() {
            self.0.insert(key.into(), Value::String(value.into()));
        }
        self
    }
    pub(crate) fn opt_str(self, key: &str, value: Option<&str>) -> Self {
        self.str(key, value.unwrap_or_default())
    }
    pub(crate) fn bool(mut self, key: &str, value: bool) -> Self {
        if value {
            self.0.insert(key.into(), Value::Bool(true));
        }
        self
    }
    /// An int64/uint64 field (a JSON string).
    pub(crate) fn int(mut self, key: &str, value: u64) -> Self {
        if value != 0 {
            self.0.insert(key.into(), Value::String(value.to_string()));
        }
        self
    }
    /// A timestamp field from unix seconds (0 is the zero value).
    pub(crate) fn ts(mut self, key: &str, secs: i64) -> Self {
        if secs != 0 {
            self.0.insert(key.into(), Value::String(ts(secs)));
        }
        self
    }
    /// A nested message; kept even when empty (a set message is not a zero value).
    pub(crate) fn msg(mut self, key: &str, value: Msg) -> Self {
        self.0.insert(key.into(), value.into());
        self
    }
    /// A repeated field; left out when empty.
    pub(crate) fn list(mut self, key: &str, items: Vec<Value>) -> Self {
        if !items.is_empty() {
            self.0.insert(key.into(), Value::Array(items));
        }
        self
    }
    /// A repeated string field.
    pub(crate) fn strs(self, key: &str, items: &[String]) -> Self {
        self.list(
            key,
            items.iter().map(|s| Value::String(s.clone())).collect(),
        )
    }
}

impl From<Msg> for Value {
    fn from(m: Msg) -> Value {
        Value::Object(m.0)
    }
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    struct Req {
        user_id: String,
        #[serde(default, deserialize_with = "u64_any")]
        offset: u64,
    }

    #[test]
    fn snake_and_camel_names_and_int64_strings_are_accepted() {
        let a: Req = parse_body(br#"{"user_id":"1","offset":"20"}"#).unwrap();
        let b: Req = parse_body(br#"{"userId":"1","offset":20}"#).unwrap();
        assert_eq!((a.user_id.as_str(), a.offset), ("1", 20));
        assert_eq!((b.user_id.as_str(), b.offset), ("1", 20));
    }

    #[test]
    fn bad_bodies_are_invalid_argument_naming_the_field() {
        let e = parse_body::<Req>(b"{not json").unwrap_err();
        assert_eq!(e.code, super::super::zerr::Code::InvalidArgument);
        let e = parse_body::<Req>(br#"{"offset":1}"#).unwrap_err();
        assert!(e.message.contains("userId"), "{}", e.message);
        let e = parse_body::<Req>(br#"{"userId":"1","offset":"x"}"#).unwrap_err();
        assert!(e.message.contains("offset"), "{}", e.message);
        assert!(parse_body::<Req>(b"[]").is_err());
    }

    #[test]
    fn msg_omits_zero_values() {
        let v: Value = Msg::new()
            .str("a", "")
            .str("b", "x")
            .bool("c", false)
            .int("d", 0)
            .int("e", 7)
            .list("f", vec![])
            .ts("g", 0)
            .msg("h", Msg::new())
            .into();
        assert_eq!(v, json!({"b":"x","e":"7","h":{}}));
    }

    #[test]
    fn enums_by_name_or_number_and_timestamps_round_trip() {
        const N: [&str; 3] = ["X_UNSPECIFIED", "X_A", "X_B"];
        assert_eq!(enum_in(&Some(json!("X_B")), &N, "f").unwrap(), Some("X_B"));
        assert_eq!(enum_in(&Some(json!(1)), &N, "f").unwrap(), Some("X_A"));
        assert_eq!(enum_in(&Some(json!(0)), &N, "f").unwrap(), None);
        assert!(enum_in(&Some(json!("X_C")), &N, "f").is_err());
        assert_eq!(ts(1_800_000_000), "2027-01-15T08:00:00Z");
        assert_eq!(
            parse_ts("2027-01-15T08:00:00Z", "f").unwrap(),
            1_800_000_000
        );
        assert_eq!(parse_bytes(&bytes(b"hi!?"), "v").unwrap(), b"hi!?");
        assert_eq!(parse_bytes("aGk", "v").unwrap(), b"hi");
    }
}
