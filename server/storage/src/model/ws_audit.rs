//! Workspace audit records: append-only, ordered by a sequence number that also serves
//! as the page cursor.

use serde::Serialize;

/// One stored audit entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRecord {
    /// Position in the log (assigned on append; ignored when appending).
    pub seq: i64,
    /// The actor's organization (the tenant the entry belongs to).
    pub org_id: String,
    /// The acting user id.
    pub actor: String,
    /// What was done, e.g. `docs.update`.
    pub action: String,
    /// What it was done to, e.g. `doc:123`.
    pub target: String,
    /// `ok`, `denied` or `failed`.
    pub outcome: String,
    /// The request id, when known.
    pub request_id: Option<String>,
    /// Extra detail as JSON text.
    pub detail: Option<String>,
    /// When (unix milliseconds).
    pub at_ms: i64,
}

/// Which audit entries to list; every set field must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only this org's entries.
    pub org_id: Option<String>,
    /// Only this actor's entries.
    pub actor: Option<String>,
    /// Only this action (exact), or actions starting with it when it ends in `.`
    /// (e.g. `docs.`).
    pub action: Option<String>,
    /// Only this target (exact).
    pub target: Option<String>,
    /// At or after this time (unix ms).
    pub since_ms: Option<i64>,
    /// Before this time (unix ms).
    pub until_ms: Option<i64>,
    /// Only entries after this sequence number (the page cursor).
    pub after_seq: Option<i64>,
    /// Most entries to return (oldest first); capped at 1000, 0 means 100.
    pub limit: u64,
}
