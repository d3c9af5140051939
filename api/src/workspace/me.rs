//! `GET /api/v1/me`: who the caller is to the workspace.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// The calling user as the workspace sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Me {
    /// User id (`sub`).
    pub user_id: String,
    /// The user's organization id.
    pub org_id: String,
    /// Workspace project roles held in that organization (`owner`, `admin`, `editor`, `viewer`).
    pub roles: BTreeSet<String>,
    /// The OAuth client the token was issued to, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// `jwt` or `introspection`: how the token was validated.
    pub validated: String,
}
