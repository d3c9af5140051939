//! Identity events at the change sites: every directory change (user created,
//! updated, deactivated, locked, deleted, password changed, org created, role granted,
//! project grant changed, session created, sign-in failed) goes through [`record`],
//! which writes the change and its event to the outbox in one transaction. The relay
//! in the workspace server reads the outbox and hands events to the consumers
//! (audit, provisioning, notifications).

use serde_json::Value;
use ws_storage::{IdentityChange, IdentityEvent, Store, StoreResult, new_id};

use crate::IdentityState;

/// What an event says besides who and when.
#[derive(Debug, Clone)]
pub struct EventOf<'a> {
    /// The event type, e.g. `user.created`.
    pub event_type: &'static str,
    /// The org the changed object belongs to.
    pub org_id: &'a str,
    /// The kind of the changed object (`user`, `org`, `authorization`, ...).
    pub target_kind: &'static str,
    /// Its id.
    pub target_id: &'a str,
    /// Extra detail (never a secret).
    pub detail: Option<Value>,
}

impl<'a> EventOf<'a> {
    /// An event about a user of `org_id`.
    pub fn user(event_type: &'static str, org_id: &'a str, user_id: &'a str) -> Self {
        Self::on(event_type, org_id, "user", user_id)
    }

    /// An event about object `target_kind:target_id` of `org_id`.
    pub fn on(
        event_type: &'static str,
        org_id: &'a str,
        target_kind: &'static str,
        target_id: &'a str,
    ) -> Self {
        Self {
            event_type,
            org_id,
            target_kind,
            target_id,
            detail: None,
        }
    }

    /// The same event with `detail`.
    pub fn with(mut self, detail: Value) -> Self {
        self.detail = Some(detail);
        self
    }
}

/// The actor of changes no user made (the bootstrap's seed).
pub const SYSTEM_ACTOR: &str = "system";

/// Runs `change` and stores its event, made by `actor`, in one transaction: either
/// both are stored or neither (the change's own error is returned unchanged).
pub async fn record(
    state: &IdentityState,
    actor: &str,
    change: IdentityChange<'_>,
    of: EventOf<'_>,
) -> StoreResult<()> {
    let at_ms = state.clock.now().saturating_mul(1000);
    record_in(&state.store, at_ms, actor, change, of).await
}

/// [`record`] on `store` at `at_ms`, for callers without an [`IdentityState`].
pub async fn record_in(
    store: &Store,
    at_ms: i64,
    actor: &str,
    change: IdentityChange<'_>,
    of: EventOf<'_>,
) -> StoreResult<()> {
    let event = IdentityEvent {
        id: new_id(),
        event_type: of.event_type.to_owned(),
        actor: actor.to_owned(),
        org_id: of.org_id.to_owned(),
        target_kind: of.target_kind.to_owned(),
        target_id: of.target_id.to_owned(),
        detail: of.detail.map(|d| d.to_string()),
        at_ms,
    };
    store.identity_events.apply(change, &event).await?;
    Ok(())
}
