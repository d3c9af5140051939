//! Provisioning of a new user (the seed's event-driven provisioning): each module's
//! hook — docs ("Getting started" doc), drive (My Drive root), calendar (personal
//! calendar) — runs once per user, then a `ws_provisioned` row records it. The
//! identity event consumer runs it on `user.created`; a user's first request runs it
//! too when that has not happened yet (a user created before events existed, or
//! whose event is still on its way).
//!
//! Hooks must be idempotent: if one fails, nothing is recorded, and every hook runs
//! again on the next attempt.

use std::collections::HashSet;
use std::sync::{Arc, RwLock};

use ws_storage::WsMember;

use crate::actor::Actor;
use crate::audit::{AuditEntry, Outcome};
use crate::error::ApiResult;
use crate::state::WorkspaceState;

/// The user a provisioning hook sets up.
#[derive(Debug, Clone, Copy)]
pub struct Newcomer<'a> {
    /// The user id.
    pub user_id: &'a str,
    /// The user's organization.
    pub org_id: &'a str,
}

/// Users known to be provisioned, and the lock that serialises provisioning so two
/// first requests of one user do not run the hooks twice at once.
#[derive(Debug, Default, Clone)]
pub(crate) struct Provisioned {
    done: Arc<RwLock<HashSet<String>>>,
    running: Arc<tokio::sync::Mutex<()>>,
}

impl Provisioned {
    fn contains(&self, user_id: &str) -> bool {
        self.done.read().is_ok_and(|d| d.contains(user_id))
    }

    fn insert(&self, user_id: &str) {
        if let Ok(mut d) = self.done.write() {
            d.insert(user_id.to_owned());
        }
    }
}

/// Runs every module's provisioning hook for `actor` unless that already happened.
pub async fn ensure_provisioned(state: &WorkspaceState, actor: &Actor) -> ApiResult<()> {
    let who = Newcomer {
        user_id: &actor.user_id,
        org_id: &actor.org_id,
    };
    provision_user(state, who, actor.request_id.clone()).await
}

/// Runs every module's provisioning hook for `who` unless that already happened;
/// `request_id` names the request or event that asked for it in the audit entry.
pub async fn provision_user(
    state: &WorkspaceState,
    who: Newcomer<'_>,
    request_id: Option<String>,
) -> ApiResult<()> {
    let cache = &state.provisioned;
    if cache.contains(who.user_id) {
        return Ok(());
    }
    let _guard = cache.running.lock().await;
    if cache.contains(who.user_id) {
        return Ok(());
    }
    if state
        .store
        .ws_sharing
        .get_member(who.user_id)
        .await?
        .is_none()
    {
        run_hooks(state, who).await?;
        let member = WsMember {
            user_id: who.user_id.to_owned(),
            org_id: who.org_id.to_owned(),
            created_at: state.now(),
        };
        if state.store.ws_sharing.add_member(&member).await? {
            let entry = AuditEntry {
                actor: who.user_id.to_owned(),
                org: who.org_id.to_owned(),
                action: "workspace.provision".to_owned(),
                target: format!("user:{}", who.user_id),
                outcome: Outcome::Ok,
                request_id,
                detail: None,
            };
            crate::audit::record_entry(state, entry).await;
        }
    }
    cache.insert(who.user_id);
    Ok(())
}

/// One call per module; a module that has nothing to provision keeps a no-op hook.
async fn run_hooks(state: &WorkspaceState, who: Newcomer<'_>) -> ApiResult<()> {
    crate::docs::provision(state, who).await?;
    crate::drive::provision(state, who).await?;
    crate::calendar::provision(state, who).await?;
    tracing::info!(user = %who.user_id, org = %who.org_id, "workspace user provisioned");
    Ok(())
}
