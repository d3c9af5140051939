//! The audit consumer: each identity event becomes an entry `identity.<type>` in the
//! workspace audit log of the event's org, with the event's actor, its target as
//! `<kind>:<id>` and its detail. The entry's request id is the event id, which makes
//! the consumer idempotent: an entry already there is not written twice.

use ws_storage::{AuditFilter, IdentityEvent};

use crate::audit::{AuditEntry, Outcome};
use crate::error::ApiResult;
use crate::state::WorkspaceState;

/// The audit action of an identity event type.
pub(super) fn action_of(event_type: &str) -> String {
    format!("identity.{event_type}")
}

pub(super) async fn apply(state: &WorkspaceState, event: &IdentityEvent) -> ApiResult<()> {
    let action = action_of(&event.event_type);
    let target = format!("{}:{}", event.target_kind, event.target_id);
    if already_recorded(state, event, &action, &target).await? {
        return Ok(());
    }
    let entry = AuditEntry {
        actor: event.actor.clone(),
        org: event.org_id.clone(),
        action,
        target,
        outcome: Outcome::Ok,
        request_id: Some(event.id.clone()),
        detail: event
            .detail
            .as_deref()
            .and_then(|d| serde_json::from_str(d).ok()),
    };
    state.audit.record(entry).await;
    Ok(())
}

/// Whether an earlier delivery wrote this event's entry (and died before recording
/// the delivery).
async fn already_recorded(
    state: &WorkspaceState,
    event: &IdentityEvent,
    action: &str,
    target: &str,
) -> ApiResult<bool> {
    let filter = AuditFilter {
        org_id: Some(event.org_id.clone()),
        action: Some(action.to_owned()),
        target: Some(target.to_owned()),
        limit: 1000,
        ..Default::default()
    };
    let entries = state.store.ws_audit.list_audit(&filter).await?;
    Ok(entries
        .iter()
        .any(|e| e.request_id.as_deref() == Some(event.id.as_str())))
}
