//! iCalendar files: `GET /calendars/{id}/ics` (export) and `POST /calendars/{id}/ics`
//! (import, `text/calendar`). An import is validated as a whole before anything is
//! stored, then stored in one transaction; events are matched by UID.

use std::collections::HashMap;

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use ws_api::ErrorBody;
use ws_api::workspace::calendar::ImportResult;
use ws_storage::{WsAttendeeStatus, WsCalendar, WsEvent};

use super::access;
use super::convert::{row_times, set_times};
use super::ics::{self, IcsEvent, IcsParty};
use super::time::parse_tz;
use crate::actor::Actor;
use crate::audit::{AuditEntry, Outcome};
use crate::error::{ApiError, ApiResult};
use crate::sharing::ShareRole;
use crate::state::WorkspaceState;

/// Largest file an import accepts (the same bound [`ics::parse`] enforces).
pub use super::ics_limits::MAX_ICS_BYTES;

/// `GET /calendars/{id}/ics`: every event of the calendar as one iCalendar file.
#[utoipa::path(get, path = "/calendars/{id}/ics", tag = "calendars", params(("id" = String, Path, description = "Calendar id")),
    responses(
        (status = 200, description = "Every event as one iCalendar (RFC 5545) file, with `Content-Disposition: attachment`",
            content_type = "text/calendar", body = String),
        (status = 404, description = "No such calendar, or none the caller may see", body = ErrorBody)))]
pub async fn export(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let (cal, _) = access::calendar(&state, &actor, &id, ShareRole::Viewer).await?;
    ics_file(&state, &cal).await
}

/// Every event of `cal` as one iCalendar attachment; also what a link to the
/// calendar serves.
pub(crate) async fn ics_file(state: &WorkspaceState, cal: &WsCalendar) -> ApiResult<Response> {
    let rows = state.store.ws_calendars.all_events(&cal.id).await?;
    let parties = parties(state, &rows).await?;
    let party = |id: &str| parties.get(id).cloned();
    let events = rows
        .iter()
        .map(|r| {
            Ok(IcsEvent {
                organizer: party(&r.organizer),
                attendees: r
                    .attendees
                    .iter()
                    .filter_map(|a| Some((party(&a.user_id)?, partstat(a.status))))
                    .collect(),
                uid: r.uid.clone(),
                recurrence_id: r.recurrence_id.clone(),
                summary: r.summary.clone(),
                description: r.description.clone(),
                location: r.location.clone(),
                times: row_times(r)?,
                busy: r.busy,
                sequence: u32::try_from(r.sequence).unwrap_or(0),
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let now = chrono::DateTime::from_timestamp(state.now(), 0).unwrap_or_default();
    let text = ics::export(&cal.name, &events, now);
    let file: String = cal
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let disposition = format!("attachment; filename=\"{file}.ics\"");
    let mut response = text.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

/// The calendar address of every organizer and attendee of `rows`: `mailto:` where
/// the directory knows the email, else the user id as `urn:ws:user:ID`.
async fn parties(state: &WorkspaceState, rows: &[WsEvent]) -> ApiResult<HashMap<String, IcsParty>> {
    let mut ids: Vec<String> = Vec::new();
    for r in rows {
        ids.push(r.organizer.clone());
        ids.extend(r.attendees.iter().map(|a| a.user_id.clone()));
    }
    ids.sort();
    ids.dedup();
    let mut out = HashMap::new();
    for id in ids {
        if id.is_empty() {
            continue;
        }
        let party = match state.directory.contact(&id).await? {
            Some((name, email)) if !email.is_empty() => IcsParty {
                address: format!("mailto:{email}"),
                name,
            },
            _ => IcsParty {
                address: format!("urn:ws:user:{id}"),
                name: String::new(),
            },
        };
        out.insert(id, party);
    }
    Ok(out)
}

/// An answer as iCalendar's PARTSTAT.
fn partstat(status: WsAttendeeStatus) -> &'static str {
    match status {
        WsAttendeeStatus::NeedsAction => "NEEDS-ACTION",
        WsAttendeeStatus::Accepted => "ACCEPTED",
        WsAttendeeStatus::Declined => "DECLINED",
        WsAttendeeStatus::Tentative => "TENTATIVE",
    }
}

/// `POST /calendars/{id}/ics` (editor): imports a `text/calendar` body.
#[utoipa::path(post, path = "/calendars/{id}/ics", tag = "calendars", params(("id" = String, Path, description = "Calendar id")),
    request_body(content = String, content_type = "text/calendar",
        description = "An iCalendar (RFC 5545) file of at most 10 MiB; events replace those with the same UID"),
    responses(
        (status = 200, description = "What was imported; nothing is stored unless every event is valid", body = ImportResult),
        (status = 400, description = "A broken file or event, named in the message (UID and field)", body = ErrorBody),
        (status = 403, description = "Editors and up may import", body = ErrorBody),
        (status = 404, description = "No such calendar, or none the caller may see", body = ErrorBody),
        (status = 413, description = "The file exceeds 10 MiB", body = ErrorBody),
        (status = 415, description = "The body is not `text/calendar`", body = ErrorBody)))]
pub async fn import(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Json<ImportResult>> {
    let result = import_file(&state, &actor, &id, &headers, body).await;
    let outcome = match &result {
        Ok(_) => Outcome::Ok,
        Err(e) if matches!(e.status.as_u16(), 401 | 403 | 404) => Outcome::Denied,
        Err(_) => Outcome::Failed,
    };
    let mut entry = AuditEntry::new(
        &actor,
        "calendars.import",
        format!("calendar:{id}"),
        outcome,
    );
    if let Ok(r) = &result {
        entry = entry.detail(serde_json::json!({ "created": r.created, "updated": r.updated }));
    }
    crate::audit::record_entry(&state, entry).await;
    result.map(Json)
}

async fn import_file(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
    body: Body,
) -> ApiResult<ImportResult> {
    let (cal, _) = access::calendar(state, actor, id, ShareRole::Editor).await?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type
        .trim()
        .to_ascii_lowercase()
        .starts_with("text/calendar")
    {
        return Err(ApiError::unsupported_media_type(
            "send the file as Content-Type: text/calendar",
        ));
    }
    let bytes = axum::body::to_bytes(body, MAX_ICS_BYTES)
        .await
        .map_err(|_| ApiError::too_large(format!("the file exceeds {MAX_ICS_BYTES} bytes")))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| ApiError::invalid("body", "the file is not UTF-8 text"))?;
    let parsed = ics::parse(text, parse_tz("time_zone", &cal.time_zone)?)?;
    let rows = parsed
        .iter()
        .map(|e| row_of(state, actor, &cal, e))
        .collect::<ApiResult<Vec<_>>>()?;
    let counts = state
        .store
        .ws_calendars
        .import_events(&cal.id, &rows)
        .await?;
    Ok(ImportResult {
        created: counts.created,
        updated: counts.updated,
        uids: parsed.into_iter().map(|e| e.uid).collect(),
    })
}

/// The row an imported event becomes (organized by the importer, nobody invited).
fn row_of(
    state: &WorkspaceState,
    actor: &Actor,
    cal: &WsCalendar,
    e: &IcsEvent,
) -> ApiResult<WsEvent> {
    let now = state.now();
    let mut row = WsEvent {
        id: ws_storage::new_id(),
        calendar_id: cal.id.clone(),
        org_id: cal.org_id.clone(),
        uid: e.uid.clone(),
        recurrence_id: e.recurrence_id.clone(),
        summary: e.summary.clone(),
        description: e.description.clone(),
        location: e.location.clone(),
        all_day: false,
        time_zone: String::new(),
        start_local: String::new(),
        end_local: String::new(),
        rrule: None,
        exdates: vec![],
        busy: e.busy,
        organizer: actor.user_id.clone(),
        sequence: i64::from(e.sequence),
        span_start: 0,
        span_end: None,
        attendees: vec![],
        created_at: now,
        changed_at: now,
    };
    set_times(&mut row, &e.times).map_err(|err| {
        ApiError::invalid(&format!("event '{}': {}", e.uid, err.field), err.message)
    })?;
    Ok(row)
}
