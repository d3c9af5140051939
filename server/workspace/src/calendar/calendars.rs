//! `GET/POST /calendars`, `GET/PATCH/DELETE /calendars/{id}`, and the personal
//! calendar made for each user on first use.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use ws_api::ErrorBody;
use ws_api::workspace::ListPage;
use ws_api::workspace::calendar::{Calendar, CreateCalendar, UpdateCalendar};
use ws_storage::{GranteeType, ShareRecord, StorageError, WsCalendar};

use super::access;
use super::convert::unix_to_wire;
use super::time::parse_tz;
use crate::actor::Actor;
use crate::audit::record_result;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::provision::Newcomer;
use crate::sharing::{self, ResourceKind, ShareRole};
use crate::state::WorkspaceState;

/// Longest calendar name, in characters.
const MAX_NAME: usize = 200;
/// Longest description, in characters.
const MAX_TEXT: usize = 10_000;

/// A calendar on the wire, with the caller's role.
pub fn to_wire(c: &WsCalendar, role: ShareRole) -> Calendar {
    Calendar {
        id: c.id.clone(),
        name: c.name.clone(),
        description: c.description.clone(),
        time_zone: c.time_zone.clone(),
        personal: c.personal,
        owner: c.owner_user.clone(),
        org_id: c.org_id.clone(),
        role: role.as_str().to_owned(),
        created_at: unix_to_wire(c.created_at),
        updated_at: unix_to_wire(c.changed_at),
    }
}

/// Checks a name or text field: length and no control characters (but newlines and
/// tabs in multi-line text).
pub fn check_text(field: &str, text: &str, max: usize, required: bool) -> ApiResult<String> {
    let text = text.trim();
    if required && text.is_empty() {
        return Err(ApiError::invalid(field, "must not be empty"));
    }
    if text.chars().count() > max {
        return Err(ApiError::invalid(
            field,
            format!("at most {max} characters"),
        ));
    }
    let multi_line = !required;
    if text
        .chars()
        .any(|c| c.is_control() && !(multi_line && (c == '\n' || c == '\t')))
    {
        return Err(ApiError::invalid(
            field,
            "control characters are not allowed",
        ));
    }
    Ok(text.to_owned())
}

/// Makes the caller's personal calendar unless they have one (idempotent).
pub async fn provision(state: &WorkspaceState, who: Newcomer<'_>) -> ApiResult<()> {
    let repo = &state.store.ws_calendars;
    if repo.get_personal_calendar(who.user_id).await?.is_some() {
        return Ok(());
    }
    // Named after the user where the embedded directory knows them.
    let name = match state.store.users.get_user(who.user_id).await? {
        Some(u) => u.username,
        None => "My calendar".to_owned(),
    };
    let now = state.now();
    let cal = WsCalendar {
        id: ws_storage::new_id(),
        org_id: who.org_id.to_owned(),
        owner_user: who.user_id.to_owned(),
        name,
        description: String::new(),
        time_zone: "UTC".to_owned(),
        personal: true,
        created_at: now,
        changed_at: now,
    };
    match repo.create_calendar(&cal).await {
        // Another request made it first: that one stands.
        Ok(()) | Err(StorageError::Conflict(_)) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// `GET /calendars`: the caller's own calendars and those shared with them.
#[utoipa::path(get, path = "/calendars", tag = "calendars",
    responses((status = 200, description = "The caller's calendars and those shared with them", body = ListPage<Calendar>)))]
pub async fn list(
    State(state): State<WorkspaceState>,
    actor: Actor,
) -> ApiResult<Json<ListPage<Calendar>>> {
    let shared = sharing::shared_with(&state, &actor, ResourceKind::Calendar).await?;
    let ids: Vec<String> = shared.iter().map(|(id, _)| id.clone()).collect();
    let rows = state
        .store
        .ws_calendars
        .list_calendars(&actor.user_id, &ids)
        .await?;
    let mut items = Vec::with_capacity(rows.len());
    for c in &rows {
        if let Some(role) = access::role_on(&state, &actor, c).await? {
            items.push(to_wire(c, role));
        }
    }
    Ok(Json(ListPage {
        items,
        next_page_token: None,
    }))
}

/// `GET /calendars/{id}`.
#[utoipa::path(get, path = "/calendars/{id}", tag = "calendars", params(("id" = String, Path, description = "Calendar id")),
    responses((status = 200, description = "The calendar with the caller's role", body = Calendar), (status = 404, description = "No such calendar, or none the caller may see", body = ErrorBody)))]
pub async fn get(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<Json<Calendar>> {
    let (cal, role) = access::calendar(&state, &actor, &id, ShareRole::Viewer).await?;
    Ok(Json(to_wire(&cal, role)))
}

/// `POST /calendars`: a shared calendar owned by the caller; with `org_role`, shared
/// with the caller's whole organization (an org calendar).
#[utoipa::path(post, path = "/calendars", tag = "calendars", request_body = CreateCalendar,
    responses(
        (status = 201, description = "The new calendar", body = Calendar),
        (status = 400, description = "A bad name, time zone or `org_role`, named in the message", body = ErrorBody),
        (status = 403, description = "Viewers cannot create calendars", body = ErrorBody)))]
pub async fn create(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiJson(body): ApiJson<CreateCalendar>,
) -> ApiResult<(StatusCode, Json<Calendar>)> {
    let result = create_calendar(&state, &actor, &body).await;
    let target = match &result {
        Ok(c) => sharing::target(ResourceKind::Calendar, &c.id),
        Err(_) => "calendar:-".to_owned(),
    };
    record_result(&state, &actor, "calendars.create", target, &result).await;
    result.map(|c| (StatusCode::CREATED, Json(c)))
}

async fn create_calendar(
    state: &WorkspaceState,
    actor: &Actor,
    body: &CreateCalendar,
) -> ApiResult<Calendar> {
    actor.require_writer()?;
    let name = check_text("name", &body.name, MAX_NAME, true)?;
    let description = check_text(
        "description",
        body.description.as_deref().unwrap_or(""),
        MAX_TEXT,
        false,
    )?;
    let tz = parse_tz("time_zone", body.time_zone.as_deref().unwrap_or("UTC"))?;
    let org_role = match body.org_role.as_deref() {
        None => None,
        Some(r) => match ShareRole::parse(r) {
            Some(role @ (ShareRole::Viewer | ShareRole::Editor)) => Some(role),
            _ => {
                return Err(ApiError::invalid(
                    "org_role",
                    "must be 'viewer' or 'editor'",
                ));
            }
        },
    };
    let now = state.now();
    let cal = WsCalendar {
        id: ws_storage::new_id(),
        org_id: actor.org_id.clone(),
        owner_user: actor.user_id.clone(),
        name,
        description,
        time_zone: tz.name().to_owned(),
        personal: false,
        created_at: now,
        changed_at: now,
    };
    state.store.ws_calendars.create_calendar(&cal).await?;
    if let Some(role) = org_role
        && let Err(e) = share_with_org(state, actor, &cal, role).await
    {
        // No calendar without the org share it was asked with.
        state.store.ws_calendars.delete_calendar(&cal.id).await?;
        return Err(e);
    }
    Ok(to_wire(&cal, ShareRole::Owner))
}

async fn share_with_org(
    state: &WorkspaceState,
    actor: &Actor,
    cal: &WsCalendar,
    role: ShareRole,
) -> ApiResult<()> {
    let record = ShareRecord {
        id: ws_storage::new_id(),
        org_id: cal.org_id.clone(),
        resource_kind: ResourceKind::Calendar.as_str().to_owned(),
        resource_id: cal.id.clone(),
        grantee_type: GranteeType::Org,
        grantee_id: cal.org_id.clone(),
        grantee_org: cal.org_id.clone(),
        role: role.as_str().to_owned(),
        created_by: actor.user_id.clone(),
        created_at: state.now(),
    };
    state.store.ws_sharing.put_share(&record).await?;
    Ok(())
}

/// `PATCH /calendars/{id}` (editor).
#[utoipa::path(patch, path = "/calendars/{id}", tag = "calendars", request_body = UpdateCalendar, params(("id" = String, Path, description = "Calendar id")),
    responses(
        (status = 200, description = "The changed calendar", body = Calendar),
        (status = 400, description = "A bad name or time zone, named in the message", body = ErrorBody),
        (status = 403, description = "Editors and up may change a calendar", body = ErrorBody),
        (status = 404, description = "No such calendar, or none the caller may see", body = ErrorBody)))]
pub async fn update(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UpdateCalendar>,
) -> ApiResult<Json<Calendar>> {
    let result = update_calendar(&state, &actor, &id, &body).await;
    record_result(
        &state,
        &actor,
        "calendars.update",
        sharing::target(ResourceKind::Calendar, &id),
        &result,
    )
    .await;
    result.map(Json)
}

async fn update_calendar(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    body: &UpdateCalendar,
) -> ApiResult<Calendar> {
    let (mut cal, role) = access::calendar(state, actor, id, ShareRole::Editor).await?;
    if let Some(name) = &body.name {
        cal.name = check_text("name", name, MAX_NAME, true)?;
    }
    if let Some(d) = &body.description {
        cal.description = check_text("description", d, MAX_TEXT, false)?;
    }
    if let Some(tz) = &body.time_zone {
        cal.time_zone = parse_tz("time_zone", tz)?.name().to_owned();
    }
    cal.changed_at = state.now();
    state.store.ws_calendars.update_calendar(&cal).await?;
    Ok(to_wire(&cal, role))
}

/// `DELETE /calendars/{id}` (owner); a personal calendar cannot be deleted.
#[utoipa::path(delete, path = "/calendars/{id}", tag = "calendars", params(("id" = String, Path, description = "Calendar id")),
    responses(
        (status = 204, description = "Deleted with its events and shares"),
        (status = 403, description = "Only owners may delete", body = ErrorBody),
        (status = 404, description = "No such calendar, or none the caller may see", body = ErrorBody),
        (status = 409, description = "A personal calendar cannot be deleted", body = ErrorBody)))]
pub async fn delete(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    let result = delete_calendar(&state, &actor, &id).await;
    record_result(
        &state,
        &actor,
        "calendars.delete",
        sharing::target(ResourceKind::Calendar, &id),
        &result,
    )
    .await;
    result.map(|()| StatusCode::NO_CONTENT)
}

async fn delete_calendar(state: &WorkspaceState, actor: &Actor, id: &str) -> ApiResult<()> {
    let (cal, _) = access::calendar(state, actor, id, ShareRole::Owner).await?;
    if cal.personal {
        return Err(ApiError::conflict(
            "a personal calendar cannot be deleted; delete its events instead",
        ));
    }
    state.store.ws_calendars.delete_calendar(&cal.id).await?;
    sharing::forget(state, ResourceKind::Calendar, &cal.id).await?;
    Ok(())
}
