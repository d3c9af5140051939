//! Invitations: resolving invitees (by id or username, in organizations that use the
//! workspace), what an invitee may see, and `POST .../events/{eid}/respond`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use ws_api::ErrorBody;
use ws_api::workspace::calendar::{Event, RespondRequest, ResponseStatus};
use ws_storage::{WsAttendee, WsAttendeeStatus, WsEvent};

use super::access;
use super::convert::{event_to_wire, row_times, status_from_wire};
use crate::actor::Actor;
use crate::audit::record_result;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::sharing::ShareRole;
use crate::state::WorkspaceState;

/// Most invitees of one event.
pub const MAX_ATTENDEES: usize = 200;

/// The attendee list for `names` (user ids or usernames, duplicates dropped): users
/// who may use the workspace (their own org, or an org holding the workspace grant).
/// Users already in `keep` keep their answers; new ones start at `needs_action`.
pub async fn resolve(
    state: &WorkspaceState,
    names: &[String],
    keep: &[WsAttendee],
) -> ApiResult<Vec<WsAttendee>> {
    if names.len() > MAX_ATTENDEES {
        return Err(ApiError::invalid(
            "attendees",
            format!("at most {MAX_ATTENDEES} invitees"),
        ));
    }
    let mut out: Vec<WsAttendee> = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let (user_id, org_id) =
            access::workspace_user(state, &format!("attendees[{i}]"), name, None).await?;
        if out.iter().any(|a| a.user_id == user_id) {
            continue;
        }
        let status = keep
            .iter()
            .find(|a| a.user_id == user_id)
            .map_or(WsAttendeeStatus::NeedsAction, |a| a.status);
        out.push(WsAttendee {
            user_id,
            org_id,
            status,
        });
    }
    Ok(out)
}

/// The event `eid` of calendar `cal_id` for a caller who cannot see the calendar but
/// is invited; the same 404 otherwise.
pub async fn as_invitee(
    state: &WorkspaceState,
    actor: &Actor,
    cal_id: &str,
    eid: &str,
) -> ApiResult<WsEvent> {
    let event = state
        .store
        .ws_calendars
        .get_event(eid)
        .await?
        .filter(|e| e.calendar_id == cal_id)
        .ok_or_else(|| ApiError::not_found("event"))?;
    let master = access::master_of(state, event.clone()).await?;
    if master.attendees.iter().any(|a| a.user_id == actor.user_id) {
        Ok(event)
    } else {
        Err(ApiError::not_found("event"))
    }
}

/// `POST /calendars/{id}/events/{eid}/respond`: the caller answers their invitation
/// (to the whole series when `eid` is one of its occurrences).
#[utoipa::path(post, path = "/calendars/{id}/events/{eid}/respond", tag = "calendars", request_body = RespondRequest,
    params(("id" = String, Path, description = "Calendar id"), ("eid" = String, Path, description = "Event id")),
    responses(
        (status = 200, description = "The event with the caller's answer", body = Event),
        (status = 400, description = "`status` must be `accepted`, `declined` or `tentative`", body = ErrorBody),
        (status = 403, description = "The caller sees the calendar but is not invited", body = ErrorBody),
        (status = 404, description = "No such calendar or event, or none the caller may see", body = ErrorBody)))]
pub async fn respond(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, eid)): Path<(String, String)>,
    ApiJson(body): ApiJson<RespondRequest>,
) -> ApiResult<Json<Event>> {
    let result = respond_to(&state, &actor, &id, &eid, body.status).await;
    record_result(
        &state,
        &actor,
        "events.respond",
        format!("event:{eid}"),
        &result,
    )
    .await;
    result.map(Json)
}

async fn respond_to(
    state: &WorkspaceState,
    actor: &Actor,
    cal_id: &str,
    eid: &str,
    status: ResponseStatus,
) -> ApiResult<Event> {
    if status == ResponseStatus::NeedsAction {
        return Err(ApiError::invalid(
            "status",
            "answer 'accepted', 'declined' or 'tentative'",
        ));
    }
    let event = match as_invitee(state, actor, cal_id, eid).await {
        Ok(e) => e,
        Err(e) if e.status == StatusCode::NOT_FOUND => {
            // Someone who sees the calendar learns they are not invited; others get 404.
            access::calendar(state, actor, cal_id, ShareRole::Viewer).await?;
            return Err(ApiError::forbidden(
                "you are not invited to this event; ask its organiser to invite you",
            ));
        }
        Err(e) => return Err(e),
    };
    let master = access::master_of(state, event).await?;
    let now = state.now();
    state
        .store
        .ws_calendars
        .set_attendee_status(&master.id, &actor.user_id, status_from_wire(status), now)
        .await?;
    let stored = state
        .store
        .ws_calendars
        .get_event(&master.id)
        .await?
        .ok_or_else(|| ApiError::not_found("event"))?;
    let times = row_times(&stored)?;
    Ok(event_to_wire(&stored, &times))
}
