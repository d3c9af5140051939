//! `GET/POST /api/v1/shares` and `DELETE /api/v1/shares/{id}`. Listing needs any
//! role on the resource (link ids are shown only to its owners); sharing and
//! unsharing need `Owner`. Every write is audited (`shares.create`,
//! `shares.delete`), denials included.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use ws_api::ErrorBody;
use ws_api::workspace::ListPage;
use ws_api::workspace::sharing::{CreateShare, Share};
use ws_storage::{GranteeType, ShareRecord};

use super::{Grantee, Resource, ResourceKind, ShareRole, grantee, require, resolve, target};
use crate::actor::Actor;
use crate::audit::{AuditEntry, Outcome, parse_rfc3339_ms, record_result, rfc3339_ms};
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::state::WorkspaceState;

/// The sharing routes (nested under `/api/v1`).
pub fn routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(remove))
        .merge(super::links::routes())
        .merge(super::directory::routes())
}

/// `?kind=&id=` of the list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct SharesQuery {
    /// Resource kind.
    pub(crate) kind: ResourceKind,
    /// Resource id.
    pub(crate) id: String,
}

/// The resource, or 404 (the same answer whether it is missing or hidden).
async fn found(state: &WorkspaceState, kind: ResourceKind, id: &str) -> ApiResult<Resource> {
    resolve(state, kind, id)
        .await?
        .ok_or_else(|| ApiError::not_found(kind.as_str()))
}

fn wire(r: &ShareRecord, show_link: bool) -> ApiResult<Share> {
    let kind = ResourceKind::parse(&r.resource_kind)
        .ok_or_else(|| ApiError::internal(format!("stored kind '{}'", r.resource_kind)))?;
    let role = ShareRole::parse(&r.role)
        .ok_or_else(|| ApiError::internal(format!("stored role '{}'", r.role)))?;
    let id = r.grantee_id.clone();
    let is_link = r.grantee_type == GranteeType::Link;
    let expires_at = is_link.then(|| super::links::expiry_text(&id)).flatten();
    let link_path = (is_link && show_link)
        .then(|| super::links::path(kind, &r.resource_id, &id))
        .flatten();
    let grantee = match r.grantee_type {
        GranteeType::User => Grantee::User { id },
        GranteeType::Org => Grantee::Org { id },
        GranteeType::Link => Grantee::Link {
            id: if show_link { id } else { String::new() },
        },
    };
    Ok(Share {
        id: r.id.clone(),
        kind,
        resource_id: r.resource_id.clone(),
        grantee,
        role,
        created_by: r.created_by.clone(),
        created_at: rfc3339_ms(r.created_at.saturating_mul(1000)),
        expires_at,
        link_path,
    })
}

/// The shares of a resource (any role on it; link ids only for owners).
#[utoipa::path(get, path = "/shares", tag = "sharing", params(SharesQuery),
    responses((status = 200, description = "Every share of the resource", body = ListPage<Share>),
              (status = 404, description = "No such resource, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn list(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<SharesQuery>,
) -> ApiResult<ApiJson<ListPage<Share>>> {
    let res = found(&state, q.kind, &q.id).await?;
    let role = require(&state, &actor, res.as_ref(), ShareRole::Viewer).await?;
    let records = state
        .store
        .ws_sharing
        .shares_of(q.kind.as_str(), &res.id)
        .await?;
    let items = records
        .iter()
        .map(|r| wire(r, role == ShareRole::Owner))
        .collect::<ApiResult<_>>()?;
    Ok(ApiJson(ListPage {
        items,
        next_page_token: None,
    }))
}

/// Shares a resource (owners only); sharing again changes the role.
#[utoipa::path(post, path = "/shares", tag = "sharing", request_body = CreateShare,
    responses((status = 201, description = "The share (created or with its new role)", body = Share),
              (status = 400, description = "Bad grantee or role, named in the message (e.g. another organization without a project grant)", body = ErrorBody),
              (status = 403, description = "The caller may see the resource but does not own it", body = ErrorBody),
              (status = 404, description = "No such resource, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn create(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiJson(body): ApiJson<CreateShare>,
) -> ApiResult<(StatusCode, ApiJson<Share>)> {
    if body.resource_id.trim().is_empty() {
        return Err(ApiError::invalid("resource_id", "must not be empty"));
    }
    let result = create_share(&state, &actor, &body).await;
    let audit_target = target(body.kind, &body.resource_id);
    let outcome = match &result {
        Ok(_) => Outcome::Ok,
        Err(e) if matches!(e.status.as_u16(), 403 | 404) => Outcome::Denied,
        Err(_) => Outcome::Failed,
    };
    let detail = serde_json::json!({ "grantee": body.grantee, "role": body.role });
    let entry = AuditEntry::new(&actor, "shares.create", audit_target, outcome).detail(detail);
    crate::audit::record_entry(&state, entry).await;
    result.map(|s| (StatusCode::CREATED, ApiJson(s)))
}

async fn create_share(
    state: &WorkspaceState,
    actor: &Actor,
    body: &CreateShare,
) -> ApiResult<Share> {
    let res = found(state, body.kind, &body.resource_id).await?;
    require(state, actor, res.as_ref(), ShareRole::Owner).await?;
    let expires_at = match body.expires_at.as_deref() {
        None => None,
        Some(text) => {
            let ms = parse_rfc3339_ms(text)
                .ok_or_else(|| ApiError::invalid("expires_at", "expected an RFC 3339 time"))?;
            let secs = ms.div_euclid(1000);
            if secs <= state.now() {
                return Err(ApiError::invalid("expires_at", "must be in the future"));
            }
            Some(secs)
        }
    };
    let g = grantee::check(state, &res, &body.grantee, body.role, expires_at).await?;
    let record = ShareRecord {
        id: ws_storage::new_id(),
        org_id: res.owner_org.clone(),
        resource_kind: body.kind.as_str().to_owned(),
        resource_id: res.id.clone(),
        grantee_type: g.kind,
        grantee_id: g.id,
        grantee_org: g.org,
        role: body.role.as_str().to_owned(),
        created_by: actor.user_id.clone(),
        created_at: state.now(),
    };
    let stored = state.store.ws_sharing.put_share(&record).await?;
    wire(&stored, true)
}

/// Removes a share (owners of the resource only).
#[utoipa::path(delete, path = "/shares/{id}", tag = "sharing",
    params(("id" = String, Path, description = "Share id")),
    responses((status = 204, description = "Removed"),
              (status = 403, description = "The caller may see the resource but does not own it", body = ErrorBody),
              (status = 404, description = "No such share, or one of a resource the caller cannot see", body = ErrorBody)))]
pub(crate) async fn remove(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    let result = remove_share(&state, &actor, &id).await;
    let audit_target = match &result {
        Ok(t) => t.clone(),
        Err(_) => format!("share:{id}"),
    };
    record_result(&state, &actor, "shares.delete", audit_target, &result).await;
    result.map(|_| StatusCode::NO_CONTENT)
}

/// Deletes share `id` if the actor owns its resource; returns the resource's target.
async fn remove_share(state: &WorkspaceState, actor: &Actor, id: &str) -> ApiResult<String> {
    let share = state
        .store
        .ws_sharing
        .get_share(id)
        .await?
        .ok_or_else(|| ApiError::not_found("share"))?;
    let kind =
        ResourceKind::parse(&share.resource_kind).ok_or_else(|| ApiError::not_found("share"))?;
    // A share of a resource the caller cannot see is as absent as a missing one.
    let res = resolve(state, kind, &share.resource_id)
        .await?
        .ok_or_else(|| ApiError::not_found("share"))?;
    require(state, actor, res.as_ref(), ShareRole::Owner)
        .await
        .map_err(|e| {
            if e.status == 404 {
                ApiError::not_found("share")
            } else {
                e
            }
        })?;
    state.store.ws_sharing.delete_share(id).await?;
    Ok(res.target())
}
