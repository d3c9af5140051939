//! Calendars: personal calendars (one per user, made on first use) and shared ones
//! (through [`crate::sharing`]; an org calendar is shared with its whole org),
//! events with IANA time zones, all-day events, recurrence (RRULE, EXDATE and
//! overridden instances, expanded per window), invitations with answers, free/busy,
//! and iCalendar (RFC 5545) import and export.
//!
//! Layout: the pure domain in [`time`], [`recur`], [`freebusy`], [`ics`] and [`ics_limits`] (no IO,
//! unit-tested); conversions in [`convert`]; handlers in [`calendars`], [`events`],
//! [`invite`], [`busy`] and [`transfer`]; the ACL and lookups in [`access`]. Every
//! write is audited (`calendars.*`, `events.*`).

pub mod access;
pub mod busy;
pub mod calendars;
pub mod convert;
pub mod events;
pub mod freebusy;
pub mod ics;
pub mod ics_limits;
pub mod invite;
pub mod recur;
pub mod time;
pub mod transfer;
pub mod vtimezone;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::ApiResult;
use crate::provision::Newcomer;
use crate::sharing::{Resource, ResourceKind};
use crate::state::WorkspaceState;

/// The module's routes, nested under `/api/v1` by [`crate::router`]; each handler's
/// `#[utoipa::path]` gives both its route and its OpenAPI operation.
pub fn routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new()
        .routes(routes!(calendars::list, calendars::create))
        .routes(routes!(
            calendars::get,
            calendars::update,
            calendars::delete
        ))
        .routes(routes!(events::list, events::create))
        .routes(routes!(events::get, events::update, events::delete))
        .routes(routes!(invite::respond))
        .routes(routes!(transfer::export, transfer::import))
        .routes(routes!(busy::freebusy))
}

/// First-use provisioning hook: the user's personal calendar (idempotent).
pub async fn provision(state: &WorkspaceState, who: Newcomer<'_>) -> ApiResult<()> {
    calendars::provision(state, who).await
}

/// The owner of a calendar, for sharing; `None` when no such calendar exists.
pub async fn resource(
    state: &WorkspaceState,
    kind: ResourceKind,
    id: &str,
) -> ApiResult<Option<Resource>> {
    if kind != ResourceKind::Calendar {
        return Ok(None);
    }
    let cal = state.store.ws_calendars.get_calendar(id).await?;
    Ok(cal.as_ref().map(access::resource_of))
}
