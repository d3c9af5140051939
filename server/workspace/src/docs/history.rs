//! `GET /api/v1/docs/{id}/versions[/{v}]` and `POST …/versions/{v}/restore`: every
//! version of a doc with its author and time; a restore writes the old title and
//! body as a new version (history is never rewritten).

use axum::extract::{Path, State};
use axum::http::HeaderMap;
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
