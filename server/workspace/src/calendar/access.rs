//! Who may do what with a calendar or event: the ACL check (through
//! [`crate::sharing`]), the lookups that go with it, and users named in requests
//! (invitees, free/busy subjects).

use ws_storage::{WsCalendar, WsEvent};

use super::time::FieldError;
use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::sharing::{self, Resource, ResourceKind, ResourceRef, ShareRole};
use crate::state::WorkspaceState;

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> Self {
        ApiError::invalid(&e.field, e.message)
    }
}

/// The sharing view of a calendar.
pub fn resource_of(cal: &WsCalendar) -> Resource {
    Resource {
        kind: ResourceKind::Calendar,
        id: cal.id.clone(),
        owner_org: cal.org_id.clone(),
        owner_user: cal.owner_user.clone(),
    }
}

fn as_ref(cal: &WsCalendar) -> ResourceRef<'_> {
    ResourceRef {
        kind: ResourceKind::Calendar,
        id: &cal.id,
        owner_org: &cal.org_id,
        owner_user: &cal.owner_user,
    }
}

/// The calendar `id` if the caller holds at least `needed` on it: 404 when it does
/// not exist or they have no role, 403 when they see it but lack the role (a viewer
/// lacks every role above viewer, see [`sharing::allow`]).
pub async fn calendar(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    needed: ShareRole,
) -> ApiResult<(WsCalendar, ShareRole)> {
    let cal = state
        .store
        .ws_calendars
        .get_calendar(id)
        .await?
        .ok_or_else(|| ApiError::not_found("calendar"))?;
    let role = sharing::require(state, actor, as_ref(&cal), needed).await?;
    Ok((cal, role))
}

/// The caller's role on a calendar, without failing (for listings).
pub async fn role_on(
    state: &WorkspaceState,
    actor: &Actor,
    cal: &WsCalendar,
) -> ApiResult<Option<ShareRole>> {
    sharing::effective_role(state, actor, as_ref(cal)).await
}

/// The event `eid` of calendar `cal`; 404 when it is in another calendar.
pub async fn event_in(state: &WorkspaceState, cal: &WsCalendar, eid: &str) -> ApiResult<WsEvent> {
    state
        .store
        .ws_calendars
        .get_event(eid)
        .await?
        .filter(|e| e.calendar_id == cal.id)
        .ok_or_else(|| ApiError::not_found("event"))
}

/// The series master holding the invitations of `event` (itself unless it is an
/// overridden instance).
pub async fn master_of(state: &WorkspaceState, event: WsEvent) -> ApiResult<WsEvent> {
    if event.recurrence_id.is_none() {
        return Ok(event);
    }
    Ok(state
        .store
        .ws_calendars
        .find_event(&event.calendar_id, &event.uid, None)
        .await?
        .unwrap_or(event))
}

/// A user named by id, username, login name or email who may use the workspace (the
/// workspace's [`sharing::Directory`] decides, wherever the users live), as
/// `(id, org)`.
/// `orgs`, when given, limits the orgs accepted. Unknown and refused users get the
/// same 400, naming `field`, so nobody learns which ids exist elsewhere.
pub async fn workspace_user(
    state: &WorkspaceState,
    field: &str,
    name: &str,
    orgs: Option<&[&str]>,
) -> ApiResult<(String, String)> {
    let name = name.trim();
    let refused = || {
        ApiError::invalid(
            field,
            format!("'{name}' is not a workspace user you can reach (use a user id or username)"),
        )
    };
    if name.is_empty() {
        return Err(ApiError::invalid(field, "must not be empty"));
    }
    let user = state.directory.find_user(name).await?.ok_or_else(refused)?;
    if orgs.is_some_and(|allowed| !allowed.contains(&user.org_id.as_str())) {
        return Err(refused());
    }
    Ok((user.id, user.org_id))
}
