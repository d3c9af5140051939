//! `GET/POST /calendars/{id}/events` (occurrences of a window; new events) and
//! `GET/PATCH/DELETE /calendars/{id}/events/{eid}` (with `?occurrence=` for one
//! occurrence of a series: an overridden instance, or an exception).

use std::collections::HashSet;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use ws_api::ErrorBody;
use ws_api::workspace::ListPage;
use ws_api::workspace::calendar::{CreateEvent, Event, Occurrence, UpdateEvent};
use ws_storage::{WsCalendar, WsEvent};

use super::access;
use super::calendars::check_text;
use super::convert::{
    self, event_to_wire, row_times, set_times, times_from_create, times_from_update,
};
use super::ics::wire_to_stamp;
use super::invite;
use super::recur::{Window, occurrences};
use super::time::{EventTimes, FieldError, Stamp, parse_tz};
use crate::actor::Actor;
use crate::audit::record_result;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::sharing::ShareRole;
use crate::state::WorkspaceState;

/// Longest window one listing may ask for, in days.
pub const MAX_WINDOW_DAYS: i64 = 400;
const MAX_SUMMARY: usize = 500;
const MAX_TEXT: usize = 10_000;

/// `?from=&to=` of a listing.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WindowQuery {
    /// Window start (RFC 3339 or a date).
    pub from: String,
    /// Window end, exclusive.
    pub to: String,
}

/// `?occurrence=` of a change to one occurrence of a series.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OccurrenceQuery {
    /// The occurrence's original start (as listed in `original_start`).
    pub occurrence: Option<String>,
}

fn audit_target(eid: &str) -> String {
    format!("event:{eid}")
}

/// `GET /calendars/{id}/events?from=&to=`: the occurrences meeting the window; on the
/// caller's personal calendar also the events they are invited to.
#[utoipa::path(get, path = "/calendars/{id}/events", tag = "calendars", params(("id" = String, Path, description = "Calendar id"), WindowQuery),
    responses(
        (status = 200, description = "Occurrences meeting the window (recurrences expanded), by start", body = ListPage<Occurrence>),
        (status = 400, description = "A bad or too long window (at most 400 days), named in the message", body = ErrorBody),
        (status = 404, description = "No such calendar, or none the caller may see", body = ErrorBody)))]
pub async fn list(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<WindowQuery>,
) -> ApiResult<Json<ListPage<Occurrence>>> {
    let (cal, _) = access::calendar(&state, &actor, &id, ShareRole::Viewer).await?;
    let window = convert::window(&q.from, &q.to, MAX_WINDOW_DAYS)?;
    let (from, to) = (window.from.timestamp(), window.to.timestamp());
    let repo = &state.store.ws_calendars;
    let mut rows = repo
        .events_in_window(std::slice::from_ref(&cal.id), from, to)
        .await?;
    if cal.personal && cal.owner_user == actor.user_id {
        let own: HashSet<String> = rows.iter().map(|r| r.id.clone()).collect();
        let invited = repo.invited_events(&actor.user_id, from, to).await?;
        rows.extend(invited.into_iter().filter(|r| !own.contains(&r.id)));
    }
    let items = convert::expand(&rows, window)?
        .iter()
        .map(|o| o.to_wire())
        .collect();
    Ok(Json(ListPage {
        items,
        next_page_token: None,
    }))
}

/// `POST /calendars/{id}/events` (editor).
#[utoipa::path(post, path = "/calendars/{id}/events", tag = "calendars", request_body = CreateEvent, params(("id" = String, Path, description = "Calendar id")),
    responses(
        (status = 201, description = "The new event", body = Event),
        (status = 400, description = "A bad field, named in the message: times, unknown IANA time zone, broken RRULE, unknown attendee", body = ErrorBody),
        (status = 403, description = "Editors and up may add events", body = ErrorBody),
        (status = 404, description = "No such calendar, or none the caller may see", body = ErrorBody),
        (status = 409, description = "An event with that UID exists", body = ErrorBody)))]
pub async fn create(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CreateEvent>,
) -> ApiResult<(StatusCode, Json<Event>)> {
    let result = create_event(&state, &actor, &id, &body).await;
    let target = result
        .as_ref()
        .map_or_else(|_| format!("calendar:{id}"), |e| audit_target(&e.id));
    record_result(&state, &actor, "events.create", target, &result).await;
    result.map(|e| (StatusCode::CREATED, Json(e)))
}

async fn create_event(
    state: &WorkspaceState,
    actor: &Actor,
    cal_id: &str,
    body: &CreateEvent,
) -> ApiResult<Event> {
    let (cal, _) = access::calendar(state, actor, cal_id, ShareRole::Editor).await?;
    let times = times_from_create(body, parse_tz("time_zone", &cal.time_zone)?)?;
    let attendees = invite::resolve(state, &body.attendees, &[]).await?;
    let id = ws_storage::new_id();
    let now = state.now();
    let mut row = WsEvent {
        uid: format!("{id}@ws"),
        id,
        calendar_id: cal.id.clone(),
        org_id: cal.org_id.clone(),
        recurrence_id: None,
        summary: check_text("summary", &body.summary, MAX_SUMMARY, true)?,
        description: check_text(
            "description",
            body.description.as_deref().unwrap_or(""),
            MAX_TEXT,
            false,
        )?,
        location: check_text(
            "location",
            body.location.as_deref().unwrap_or(""),
            MAX_SUMMARY,
            false,
        )?,
        all_day: times.all_day(),
        time_zone: String::new(),
        start_local: String::new(),
        end_local: String::new(),
        rrule: None,
        exdates: vec![],
        busy: body.busy.unwrap_or(!times.all_day()),
        organizer: actor.user_id.clone(),
        sequence: 0,
        span_start: 0,
        span_end: None,
        attendees,
        created_at: now,
        changed_at: now,
    };
    set_times(&mut row, &times)?;
    state.store.ws_calendars.create_event(&row).await?;
    Ok(event_to_wire(&row, &times))
}

/// `GET /calendars/{id}/events/{eid}`: for viewers of the calendar and invitees.
#[utoipa::path(get, path = "/calendars/{id}/events/{eid}", tag = "calendars", params(("id" = String, Path, description = "Calendar id"), ("eid" = String, Path, description = "Event id")),
    responses((status = 200, description = "The event (for viewers of the calendar and invitees)", body = Event), (status = 404, description = "No such calendar or event, or none the caller may see", body = ErrorBody)))]
pub async fn get(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, eid)): Path<(String, String)>,
) -> ApiResult<Json<Event>> {
    let event = match access::calendar(&state, &actor, &id, ShareRole::Viewer).await {
        Ok((cal, _)) => access::event_in(&state, &cal, &eid).await?,
        Err(e) if e.status == StatusCode::NOT_FOUND => {
            invite::as_invitee(&state, &actor, &id, &eid).await?
        }
        Err(e) => return Err(e),
    };
    let times = row_times(&event)?;
    Ok(Json(event_to_wire(&event, &times)))
}

/// `PATCH /calendars/{id}/events/{eid}[?occurrence=]` (editor).
#[utoipa::path(patch, path = "/calendars/{id}/events/{eid}", tag = "calendars", request_body = UpdateEvent,
    params(("id" = String, Path, description = "Calendar id"), ("eid" = String, Path, description = "Event id"), OccurrenceQuery),
    responses(
        (status = 200, description = "The changed event (with `occurrence`: the overridden instance)", body = Event),
        (status = 400, description = "A bad field or `occurrence`, named in the message", body = ErrorBody),
        (status = 403, description = "Editors and up may change events", body = ErrorBody),
        (status = 404, description = "No such calendar or event, or none the caller may see", body = ErrorBody)))]
pub async fn update(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, eid)): Path<(String, String)>,
    ApiQuery(q): ApiQuery<OccurrenceQuery>,
    ApiJson(body): ApiJson<UpdateEvent>,
) -> ApiResult<Json<Event>> {
    let result = update_event(&state, &actor, &id, &eid, q.occurrence.as_deref(), &body).await;
    record_result(&state, &actor, "events.update", audit_target(&eid), &result).await;
    result.map(Json)
}

async fn update_event(
    state: &WorkspaceState,
    actor: &Actor,
    cal_id: &str,
    eid: &str,
    occurrence: Option<&str>,
    body: &UpdateEvent,
) -> ApiResult<Event> {
    let (cal, _) = access::calendar(state, actor, cal_id, ShareRole::Editor).await?;
    let event = access::event_in(state, &cal, eid).await?;
    let (mut row, old, times) = match occurrence {
        Some(occ) => {
            if body.rrule.is_some() || body.exdates.is_some() {
                return Err(ApiError::invalid(
                    "rrule",
                    "one occurrence cannot have its own rule or exceptions",
                ));
            }
            let (row, base) = override_row(state, &cal, &event, occ).await?;
            let times = times_from_update(&base, body)?;
            (row, base, times)
        }
        None => {
            let old = row_times(&event)?;
            let times = times_from_update(&old, body)?;
            (event, old, times)
        }
    };
    if let Some(list) = &body.attendees {
        if row.recurrence_id.is_some() {
            return Err(ApiError::invalid(
                "attendees",
                "invite to the whole series, not one occurrence",
            ));
        }
        row.attendees = invite::resolve(state, list, &row.attendees).await?;
    }
    apply_text(&mut row, body)?;
    if let Some(busy) = body.busy {
        row.busy = busy;
    }
    if times != old {
        row.sequence += 1;
    }
    set_times(&mut row, &times)?;
    row.changed_at = state.now();
    save(state, &row).await?;
    Ok(event_to_wire(&row, &times))
}

fn apply_text(row: &mut WsEvent, body: &UpdateEvent) -> ApiResult<()> {
    if let Some(s) = &body.summary {
        row.summary = check_text("summary", s, MAX_SUMMARY, true)?;
    }
    if let Some(d) = &body.description {
        row.description = check_text("description", d, MAX_TEXT, false)?;
    }
    if let Some(l) = &body.location {
        row.location = check_text("location", l, MAX_SUMMARY, false)?;
    }
    Ok(())
}

/// Stores a row that may not exist yet (a new overridden instance).
async fn save(state: &WorkspaceState, row: &WsEvent) -> ApiResult<()> {
    let repo = &state.store.ws_calendars;
    if repo.get_event(&row.id).await?.is_some() {
        repo.update_event(row).await?;
    } else {
        repo.create_event(row).await?;
    }
    Ok(())
}

/// The series master of `event` and the canonical original start of `occurrence`
/// in it; 400 unless the series really has that occurrence.
fn locate(event: &WsEvent, occurrence: &str) -> ApiResult<(EventTimes, Stamp)> {
    let not_series = || ApiError::invalid("occurrence", "the event is not a recurring series");
    if event.recurrence_id.is_some() || event.rrule.is_none() {
        return Err(not_series());
    }
    let times = row_times(event)?;
    let bad =
        |m: &str| ApiError::from(FieldError::new("occurrence", format!("'{occurrence}' {m}")));
    let stamp = wire_to_stamp(occurrence, times.tz)
        .filter(|s| std::mem::discriminant(s) == std::mem::discriminant(&times.start))
        .ok_or_else(|| bad("is not a start like those listed in original_start"))?;
    let at = stamp.instant(times.tz);
    let window = Window {
        from: at,
        to: at + chrono::Duration::seconds(1),
    };
    let found = occurrences(&times, window, &HashSet::new())?;
    if !found.iter().any(|i| i.original == stamp) {
        return Err(bad("is not an occurrence of this series"));
    }
    Ok((times, stamp))
}

/// The overridden instance for `occurrence` (existing, or a new copy of the master)
/// and its current times.
async fn override_row(
    state: &WorkspaceState,
    cal: &WsCalendar,
    master: &WsEvent,
    occurrence: &str,
) -> ApiResult<(WsEvent, EventTimes)> {
    let (times, stamp) = locate(master, occurrence)?;
    let rid = stamp.to_wire(times.tz);
    let repo = &state.store.ws_calendars;
    if let Some(existing) = repo.find_event(&cal.id, &master.uid, Some(&rid)).await? {
        let t = row_times(&existing)?;
        return Ok((existing, t));
    }
    let end = stamp.like(times.tz, stamp.instant(times.tz) + times.duration());
    let base = EventTimes::new(times.tz, stamp, end, None, vec![])?;
    let mut row = master.clone();
    row.id = ws_storage::new_id();
    row.recurrence_id = Some(rid);
    row.attendees = vec![];
    row.created_at = state.now();
    Ok((row, base))
}

/// `DELETE /calendars/{id}/events/{eid}[?occurrence=]` (editor). With `occurrence`
/// (or on an overridden instance) only that occurrence goes, as an EXDATE.
#[utoipa::path(delete, path = "/calendars/{id}/events/{eid}", tag = "calendars", params(("id" = String, Path, description = "Calendar id"), ("eid" = String, Path, description = "Event id"), OccurrenceQuery),
    responses(
        (status = 204, description = "Deleted (with `occurrence`: only that occurrence, as an EXDATE)"),
        (status = 400, description = "A bad `occurrence`, named in the message", body = ErrorBody),
        (status = 403, description = "Editors and up may delete events", body = ErrorBody),
        (status = 404, description = "No such calendar or event, or none the caller may see", body = ErrorBody)))]
pub async fn delete(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, eid)): Path<(String, String)>,
    ApiQuery(q): ApiQuery<OccurrenceQuery>,
) -> ApiResult<StatusCode> {
    let result = delete_event(&state, &actor, &id, &eid, q.occurrence.as_deref()).await;
    record_result(&state, &actor, "events.delete", audit_target(&eid), &result).await;
    result.map(|()| StatusCode::NO_CONTENT)
}

async fn delete_event(
    state: &WorkspaceState,
    actor: &Actor,
    cal_id: &str,
    eid: &str,
    occurrence: Option<&str>,
) -> ApiResult<()> {
    let (cal, _) = access::calendar(state, actor, cal_id, ShareRole::Editor).await?;
    let event = access::event_in(state, &cal, eid).await?;
    let repo = &state.store.ws_calendars;
    let (master, occurrence) = match (&event.recurrence_id, occurrence) {
        (None, None) => return Ok(repo.delete_event(&event.id).await?),
        (None, Some(occ)) => (event, occ.to_owned()),
        (Some(rid), _) => {
            let rid = rid.clone();
            repo.delete_event(&event.id).await?;
            match repo.find_event(&cal.id, &event.uid, None).await? {
                Some(m) => (m, rid),
                None => return Ok(()),
            }
        }
    };
    let (times, stamp) = locate(&master, &occurrence)?;
    if let Some(o) = repo
        .find_event(&cal.id, &master.uid, Some(&stamp.to_wire(times.tz)))
        .await?
    {
        repo.delete_event(&o.id).await?;
    }
    let mut master = master;
    let mut exdates = times.exdates.clone();
    if !exdates.contains(&stamp) {
        exdates.push(stamp);
        exdates.sort();
    }
    let new = EventTimes::new(
        times.tz,
        times.start,
        times.end,
        times.rrule.clone(),
        exdates,
    )?;
    set_times(&mut master, &new)?;
    master.sequence += 1;
    master.changed_at = state.now();
    repo.update_event(&master).await?;
    Ok(())
}
