//! The `WS_SERVER__*` layer as a figment provider over an explicit list of pairs, so the
//! binary passes `std::env::vars()` and tests pass their own list (no process-global
//! environment mutation in tests).

use figment::value::{Dict, Map, Value};
use figment::{Error, Metadata, Profile, Provider};

/// Environment pairs whose names start with a prefix; `__` separates nesting levels.
#[derive(Debug, Clone)]
pub(crate) struct EnvPairs {
    prefix: String,
    pairs: Vec<(String, String)>,
}

impl EnvPairs {
    /// Keeps the pairs named `<prefix><KEY>`, e.g. `WS_SERVER__SERVER__LISTEN`.
    pub(crate) fn new(prefix: &str, env: impl IntoIterator<Item = (String, String)>) -> Self {
        let pairs = env
            .into_iter()
            .filter(|(k, _)| k.len() > prefix.len() && k.starts_with(prefix))
            .collect();
        Self {
            prefix: prefix.to_owned(),
            pairs,
        }
    }
}

impl Provider for EnvPairs {
    fn metadata(&self) -> Metadata {
        let prefix = self.prefix.clone();
        Metadata::named(format!("`{prefix}*` environment variable(s)")).interpolater(
            move |_: &Profile, k: &[&str]| {
                let keys: Vec<_> = k.iter().map(|k| k.to_ascii_uppercase()).collect();
                format!("{prefix}{}", keys.join("__"))
            },
        )
    }

    fn data(&self) -> Result<Map<Profile, Dict>, Error> {
        let mut dict = Dict::new();
        for (name, raw) in &self.pairs {
            let key = name[self.prefix.len()..]
                .to_ascii_lowercase()
                .replace("__", ".");
            if key.split('.').any(str::is_empty) {
                continue;
            }
            // Same value syntax as figment's own `Env`: numbers, booleans, strings.
            let value: Value = raw.parse().expect("infallible");
            let nested = figment::util::nest(&key, value)
                .into_dict()
                .expect("a non-empty key nests into a dict");
            merge_into(&mut dict, nested);
        }
        Ok(Profile::Default.collect(dict))
    }
}

/// Deep-merges `from` into `into`; later variables win on the same key.
fn merge_into(into: &mut Dict, from: Dict) {
    for (k, v) in from {
        match (into.get_mut(&k), v) {
            (Some(Value::Dict(_, existing)), Value::Dict(_, incoming)) => {
                merge_into(existing, incoming);
            }
            (_, v) => {
                into.insert(k, v);
            }
        }
    }
}
