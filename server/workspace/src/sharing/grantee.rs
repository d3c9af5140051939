//! Who may be a grantee. A user or org qualifies only if it can use the workspace at
//! all: the owning org and its users with a workspace role, or another org holding
//! the workspace project through a project grant (and its users with an
//! authorization). Refusals are one 400 that does not say whether the id exists.
//!
//! Who qualifies is the workspace's [`super::Directory`]'s answer: the store's
//! records ([`super::LocalDirectory`]) or the identity provider's user API
//! ([`super::IdpDirectory`]), which knows users whether or not they have used the
//! workspace yet.

use rand::Rng;
use rand::distributions::Alphanumeric;
use ws_storage::GranteeType;

use super::{Grantee, Resource, ShareRole};
use crate::error::{ApiError, ApiResult};
use crate::state::WorkspaceState;

/// A checked grantee: its type, id and org (empty for a link).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Checked {
    pub(super) kind: GranteeType,
    pub(super) id: String,
    pub(super) org: String,
}

/// Checks `grantee` for a share of `res` with `role`.
pub(super) async fn check(
    state: &WorkspaceState,
    res: &Resource,
    grantee: &Grantee,
    role: ShareRole,
    expires_at: Option<i64>,
) -> ApiResult<Checked> {
    if expires_at.is_some() && !matches!(grantee, Grantee::Link { .. }) {
        return Err(ApiError::invalid("expires_at", "only a link can expire"));
    }
    match grantee {
        Grantee::User { id } => {
            let id = non_empty(id)?;
            if id == res.owner_user {
                return Err(ApiError::invalid(
                    "grantee.id",
                    "that user owns the resource already",
                ));
            }
            let org = state
                .directory
                .user_org(id)
                .await?
                .ok_or_else(|| refused("user", id))?;
            Ok(Checked {
                kind: GranteeType::User,
                id: id.to_owned(),
                org,
            })
        }
        Grantee::Org { id } => {
            let id = non_empty(id)?;
            if id != res.owner_org && !state.directory.org_has_access(id).await? {
                return Err(refused("organization", id));
            }
            Ok(Checked {
                kind: GranteeType::Org,
                id: id.to_owned(),
                org: id.to_owned(),
            })
        }
        Grantee::Link { .. } => {
            if role > ShareRole::Commenter {
                return Err(ApiError::invalid(
                    "role",
                    "a link can give viewer or commenter, not editor or owner",
                ));
            }
            Ok(Checked {
                kind: GranteeType::Link,
                id: super::links::secret(link_id(), expires_at),
                org: String::new(),
            })
        }
    }
}

fn non_empty(id: &str) -> ApiResult<&str> {
    let id = id.trim();
    if id.is_empty() {
        Err(ApiError::invalid("grantee.id", "must not be empty"))
    } else {
        Ok(id)
    }
}

fn refused(what: &str, id: &str) -> ApiError {
    ApiError::invalid(
        "grantee.id",
        format!(
            "{what} '{id}' cannot be given access: it is not a workspace {what} (another \
             organization needs a grant of the workspace project, and its users an authorization)"
        ),
    )
}

/// A fresh unguessable link id (32 alphanumerics, about 190 bits).
fn link_id() -> String {
    rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(32)
        .map(char::from)
        .collect()
}
