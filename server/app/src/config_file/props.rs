//! Property tests of the server configuration: any file text is a configuration or
//! an error placed inside the text, never a panic; in the example file, a value of the
//! wrong type at any key is refused naming exactly that key, and an unknown key in any
//! section is refused by name; any `WS_SERVER__*` value is a configuration or an
//! "invalid configuration" error.

use std::path::Path;

use proptest::prelude::*;
use toml::{Table, Value};

use super::{ConfigFileError, check_str};
use crate::config::{FlagOverrides, ServerConfig};

const EXAMPLE: &str = include_str!("../../../../config/ws-server.example.toml");

/// The dotted path of every scalar or array value in `table`.
fn leaves(table: &Table, prefix: &str, out: &mut Vec<String>) {
    for (k, v) in table {
        let path = match prefix {
            "" => k.clone(),
            p => format!("{p}.{k}"),
        };
        match v {
            Value::Table(t) => leaves(t, &path, out),
            _ => out.push(path),
        }
    }
}

/// The dotted path of every table (section) in `table`, the top level included.
fn sections(table: &Table, prefix: &str, out: &mut Vec<String>) {
    out.push(prefix.to_owned());
    for (k, v) in table {
        if let Value::Table(t) = v {
            let path = match prefix {
                "" => k.clone(),
                p => format!("{p}.{k}"),
            };
            sections(t, &path, out);
        }
    }
}

fn table_at<'a>(table: &'a mut Table, path: &str) -> &'a mut Table {
    path.split('.')
        .filter(|s| !s.is_empty())
        .fold(table, |t, k| {
            t.get_mut(k).and_then(Value::as_table_mut).unwrap()
        })
}

fn example() -> Table {
    EXAMPLE.parse().unwrap()
}

fn check(text: &str) -> Result<ServerConfig, ConfigFileError> {
    check_str(text, Path::new("ws-server.toml"))
}

proptest! {
    #[test]
    fn any_text_is_a_config_or_an_error_inside_the_text(
        text in prop_oneof![
            "\\PC{0,200}",
            "(\\[server\\]|\\[identity\\]|listen = |\"x\"|= 1|\n|\\{|\\]|é|ß)*",
        ],
    ) {
        if let Err(ConfigFileError::Invalid { line, column, message, .. }) = check(&text) {
            prop_assert!(line >= 1 && line <= text.matches('\n').count() + 1, "{line}");
            prop_assert!(column >= 1 && !message.is_empty());
        }
    }

    #[test]
    fn a_wrong_type_at_any_key_is_refused_naming_the_key(pick in any::<prop::sample::Index>()) {
        let mut table = example();
        let mut keys = Vec::new();
        leaves(&table, "", &mut keys);
        let key = &keys[pick.index(keys.len())];
        let (section, name) = key.rsplit_once('.').unwrap_or(("", key));
        let mut wrong = Table::new();
        wrong.insert("zz".into(), Value::Integer(1));
        table_at(&mut table, section).insert(name.into(), Value::Table(wrong));
        let text = toml::to_string(&table).unwrap();
        match check(&text) {
            Err(ConfigFileError::Invalid { key: Some(k), .. }) => prop_assert_eq!(&k, key),
            other => prop_assert!(false, "{key}: {other:?}"),
        }
    }

    #[test]
    fn an_unknown_key_in_any_section_is_refused_by_name(
        pick in any::<prop::sample::Index>(),
        name in "zz_[a-z_]{1,10}",
    ) {
        let mut table = example();
        let mut all = Vec::new();
        sections(&table, "", &mut all);
        let section = &all[pick.index(all.len())];
        table_at(&mut table, section).insert(name.clone(), Value::Integer(1));
        let text = toml::to_string(&table).unwrap();
        let e = check(&text).unwrap_err().to_string();
        prop_assert!(e.contains(&format!("unknown field `{name}`")), "{e}");
    }

    #[test]
    fn any_environment_value_is_a_config_or_invalid_configuration(
        pick in any::<prop::sample::Index>(),
        value in prop_oneof!["\\PC{0,20}", "[0-9]{1,25}", "\\[[0-9a-z\",]{0,12}\\]"],
    ) {
        let mut keys = Vec::new();
        leaves(&example(), "", &mut keys);
        let key = &keys[pick.index(keys.len())];
        let var = format!("WS_SERVER__{}", key.replace('.', "__").to_uppercase());
        let loaded = ServerConfig::load(None, [(var, value)], &FlagOverrides::default());
        if let Err(e) = loaded {
            prop_assert!(e.to_string().starts_with("invalid configuration"), "{e}");
        }
    }
}
