//! The provisioning consumer: on `user.created` for a human, the seed's defaults for
//! the new user (see [`crate::provision`]), idempotent like every hook there.

use serde_json::Value;
use ws_storage::IdentityEvent;

use crate::error::ApiResult;
use crate::provision::{Newcomer, provision_user};
use crate::state::WorkspaceState;

pub(super) async fn apply(state: &WorkspaceState, event: &IdentityEvent) -> ApiResult<()> {
    if event.event_type != "user.created" || event.target_kind != "user" || !is_human(event) {
        return Ok(());
    }
    // A user deleted since has nothing to provision.
    if state
        .store
        .users
        .get_user(&event.target_id)
        .await?
        .is_none()
    {
        return Ok(());
    }
    let who = Newcomer {
        user_id: &event.target_id,
        org_id: &event.org_id,
    };
    provision_user(state, who, Some(event.id.clone())).await
}

/// Machine users get no documents or calendars; an event without the flag is a human.
fn is_human(event: &IdentityEvent) -> bool {
    let detail: Option<Value> = event
        .detail
        .as_deref()
        .and_then(|d| serde_json::from_str(d).ok());
    detail
        .and_then(|d| d.get("human").and_then(Value::as_bool))
        .unwrap_or(true)
}
