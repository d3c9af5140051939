//! `POST /freebusy`: when workspace users the caller could invite are busy (their
//! own org's or a granted one's), as merged intervals only (never titles, places or
//! calendars).

use std::collections::HashSet;

use axum::Json;
use axum::extract::State;
use ws_api::ErrorBody;
use ws_api::workspace::calendar::{BusyInterval, FreeBusyRequest, FreeBusyResponse, UserBusy};
use ws_storage::{WsAttendeeStatus, WsEvent};

use super::access;
use super::convert::{self, expand};
use super::events::MAX_WINDOW_DAYS;
use super::freebusy::merge;
use super::recur::Window;
use super::time::rfc3339;
use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::state::WorkspaceState;

/// Most users one request may ask about.
pub const MAX_USERS: usize = 50;

/// `POST /freebusy`.
#[utoipa::path(post, path = "/freebusy", tag = "calendars", request_body = FreeBusyRequest,
    responses(
        (status = 200, description = "Busy intervals per user, nothing else about the events", body = FreeBusyResponse),
        (status = 400, description = "A bad window, too many users, or a user the caller could not invite (named as `users[i]`)", body = ErrorBody)))]
pub async fn freebusy(
    State(state): State<WorkspaceState>,
    _signed_in: Actor,
    ApiJson(body): ApiJson<FreeBusyRequest>,
) -> ApiResult<Json<FreeBusyResponse>> {
    if body.users.is_empty() || body.users.len() > MAX_USERS {
        return Err(ApiError::invalid(
            "users",
            format!("name 1 to {MAX_USERS} users"),
        ));
    }
    let window = convert::window(&body.from, &body.to, MAX_WINDOW_DAYS)?;
    let mut users = Vec::with_capacity(body.users.len());
    for (i, name) in body.users.iter().enumerate() {
        let field = format!("users[{i}]");
        // Whoever could be invited (the directory decides, across orgs): intervals
        // only, so nothing of an event is told.
        let (user_id, _) = access::workspace_user(&state, &field, name, None).await?;
        let busy = busy_of(&state, &user_id, window).await?;
        users.push(UserBusy {
            user: name.clone(),
            user_id,
            busy,
        });
    }
    Ok(Json(FreeBusyResponse {
        from: rfc3339(window.from),
        to: rfc3339(window.to),
        users,
    }))
}

/// A user's busy intervals: busy events of their personal calendar, of the events
/// they organize on any calendar, and of the invitations they did not decline.
async fn busy_of(
    state: &WorkspaceState,
    user_id: &str,
    window: Window,
) -> ApiResult<Vec<BusyInterval>> {
    let repo = &state.store.ws_calendars;
    let (from, to) = (window.from.timestamp(), window.to.timestamp());
    let mut rows = match repo.get_personal_calendar(user_id).await? {
        Some(cal) => {
            repo.events_in_window(std::slice::from_ref(&cal.id), from, to)
                .await?
        }
        None => vec![],
    };
    let invited = repo.invited_events(user_id, from, to).await?;
    let declined = declined_series(&invited, user_id);
    // Meetings the user organizes, on a team calendar too (duplicates merge below).
    rows.extend(repo.organized_events(user_id, from, to).await?);
    rows.extend(
        invited
            .into_iter()
            .filter(|r| !declined.contains(&(r.calendar_id.clone(), r.uid.clone()))),
    );
    rows.retain(|r| r.busy);
    let intervals = expand(&rows, window)?
        .into_iter()
        .map(|o| (o.instance.start_at, o.instance.end_at));
    Ok(merge(intervals, window)
        .into_iter()
        .map(|(s, e)| BusyInterval {
            start: rfc3339(s),
            end: rfc3339(e),
        })
        .collect())
}

/// The series (calendar, uid) whose invitation `user_id` declined.
fn declined_series(rows: &[WsEvent], user_id: &str) -> HashSet<(String, String)> {
    rows.iter()
        .filter(|r| {
            r.attendees
                .iter()
                .any(|a| a.user_id == user_id && a.status == WsAttendeeStatus::Declined)
        })
        .map(|r| (r.calendar_id.clone(), r.uid.clone()))
        .collect()
}
