//! Names → ids: what a person types ("acme", "alice@acme.localhost") becomes the one
//! object it names, or an error saying there is none or listing the candidates.

use serde_json::Value;

use crate::error::ErrorKind;

/// A name that does not name exactly one object.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// Nothing matched.
    #[error("{kind} '{name}' not found")]
    NotFound {
        /// "organization", "user", …
        kind: &'static str,
        /// What was asked for.
        name: String,
    },
    /// Several objects matched; `candidates` are "id (label)" lines.
    #[error("{kind} '{name}' is ambiguous; it matches:\n{}\nuse the id instead", candidates.iter().map(|c| format!("  {c}")).collect::<Vec<_>>().join("\n"))]
    Ambiguous {
        /// "organization", "user", …
        kind: &'static str,
        /// What was asked for.
        name: String,
        /// One "id (label)" per match.
        candidates: Vec<String>,
    },
}

impl ResolveError {
    /// Exit-code class: not found, or a plain error for ambiguity.
    pub fn kind(&self) -> ErrorKind {
        match self {
            ResolveError::NotFound { .. } => ErrorKind::NotFound,
            ResolveError::Ambiguous { .. } => ErrorKind::Other,
        }
    }
}

/// Picks the single match among `found` (deduplicated by `id_of`), or explains why not.
pub fn exactly_one(
    kind: &'static str,
    name: &str,
    found: Vec<Value>,
    id_of: impl Fn(&Value) -> String,
    label_of: impl Fn(&Value) -> String,
) -> Result<Value, ResolveError> {
    let mut unique: Vec<Value> = Vec::new();
    for v in found {
        if !unique.iter().any(|u| id_of(u) == id_of(&v)) {
            unique.push(v);
        }
    }
    match unique.len() {
        0 => Err(ResolveError::NotFound {
            kind,
            name: name.to_owned(),
        }),
        1 => Ok(unique.remove(0)),
        _ => Err(ResolveError::Ambiguous {
            kind,
            name: name.to_owned(),
            candidates: unique
                .iter()
                .map(|v| format!("{} ({})", id_of(v), label_of(v)))
                .collect(),
        }),
    }
}
