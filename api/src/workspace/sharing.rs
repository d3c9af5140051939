//! Sharing (`/api/v1/shares`): ACL entries of docs, files, folders and calendars.

use serde::{Deserialize, Serialize};

/// The kinds of resource that can be shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    /// A document.
    Doc,
    /// A drive folder.
    Folder,
    /// A drive file.
    File,
    /// A calendar.
    Calendar,
}

impl ResourceKind {
    /// Every kind.
    pub const ALL: [ResourceKind; 4] = [Self::Doc, Self::Folder, Self::File, Self::Calendar];

    /// The wire (and stored) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Doc => "doc",
            Self::Folder => "folder",
            Self::File => "file",
            Self::Calendar => "calendar",
        }
    }

    /// Reads a name back.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A role on a shared resource; ordered from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShareRole {
    /// May read.
    Viewer,
    /// May read and comment.
    Commenter,
    /// May read and change.
    Editor,
    /// May also share, delete and manage.
    Owner,
}

impl ShareRole {
    /// Every role, least first.
    pub const ALL: [ShareRole; 4] = [Self::Viewer, Self::Commenter, Self::Editor, Self::Owner];

    /// The wire (and stored) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Viewer => "viewer",
            Self::Commenter => "commenter",
            Self::Editor => "editor",
            Self::Owner => "owner",
        }
    }

    /// Reads a name back.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Who a share is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Grantee {
    /// One user, by user id.
    User {
        /// User id.
        id: String,
    },
    /// Every member of an organization, by org id.
    Org {
        /// Org id.
        id: String,
    },
    /// Anyone with the link; the server generates the id (leave it empty when creating).
    Link {
        /// The link's secret id (only shown to those who may manage the resource).
        #[serde(default)]
        id: String,
    },
}

/// `POST /api/v1/shares`: share a resource (sharing again with the same grantee
/// changes the role).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateShare {
    /// Resource kind.
    pub kind: ResourceKind,
    /// Resource id.
    pub resource_id: String,
    /// Who.
    pub grantee: Grantee,
    /// Which role.
    pub role: ShareRole,
    /// Links only: when the link stops working (RFC 3339); absent = until removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

/// One ACL entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Share {
    /// Share id (for `DELETE /api/v1/shares/{id}`).
    pub id: String,
    /// Resource kind.
    pub kind: ResourceKind,
    /// Resource id.
    pub resource_id: String,
    /// Who.
    pub grantee: Grantee,
    /// Which role.
    pub role: ShareRole,
    /// Who shared it (user id).
    pub created_by: String,
    /// When (RFC 3339).
    pub created_at: String,
    /// Links: when the link stops working (RFC 3339), if it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// Links, shown to owners: the path (under the server's base URL) that opens the
    /// doc, file or calendar read-only without signing in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_path: Option<String>,
}

/// `GET /api/v1/directory/users?login=`: the one workspace user an exact login
/// (username, `username@domain` or email) or user id names. Only users who could be
/// given a share are found; the answer carries nothing beyond what sharing needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct DirectoryUser {
    /// User id (the `id` of a [`Grantee::User`]).
    pub id: String,
    /// The user's organization id.
    pub org_id: String,
}

/// `GET /api/v1/directory/orgs?name=`: the one organization an exact name or id
/// names, if it may be given a share (the caller's own, or one holding the workspace
/// project through a grant).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct DirectoryOrg {
    /// Org id (the `id` of a [`Grantee::Org`]).
    pub id: String,
    /// Its name (empty when the workspace only knows the id, e.g. in front of a
    /// remote ZITADEL).
    pub name: String,
}
