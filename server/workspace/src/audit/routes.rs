//! `GET /api/v1/audit` (filtered, paged) and `GET /api/v1/audit/stream` (Server-Sent
//! Events, one `event: audit` per entry). Scoped by tenant: an org admin (`owner` or
//! `admin`) sees the entries of their organization, anyone else only their own.

use std::convert::Infallible;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures::Stream;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use ws_api::workspace::ListPage;
use ws_storage::AuditFilter;

use super::follow::LastEventId;
use super::{AuditEvent, event, parse_rfc3339_ms};
use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::state::WorkspaceState;

/// The audit routes (nested under `/api/v1`).
pub fn routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(stream))
}

/// Filters of both routes; paging only applies to the list.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct AuditQuery {
    /// Only this actor (user id).
    pub(crate) actor: Option<String>,
    /// Only this action, or every action with this prefix when it ends in `.`.
    pub(crate) action: Option<String>,
    /// Only this target (`kind:id`).
    pub(crate) target: Option<String>,
    /// At or after this time (RFC 3339).
    pub(crate) since: Option<String>,
    /// Before this time (RFC 3339).
    pub(crate) until: Option<String>,
    /// Entries per page (default 100, at most 1000).
    pub(crate) page_size: Option<u64>,
    /// The `next_page_token` of the previous page.
    pub(crate) page_token: Option<String>,
}

impl AuditQuery {
    /// The storage filter for `actor`, with the tenant scope applied.
    fn filter(&self, actor: &Actor) -> ApiResult<AuditFilter> {
        let time = |field: &str, v: &Option<String>| {
            v.as_deref()
                .map(|t| {
                    parse_rfc3339_ms(t).ok_or_else(|| {
                        ApiError::invalid(
                            field,
                            "expected an RFC 3339 time like 2026-01-31T12:00:00Z",
                        )
                    })
                })
                .transpose()
        };
        let after_seq = self
            .page_token
            .as_deref()
            .map(|t| {
                t.parse::<i64>().map_err(|_| {
                    ApiError::invalid("page_token", "not a token from a previous page")
                })
            })
            .transpose()?;
        let page_size = self.page_size.unwrap_or(100);
        if !(1..=1000).contains(&page_size) {
            return Err(ApiError::invalid("page_size", "must be between 1 and 1000"));
        }
        // Non-admins are pinned to themselves; an `actor` naming someone else then
        // simply matches nothing (no hint that the entries exist).
        let actor_filter = if actor.is_org_admin() {
            self.actor.clone()
        } else {
            match &self.actor {
                Some(a) if a != &actor.user_id => Some(String::new()),
                _ => Some(actor.user_id.clone()),
            }
        };
        Ok(AuditFilter {
            org_id: Some(actor.org_id.clone()),
            actor: actor_filter,
            action: self.action.clone().filter(|a| !a.is_empty()),
            target: self.target.clone().filter(|t| !t.is_empty()),
            since_ms: time("since", &self.since)?,
            until_ms: time("until", &self.until)?,
            after_seq,
            limit: page_size,
        })
    }
}

/// Audit entries, oldest first, paged; org admins see their org, others themselves.
#[utoipa::path(get, path = "/audit", tag = "audit", params(AuditQuery),
    responses((status = 200, description = "One page of entries, oldest first", body = ListPage<AuditEvent>)))]
pub(crate) async fn list(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> ApiResult<ApiJson<ListPage<AuditEvent>>> {
    let mut filter = q.filter(&actor)?;
    let size = filter.limit;
    // One more than asked tells whether another page follows.
    filter.limit = size + 1;
    let mut records = state.store.ws_audit.list_audit(&filter).await?;
    let more = records.len() as u64 > size;
    records.truncate(size as usize);
    let next_page_token = more
        .then(|| records.last().map(|r| r.seq.to_string()))
        .flatten();
    Ok(ApiJson(ListPage {
        items: records.iter().map(event).collect(),
        next_page_token,
    }))
}

/// Live audit entries as Server-Sent Events (`event: audit`, JSON data, `id:` the
/// entry's seq), same scope. With `Last-Event-ID` the entries after it are replayed
/// first, so a reconnecting client misses nothing and gets nothing twice.
#[utoipa::path(get, path = "/audit/stream", tag = "audit", params(AuditQuery,
        ("Last-Event-ID" = Option<i64>, Header, description = "Resume after this entry (its seq): \
        the entries after it are replayed first")),
    responses((status = 200, content_type = "text/event-stream", body = AuditEvent,
        description = "Server-Sent Events: `event: audit` with `id:` the entry's sequence number and \
        one JSON `AuditEvent` as `data:`, including entries written through any server sharing \
        the database; comment keep-alives in between. `page_size` and `page_token` are ignored."),
        (status = 400, description = "A bad filter or `Last-Event-ID`, named in the message", body = ws_api::ErrorBody)))]
pub(crate) async fn stream(
    State(state): State<WorkspaceState>,
    actor: Actor,
    LastEventId(after): LastEventId,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> ApiResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    let filter = q.filter(&actor)?;
    let events = super::follow::stream(state, filter, after);
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}
