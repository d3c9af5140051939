//! `GET /api/v1/docs/{id}/versions[/{v}]` and `POST …/versions/{v}/restore`: every
//! version of a doc with its author and time; a restore writes the old title and
//! body as a new version (history is never rewritten).

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use ws_api::ErrorBody;
use ws_api::workspace::ListPage;
use ws_api::workspace::docs::{Doc, DocVersion};
use ws_storage::{DocChange, WsDoc};

use super::access::{Paging, etag_headers, if_match, load};
use super::routes::written;
use super::wire;
use crate::actor::Actor;
use crate::audit::record_result;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::sharing::{ResourceKind, ShareRole, target};
use crate::state::WorkspaceState;

/// The versions of a doc, newest first, without bodies (viewers and up).
#[utoipa::path(get, path = "/docs/{id}/versions", tag = "docs", params(("id" = String, Path, description = "Doc id"), Paging),
    responses(
        (status = 200, description = "Versions, newest first, without bodies", body = ListPage<DocVersion>),
        (status = 404, description = "No such doc, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn list(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<ApiJson<ListPage<DocVersion>>> {
    let q = paging.query()?;
    let (doc, _) = load(&state, &actor, &id, ShareRole::Viewer).await?;
    let page = state.store.ws_docs.list_versions(&doc.id, q).await?;
    let next_page_token = Paging::next(q, page.items.len(), page.total);
    Ok(ApiJson(ListPage {
        items: page.items.into_iter().map(wire::version).collect(),
        next_page_token,
    }))
}

/// Parses the `{version}` path segment (400 naming it when it is not a number ≥ 1).
fn version_number(raw: &str) -> ApiResult<i64> {
    raw.parse::<i64>()
        .ok()
        .filter(|v| *v >= 1)
        .ok_or_else(|| ApiError::invalid("version", "expected a version number (1, 2, …)"))
}

/// One version with its body (viewers and up).
#[utoipa::path(get, path = "/docs/{id}/versions/{version}", tag = "docs",
    params(("id" = String, Path, description = "Doc id"), ("version" = u64, Path, description = "Version number (1, 2, …)")),
    responses(
        (status = 200, description = "The version with its body", body = DocVersion),
        (status = 400, description = "`version` is not a version number", body = ErrorBody),
        (status = 404, description = "No such doc or version", body = ErrorBody)))]
pub(crate) async fn get_one(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, version)): Path<(String, String)>,
) -> ApiResult<ApiJson<DocVersion>> {
    let (doc, _) = load(&state, &actor, &id, ShareRole::Viewer).await?;
    let v = version_number(&version)?;
    let found = state.store.ws_docs.get_version(&doc.id, v).await?;
    let found = found.ok_or_else(|| ApiError::not_found("version"))?;
    Ok(ApiJson(wire::version(found)))
}

/// Makes version `v`'s title and body the doc's new current version (editors and
/// up); honours `If-Match` like an update.
#[utoipa::path(post, path = "/docs/{id}/versions/{version}/restore", tag = "docs",
    params(("id" = String, Path, description = "Doc id"), ("version" = u64, Path, description = "The version to restore"),
        ("If-Match" = Option<String>, Header, description = "`\"v<version>\"` of the current version (or `*`)")),
    responses(
        (status = 200, description = "The new current version, a copy of the restored one", body = Doc,
            headers(("ETag" = String, description = "`\"v<version>\"` of the new version"))),
        (status = 400, description = "`version` is not a version number, or a malformed `If-Match`", body = ErrorBody),
        (status = 403, description = "The caller may read but not edit", body = ErrorBody),
        (status = 404, description = "No such doc or version", body = ErrorBody),
        (status = 412, description = "`stale_version`: `If-Match` names an older version; nothing written", body = ErrorBody)))]
pub(crate) async fn restore(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, version)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<(HeaderMap, ApiJson<Doc>)> {
    let result = restore_version(&state, &actor, &id, &version, &headers).await;
    record_result(
        &state,
        &actor,
        "docs.restore",
        target(ResourceKind::Doc, &id),
        &result,
    )
    .await;
    let doc = result?;
    Ok((etag_headers(doc.version), ApiJson(wire::doc(doc))))
}

async fn restore_version(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    version: &str,
    headers: &HeaderMap,
) -> ApiResult<WsDoc> {
    let (doc, _) = load(state, actor, id, ShareRole::Editor).await?;
    let v = version_number(version)?;
    let old = state.store.ws_docs.get_version(&doc.id, v).await?;
    let old = old.ok_or_else(|| ApiError::not_found("version"))?;
    let expected = if_match(headers, doc.version)?;
    let change = DocChange {
        id: doc.id,
        expected_version: expected,
        title: Some(old.title),
        body: old.body,
        author: actor.user_id.clone(),
        now: state.now(),
        restored_from: Some(v),
    };
    written(state.store.ws_docs.update_doc(&change).await?, expected)
}
