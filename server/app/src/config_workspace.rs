//! `[workspace]`: how the workspace API validates tokens, and its limits.
//!
//! By default the workspace trusts this server's own identity provider: the issuer is
//! the server's issuer, the audience the bootstrapped `workspace` project, and the
//! introspection credentials come from `DATA/introspection-client.json`. Setting
//! `issuer`, `audience` and the client credentials points it at any ZITADEL instead;
//! either way tokens are checked over HTTP (discovery, JWKS, introspection).
//! `directory_pat_file` gives the workspace a credential for the provider's user API,
//! so people can be found by login or email wherever the users live.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::config::Secret;

/// `[workspace]`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct WorkspaceSection {
    /// Issuer whose tokens are accepted; default: this server's issuer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Url>,
    /// The workspace project id (the required audience); default: the bootstrapped one.
    /// ZITADEL ids are digits: `WS_SERVER__WORKSPACE__AUDIENCE=3141…` is read as text.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "digits_as_text"
    )]
    pub audience: Option<String>,
    /// Client id of the API app used for introspection; default: from the data dir.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "digits_as_text"
    )]
    pub introspection_client_id: Option<String>,
    /// Its secret; default: from the data dir.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub introspection_client_secret: Option<Secret>,
    /// A file holding a personal access token of a service user that may read the
    /// identity provider's users, authorizations and project grants. When set, user
    /// lookups (`/api/v1/directory/users`) and share grantee checks ask the provider's
    /// user API instead of the local identity records; needed to share by login or
    /// email in front of a remote ZITADEL. Read at start; never logged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub directory_pat_file: Option<PathBuf>,
    /// Largest JSON request body, in bytes.
    pub max_json_body: usize,
    /// Largest doc body (Markdown), in bytes.
    pub max_doc_body: usize,
    /// Drive storage of each organization that has no quota of its own, in bytes;
    /// `None` (written `"unlimited"`) for no limit. Read as `"10GiB"`, `"500MB"` or bytes.
    #[serde(with = "crate::quota_serde")]
    pub drive_quota: Option<u64>,
    /// How long a resumable upload session stays open.
    #[serde(with = "crate::duration_serde")]
    pub upload_session_ttl: Duration,
    /// How often the drive garbage collector runs.
    #[serde(with = "crate::duration_serde")]
    pub drive_gc_interval: Duration,
    /// What the collector leaves alone: claims, expiries and staging files younger
    /// than this.
    #[serde(with = "crate::duration_serde")]
    pub drive_gc_grace: Duration,
}

impl Default for WorkspaceSection {
    fn default() -> Self {
        Self {
            issuer: None,
            audience: None,
            introspection_client_id: None,
            introspection_client_secret: None,
            directory_pat_file: None,
            max_json_body: ws_workspace::WorkspaceConfig::default().max_json_body,
            max_doc_body: ws_workspace::WorkspaceConfig::default().max_doc_body,
            drive_quota: Some(ws_workspace::WorkspaceConfig::default().default_org_quota),
            upload_session_ttl: ws_workspace::WorkspaceConfig::default().upload_session_ttl,
            drive_gc_interval: ws_workspace::WorkspaceConfig::default().drive_gc_interval,
            drive_gc_grace: ws_workspace::WorkspaceConfig::default().drive_gc_grace,
        }
    }
}

/// An id that may arrive as a number: the environment layer reads `123` as one (as
/// figment's own `Env` does), but an id is text whatever its characters.
fn digits_as_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Text(String),
        Number(u64),
    }
    Ok(Some(match Id::deserialize(d)? {
        Id::Text(t) => t,
        Id::Number(n) => n.to_string(),
    }))
}
