//! First use of a user (the seed's event-driven provisioning): each module's hook
//! runs once per user — docs ("Getting started" doc), drive (My Drive root),
//! calendar (personal calendar) — then a `ws_provisioned` row records it.
//!
//! Hooks must be idempotent: if one fails, the request fails with its error, nothing
//! is recorded, and every hook runs again on the user's next request.
//!
//! Two first requests of one user may run the hooks at the same time, in one process
//! or on two replicas of one database; no lock is taken for it. The database keeps
//! the result single: the "Getting started" doc has a fixed id, and unique indexes
//! allow one My Drive root and one personal calendar per user, so the loser of a race
//! finds the winner's row (the hooks treat the conflict as done); `add_member` is an
//! insert-if-absent, so exactly one of them records `workspace.provision`.

use std::collections::HashSet;
use std::sync::{Arc, RwLock};

use ws_storage::WsMember;

use crate::actor::Actor;
use crate::error::ApiResult;
use crate::state::WorkspaceState;

/// Users known to be provisioned (read once per user and process; the database, not
/// this cache, keeps provisioning single).
#[derive(Debug, Default, Clone)]
pub(crate) struct Provisioned {
    done: Arc<RwLock<HashSet<String>>>,
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
    let cache = &state.provisioned;
    if cache.contains(&actor.user_id) {
        return Ok(());
    }
    if state
        .store
        .ws_sharing
        .get_member(&actor.user_id)
        .await?
        .is_none()
    {
        run_hooks(state, actor).await?;
        let member = WsMember {
            user_id: actor.user_id.clone(),
            org_id: actor.org_id.clone(),
            created_at: state.now(),
        };
        if state.store.ws_sharing.add_member(&member).await? {
            crate::audit::record_ok(
                state,
                actor,
                "workspace.provision",
                format!("user:{}", actor.user_id),
            )
            .await;
        }
    }
    cache.insert(&actor.user_id);
    Ok(())
}

/// One call per module; a module that has nothing to provision keeps a no-op hook.
async fn run_hooks(state: &WorkspaceState, actor: &Actor) -> ApiResult<()> {
    crate::docs::provision(state, actor).await?;
    crate::drive::provision(state, actor).await?;
    crate::calendar::provision(state, actor).await?;
    tracing::info!(user = %actor.user_id, org = %actor.org_id, "workspace user provisioned");
    Ok(())
}
