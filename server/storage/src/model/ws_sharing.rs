//! Workspace sharing records: one ACL entry per (resource, grantee), for every kind of
//! workspace resource. Kinds and roles are stored as the workspace's own names
//! (`doc`, `viewer`, …); this crate does not interpret them.

use serde::Serialize;

use super::text_enum;

text_enum! {
    /// Who an ACL entry grants a role to.
    GranteeType {
        /// One user (`grantee_id` is the user id).
        User = "user",
        /// Every member of an organization (`grantee_id` is the org id).
        Org = "org",
        /// Anyone holding a link (`grantee_id` is the link's random id).
        Link = "link",
    }
}

/// One ACL entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShareRecord {
    /// Entry id.
    pub id: String,
    /// The org owning the resource.
    pub org_id: String,
    /// Resource kind, e.g. `doc`, `file`, `folder`, `calendar`.
    pub resource_kind: String,
    /// Resource id.
    pub resource_id: String,
    /// Grantee type.
    pub grantee_type: GranteeType,
    /// User id, org id or link id.
    pub grantee_id: String,
    /// The grantee's org: the user's org, the org itself, or empty for a link.
    pub grantee_org: String,
    /// Role name, e.g. `viewer`.
    pub role: String,
    /// The user who created (or last changed) the entry.
    pub created_by: String,
    /// When (unix seconds).
    pub created_at: i64,
}

/// A user the workspace has provisioned (and therefore knows: id and org).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WsMember {
    /// User id (`sub`).
    pub user_id: String,
    /// The user's organization.
    pub org_id: String,
    /// When provisioning ran (unix seconds).
    pub created_at: i64,
}
