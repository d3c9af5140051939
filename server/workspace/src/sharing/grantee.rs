//! Who may be a grantee. A user or org qualifies only if it can use the workspace at
//! all: the owning org and its users with a workspace role, or another org holding
//! the workspace project through a project grant (and its users with an
//! authorization). Refusals are one 400 that does not say whether the id exists.
//!
//! Sources, in order: the identity records in the store (present when the embedded
//! identity provider runs; they reflect grants and authorizations as they are now),
//! then the workspace's own directory of users it has provisioned (which is all a
//! workspace in front of a remote ZITADEL knows: a provisioned user held a workspace
//! role in their org when they first used it). With an identity provider directory
//! configured ([`super::IdpDirectory`]), users are checked there instead, as they are
//! now, whether or not they have used the workspace yet.

use rand::Rng;
use rand::distributions::Alphanumeric;
use ws_storage::{GranteeType, ListQuery, State};

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
            let org = user_org(state, id)
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
            if id != res.owner_org && !org_has_access(state, id).await? {
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

/// The org of a user who may use the workspace, or `None`.
pub(crate) async fn user_org(state: &WorkspaceState, user_id: &str) -> ApiResult<Option<String>> {
    if let Some(directory) = &state.directory {
        // Authoritative: grants and authorizations as the provider holds them now.
        return directory.grantable_org(user_id).await;
    }
    let store = &state.store;
    if let Some(user) = store.users.get_user(user_id).await? {
        let project = state.auth.config().audience.clone();
        let roles = store.authz.roles_for_user(user_id, &[project]).await?;
        let has_role = roles.iter().any(|r| r.org_id == user.org_id);
        return Ok(has_role.then_some(user.org_id));
    }
    Ok(store
        .ws_sharing
        .get_member(user_id)
        .await?
        .map(|m| m.org_id))
}

/// Whether an org holds the workspace project: it owns it, or has an active grant
/// of it with roles.
pub(super) async fn org_has_access(state: &WorkspaceState, org_id: &str) -> ApiResult<bool> {
    if let Some(directory) = &state.directory {
        return directory.org_has_access(org_id).await;
    }
    if state.store.orgs.get_org(org_id).await?.is_none() {
        return Ok(state.store.ws_sharing.org_has_members(org_id).await?);
    }
    let project = state.auth.config().audience.clone();
    // The owning org needs no grant (a Globex resource may be shared with Acme, whose
    // project it is).
    if let Some(p) = state.store.projects.get_project(&project).await?
        && p.org_id == org_id
    {
        return Ok(true);
    }
    let grants = state
        .store
        .projects
        .list_grants(Some(&project), Some(org_id), ListQuery::default())
        .await?;
    Ok(grants
        .items
        .iter()
        .any(|g| g.state == State::Active && !g.role_keys.is_empty()))
}

/// A fresh unguessable link id (32 alphanumerics, about 190 bits).
fn link_id() -> String {
    rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(32)
        .map(char::from)
        .collect()
}
