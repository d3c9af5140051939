//! Property tests of JSON body parsing: arbitrary bytes and arbitrary nested JSON
//! never panic and are refused with a 400 naming a field (or `body`), and an unknown
//! field is always refused by its full path, whatever its name.

use axum::http::StatusCode;
use proptest::prelude::*;
use serde_json::{Map, Value, json};
use ws_api::workspace::drive::{CreateFolder, CreateUpload, UpdateItem};

use super::parse_json;

/// Any JSON value, nested up to a few levels, with keys that include the
/// characters field paths and messages use (`.`, `` ` ``, `[`).
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["name", "parent_id", "size", "overwrite"])
            .prop_map(str::to_owned),
        "[a-z_.`\\[\\]0-9]{1,10}",
        "\\PC{0,10}",
    ]
}

fn is_400_naming_a_field(e: &super::ApiError) -> bool {
    e.status == StatusCode::BAD_REQUEST && e.message.contains(": ")
}

proptest! {
    #[test]
    fn any_bytes_are_a_value_or_a_400(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Err(e) = parse_json::<CreateFolder>(&bytes) {
            prop_assert!(is_400_naming_a_field(&e), "{}", e.message);
        }
        if let Err(e) = parse_json::<Value>(&bytes) {
            prop_assert!(e.message.starts_with("body: malformed JSON"), "{}", e.message);
        }
    }

    #[test]
    fn any_json_is_taken_or_refused_naming_a_field(value in json_value()) {
        let bytes = serde_json::to_vec(&value).unwrap();
        // Taken as a value (equal up to float rounding, which serde_json does not round-trip).
        prop_assert!(parse_json::<Value>(&bytes).is_ok());
        let errors = [
            parse_json::<CreateFolder>(&bytes).err(),
            parse_json::<UpdateItem>(&bytes).err(),
            parse_json::<CreateUpload>(&bytes).err(),
        ];
        for e in errors.into_iter().flatten() {
            prop_assert!(is_400_naming_a_field(&e), "{}", e.message);
        }
    }

    #[test]
    fn deep_nesting_is_a_400_not_a_stack_overflow(depth in 0usize..100_000, object in any::<bool>()) {
        let (open, close) = if object { (r#"{"a":"#, "}") } else { ("[", "]") };
        let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
        if let Err(e) = parse_json::<Value>(text.as_bytes()) {
            prop_assert!(depth > 100, "{depth}: {}", e.message);
            prop_assert_eq!(e.status, StatusCode::BAD_REQUEST);
        }
    }

    #[test]
    fn an_unknown_field_is_named_by_its_full_path(
        name in "\\PC{0,20}",
        unknown in key().prop_filter("a known field", |k| !["name", "parent_id"].contains(&k.as_str())),
        value in json_value(),
    ) {
        let mut body = Map::new();
        body.insert("name".into(), json!(name));
        body.insert(unknown.clone(), value);
        let bytes = serde_json::to_vec(&body).unwrap();
        let e = parse_json::<CreateFolder>(&bytes).unwrap_err();
        let wanted = format!("{unknown}: unknown field");
        prop_assert!(e.message.starts_with(&wanted), "{:?} gave {}", unknown, e.message);
    }
}
