//! The instance and its organizations.

use serde::Serialize;

use super::State;

/// The one instance this server runs (ZITADEL's "IAM").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Instance {
    /// Instance id.
    pub id: String,
    /// Display name, e.g. "ws".
    pub name: String,
    /// The instance's domain, e.g. "localhost"; org domains hang below it.
    pub domain: String,
    /// When it was created.
    pub created_at: i64,
}

/// An organization: the tenant that owns users and projects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Org {
    /// Org id.
    pub id: String,
    /// Name, unique in the instance (case-insensitively).
    pub name: String,
    /// Primary domain, e.g. "acme.localhost"; the value of org entries in role claims
    /// and the suffix of login names (`alice@acme.localhost`). Unique.
    pub primary_domain: String,
    /// Active or deactivated.
    pub state: State,
    /// When it was created.
    pub created_at: i64,
    /// When it last changed.
    pub changed_at: i64,
}
