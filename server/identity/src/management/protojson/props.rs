//! Property tests of protojson request parsing (the JSON of the Connect and REST
//! management APIs): any bytes are a message or an `invalid_argument` error with a
//! code and a message, never a panic; snake_case and camelCase spellings parse the
//! same; int64 fields read the same as numbers and as decimal strings; enums the same
//! by name and by number; and bytes and timestamps survive their own encoding.

use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{bytes, enum_in, normalize, parse_body, parse_bytes, parse_ts, ts, u64_any};
use crate::management::zerr::Code;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Profile {
    given_name: String,
    #[serde(default)]
    display_name: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Req {
    user_id: String,
    #[serde(default, deserialize_with = "u64_any")]
    page_offset: u64,
    #[serde(default)]
    profile: Option<Profile>,
    #[serde(default)]
    role_keys: Vec<String>,
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,10}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "user_id",
            "userId",
            "page_offset",
            "pageOffset",
            "profile",
            "given_name",
            "givenName",
            "display_name",
            "role_keys",
            "roleKeys",
        ])
        .prop_map(str::to_owned),
        "[a-z_]{1,10}",
        "\\PC{0,8}",
    ]
}

/// A valid request with each key spelt in snake_case or camelCase at random.
fn request() -> impl Strategy<Value = (Value, Value)> {
    (
        "\\PC{1,12}",
        any::<u64>(),
        proptest::option::of(("\\PC{1,8}", proptest::option::of("\\PC{0,8}"))),
        prop::collection::vec("[a-z]{1,6}", 0..4),
    )
        .prop_map(|(user_id, offset, profile, roles)| {
            let snake = json!({
                "user_id": user_id,
                "page_offset": offset.to_string(),
                "profile": profile.as_ref().map(|(g, d)| json!({"given_name": g, "display_name": d})),
                "role_keys": roles,
            });
            let camel = json!({
                "userId": user_id,
                "pageOffset": offset,
                "profile": profile.map(|(g, d)| json!({"givenName": g, "displayName": d})),
                "roleKeys": roles,
            });
            (snake, camel)
        })
}

proptest! {
    #[test]
    fn any_body_is_a_message_or_invalid_argument(
        body in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..200),
            json_value().prop_map(|v| v.to_string().into_bytes()),
        ],
    ) {
        if let Err(e) = parse_body::<Req>(&body) {
            prop_assert_eq!(e.code, Code::InvalidArgument);
            prop_assert!(e.id.starts_with("MGMT-") && !e.message.is_empty(), "{:?}", e);
        }
    }

    #[test]
    fn snake_and_camel_spellings_parse_the_same((snake, camel) in request()) {
        let a: Req = parse_body(snake.to_string().as_bytes()).map_err(|e| TestCaseError::fail(e.message))?;
        let b: Req = parse_body(camel.to_string().as_bytes()).map_err(|e| TestCaseError::fail(e.message))?;
        prop_assert_eq!(a, b);
    }

    #[test]
    fn normalizing_twice_changes_nothing(v in json_value()) {
        let once = normalize(v);
        prop_assert_eq!(normalize(once.clone()), once);
    }

    #[test]
    fn an_unknown_field_is_refused_by_name(field in "[a-z]{1,6}_x[a-z]{0,4}") {
        let body = json!({"userId": "u", "profile": {"givenName": "g", field.clone(): 1}});
        let e = parse_body::<Req>(body.to_string().as_bytes()).unwrap_err();
        prop_assert_eq!(e.code, Code::InvalidArgument);
        prop_assert!(e.message.contains("profile"), "{}", e.message);
    }

    #[test]
    fn a_non_numeric_int64_string_is_refused_naming_the_field(s in "\\PC{1,10}") {
        prop_assume!(s.parse::<u64>().is_err());
        let body = json!({"userId": "u", "pageOffset": s});
        let e = parse_body::<Req>(body.to_string().as_bytes()).unwrap_err();
        prop_assert!(e.message.contains("pageOffset"), "{}", e.message);
    }

    #[test]
    fn enums_read_the_same_by_name_and_by_number(i in 0usize..4, junk in "\\PC{0,12}") {
        const NAMES: [&str; 4] = ["X_UNSPECIFIED", "X_A", "X_B", "X_C"];
        let by_name = enum_in(&Some(json!(NAMES[i])), &NAMES, "f").unwrap();
        let by_number = enum_in(&Some(json!(i)), &NAMES, "f").unwrap();
        prop_assert_eq!(by_name, by_number);
        prop_assert_eq!(by_name, (i > 0).then_some(NAMES[i]));
        if !NAMES.contains(&junk.as_str()) {
            let e = enum_in(&Some(json!(junk)), &NAMES, "state").unwrap_err();
            prop_assert!(e.message.contains("state"), "{}", e.message);
        }
    }

    #[test]
    fn bytes_and_timestamps_survive_their_encoding(
        raw in prop::collection::vec(any::<u8>(), 0..64),
        secs in -62_135_596_800i64..253_402_300_799,
        junk in "\\PC{0,24}",
    ) {
        prop_assert_eq!(parse_bytes(&bytes(&raw), "v").unwrap(), raw);
        prop_assert_eq!(parse_ts(&ts(secs), "t").unwrap(), secs);
        // Anything else is a value or an error naming the field, never a panic.
        if let Err(e) = parse_ts(&junk, "expirationDate") {
            prop_assert!(e.message.contains("expirationDate"));
        }
        if let Err(e) = parse_bytes(&junk, "value") {
            prop_assert!(e.message.contains("value"));
        }
    }
}
