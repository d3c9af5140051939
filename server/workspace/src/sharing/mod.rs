//! Sharing: one ACL for every kind of workspace resource (docs, folders, files,
//! calendars), and the rule every module asks before touching a resource:
//! [`effective_role`] / [`require`].
//!
//! Rules (tenancy, DESIGN.md §4):
//! - The owner user of a resource is its `Owner`; an `owner`/`admin` of the owning
//!   org manages every resource of that org (`Owner`).
//! - Otherwise the best ACL entry naming the caller or the caller's org counts.
//! - Cross-org access exists only through an ACL entry, and the caller is only an
//!   [`Actor`] while their token carries a workspace role granted in their own org
//!   (the project grant plus an authorization): removing either removes access at
//!   the next token.
//! - The caller's base role caps every role, ownership included: a `viewer` only
//!   reads, even what they own (the provisioned "Getting started" doc, their My
//!   Drive, their personal calendar).
//! - Who has no role at all gets 404 (existence is never revealed); who can see but
//!   lacks the role gets 403.
//!
//! Modules tell the foundation who owns a resource through their `resource`
//! function (see [`resolve`]); the `/api/v1/shares` routes use it. The
//! `/api/v1/directory` lookups ([`directory`]) turn logins and org names into grantee ids,
//! through the workspace's [`Directory`]: the store's records ([`LocalDirectory`]) or
//! the identity provider's own user API ([`IdpDirectory`]) when one is configured.

pub(crate) mod directory;
mod grantee;
mod idp;
mod links;
mod people;
pub(crate) mod routes;

use std::collections::BTreeMap;

pub use idp::{IdpDirectory, IdpDirectoryConfig, IdpDirectoryError};
pub use people::{Directory, LocalDirectory, WorkspaceUser};
pub use routes::routes;
pub use ws_api::workspace::sharing::{Grantee, ResourceKind, ShareRole};

use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::state::WorkspaceState;

/// A resource as the ACL sees it: what it is and who owns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResourceRef<'a> {
    /// Kind.
    pub kind: ResourceKind,
    /// Id.
    pub id: &'a str,
    /// The org owning it.
    pub owner_org: &'a str,
    /// The user owning it (its creator).
    pub owner_user: &'a str,
}

/// An owned [`ResourceRef`], as modules return it from their `resource` lookups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    /// Kind.
    pub kind: ResourceKind,
    /// Id.
    pub id: String,
    /// The org owning it.
    pub owner_org: String,
    /// The user owning it.
    pub owner_user: String,
}

impl Resource {
    /// Borrowed as a [`ResourceRef`].
    pub fn as_ref(&self) -> ResourceRef<'_> {
        ResourceRef {
            kind: self.kind,
            id: &self.id,
            owner_org: &self.owner_org,
            owner_user: &self.owner_user,
        }
    }

    /// `kind:id`, the audit target.
    pub fn target(&self) -> String {
        target(self.kind, &self.id)
    }
}

/// `kind:id`, the audit target naming a resource.
pub fn target(kind: ResourceKind, id: &str) -> String {
    format!("{}:{id}", kind.as_str())
}

/// The most any role can be for the actor, ownership included: viewers only read.
pub(crate) fn cap(actor: &Actor) -> ShareRole {
    if actor.is_writer() {
        ShareRole::Owner
    } else {
        ShareRole::Viewer
    }
}

/// The caller's effective role on a resource (see the module rules); `None` when
/// they have none.
pub async fn effective_role(
    state: &WorkspaceState,
    actor: &Actor,
    res: ResourceRef<'_>,
) -> ApiResult<Option<ShareRole>> {
    if actor.org_id == res.owner_org && (actor.user_id == res.owner_user || actor.is_org_admin()) {
        return Ok(Some(ShareRole::Owner.min(cap(actor))));
    }
    let entries = state
        .store
        .ws_sharing
        .shares_for(res.kind.as_str(), res.id, &actor.user_id, &actor.org_id)
        .await?;
    let best = entries
        .iter()
        .filter_map(|e| ShareRole::parse(&e.role))
        .max();
    Ok(best.map(|r| r.min(cap(actor))))
}

/// `Ok(role)` if the caller's effective role is at least `needed`; 404 `not_found`
/// when they have no role at all, 403 when they can see it but lack the role.
pub async fn require(
    state: &WorkspaceState,
    actor: &Actor,
    res: ResourceRef<'_>,
    needed: ShareRole,
) -> ApiResult<ShareRole> {
    let role = effective_role(state, actor, res).await?;
    allow(actor, res.kind, role, needed)
}

/// The one permission rule every resource kind answers with, given the caller's
/// effective role (already capped by [`cap`]): 404 without a role (existence is
/// never revealed), 403 below `needed` (naming the workspace role when that is
/// what caps it), else the role.
pub(crate) fn allow(
    actor: &Actor,
    kind: ResourceKind,
    role: Option<ShareRole>,
    needed: ShareRole,
) -> ApiResult<ShareRole> {
    match role {
        None => Err(ApiError::not_found(kind.as_str())),
        Some(role) if role >= needed => Ok(role),
        Some(_) if needed > cap(actor) => Err(Actor::read_only()),
        Some(role) => Err(ApiError::forbidden(format!(
            "your role on this {kind} is {role}; this needs {needed}: \
             ask its owner to share it with you as {needed}",
            kind = kind.as_str(),
            role = role.as_str(),
            needed = needed.as_str()
        ))),
    }
}

/// Ids of resources of `kind` shared with the caller (as a user or through their
/// org; links excluded), each with the caller's role from the ACL, oldest share
/// first. Resources the caller owns are not included unless shared with them.
pub async fn shared_with(
    state: &WorkspaceState,
    actor: &Actor,
    kind: ResourceKind,
) -> ApiResult<Vec<(String, ShareRole)>> {
    let entries = state
        .store
        .ws_sharing
        .shared_with(kind.as_str(), &actor.user_id, &actor.org_id)
        .await?;
    let mut best: BTreeMap<String, ShareRole> = BTreeMap::new();
    let mut order = Vec::new();
    for e in &entries {
        let Some(role) = ShareRole::parse(&e.role) else {
            continue;
        };
        let role = role.min(cap(actor));
        match best.get_mut(&e.resource_id) {
            Some(r) => *r = (*r).max(role),
            None => {
                best.insert(e.resource_id.clone(), role);
                order.push(e.resource_id.clone());
            }
        }
    }
    Ok(order
        .into_iter()
        .map(|id| {
            let role = best[&id];
            (id, role)
        })
        .collect())
}

/// The role a link gives on a resource, if `link_id` is one of its links (for
/// modules that serve link holders).
pub async fn link_role(
    state: &WorkspaceState,
    kind: ResourceKind,
    resource_id: &str,
    link_id: &str,
) -> ApiResult<Option<ShareRole>> {
    let entry = state
        .store
        .ws_sharing
        .link_share(kind.as_str(), resource_id, link_id)
        .await?;
    Ok(entry.and_then(|e| ShareRole::parse(&e.role)))
}

/// Removes every ACL entry of a resource (call when deleting it for good).
pub async fn forget(
    state: &WorkspaceState,
    kind: ResourceKind,
    resource_id: &str,
) -> ApiResult<()> {
    state
        .store
        .ws_sharing
        .delete_shares_of(kind.as_str(), resource_id)
        .await?;
    Ok(())
}

/// Who owns resource `id` of `kind`, asked of the module that stores it; `None`
/// when it does not exist.
pub async fn resolve(
    state: &WorkspaceState,
    kind: ResourceKind,
    id: &str,
) -> ApiResult<Option<Resource>> {
    match kind {
        ResourceKind::Doc => crate::docs::resource(state, kind, id).await,
        ResourceKind::Folder | ResourceKind::File => crate::drive::resource(state, kind, id).await,
        ResourceKind::Calendar => crate::calendar::resource(state, kind, id).await,
    }
}
