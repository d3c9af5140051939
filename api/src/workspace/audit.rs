//! Audit (`/api/v1/audit`): who did what, when, with which outcome.

use serde::{Deserialize, Serialize};

/// How an audited action ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Done.
    Ok,
    /// Refused for lack of rights.
    Denied,
    /// Attempted but failed (bad input, conflict, server error).
    Failed,
}

impl Outcome {
    /// The wire (and stored) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Denied => "denied",
            Self::Failed => "failed",
        }
    }

    /// Reads a name back.
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Ok, Self::Denied, Self::Failed]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

/// One audit entry as listed and streamed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct AuditEvent {
    /// Position in the log (increasing).
    pub seq: i64,
    /// When (RFC 3339, milliseconds).
    pub time: String,
    /// The acting user id.
    pub actor: String,
    /// The actor's organization.
    pub org: String,
    /// What was done, e.g. `docs.update`.
    pub action: String,
    /// What it was done to, e.g. `doc:123`.
    pub target: String,
    /// How it ended.
    pub outcome: Outcome,
    /// The request id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Extra detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<serde_json::Value>,
}
