//! `GET/POST /api/v1/docs` (list, search, create) and `GET/PATCH/DELETE
//! /api/v1/docs/{id}`.

use axum::extract::{Path, State};
use axum::http::header::LOCATION;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use serde::Deserialize;
use ws_api::ErrorBody;
use ws_api::workspace::ListPage;
use ws_api::workspace::docs::{CreateDoc, Doc, DocSummary, UpdateDoc};
use ws_storage::{DocChange, DocFilter, DocWrite, WsDoc, new_id};

use super::access::{Paging, etag_headers, if_match, load, stale};
use super::validate::{self, Invalid};
use super::{search, wire};
use crate::actor::Actor;
use crate::audit::record_result;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::sharing::{self, ResourceKind, ShareRole, target};
use crate::state::WorkspaceState;

impl From<Invalid> for ApiError {
    fn from(e: Invalid) -> Self {
        match e {
            Invalid::Field { field, message } => ApiError::invalid(field, message),
            too_large @ Invalid::TooLarge { .. } => ApiError::too_large(too_large),
        }
    }
}

/// `?q=&page_size=&page_token=` of the list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    /// Search: words or "quoted phrases", each to be found in the title or body.
    q: Option<String>,
    /// Items per page (default 100, 1–1000).
    page_size: Option<u64>,
    /// The `next_page_token` of the previous page.
    page_token: Option<String>,
}

/// Lists (or, with `q`, searches) the docs the caller may see, most recently changed
/// first: their own (every doc of their org for org admins) and those shared with them.
#[utoipa::path(get, path = "/docs", tag = "docs", params(ListParams),
    responses((status = 200, description = "Docs the caller may see, most recently changed first; \
        with `q`, each carries a `snippet`", body = ListPage<DocSummary>)))]
pub(crate) async fn list(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<ListParams>,
) -> ApiResult<ApiJson<ListPage<DocSummary>>> {
    let paging = Paging {
        page_size: params.page_size,
        page_token: params.page_token,
    };
    let q = paging.query()?;
    let terms = search::terms(params.q.as_deref().unwrap_or_default())
        .map_err(|e| ApiError::invalid("q", e))?;
    let shared = sharing::shared_with(&state, &actor, ResourceKind::Doc).await?;
    let filter = DocFilter {
        org_id: actor.org_id.clone(),
        owner_id: (!actor.is_org_admin()).then(|| actor.user_id.clone()),
        shared_ids: shared.into_iter().map(|(id, _)| id).collect(),
        terms: terms.clone(),
    };
    let page = state.store.ws_docs.list_docs(&filter, q).await?;
    let next_page_token = Paging::next(q, page.items.len(), page.total);
    Ok(ApiJson(ListPage {
        items: page
            .items
            .into_iter()
            .map(|m| wire::summary(m, &terms))
            .collect(),
        next_page_token,
    }))
}

/// Creates a doc owned by the caller in their org (editors and up); 201 with its
/// `ETag` and `Location`.
#[utoipa::path(post, path = "/docs", tag = "docs", request_body = CreateDoc,
    responses(
        (status = 201, description = "Created", body = Doc, headers(
            ("ETag" = String, description = "`\"v1\"`: the version, for `If-Match`"),
            ("Location" = String, description = "`/api/v1/docs/{id}`"))),
        (status = 400, description = "Bad title, named in the message", body = ErrorBody),
        (status = 403, description = "Viewers cannot create docs", body = ErrorBody),
        (status = 413, description = "The body exceeds the doc size limit, or the JSON body limit", body = ErrorBody)))]
pub(crate) async fn create(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiJson(req): ApiJson<CreateDoc>,
) -> ApiResult<impl IntoResponse> {
    let id = new_id();
    let result = create_doc(&state, &actor, id.clone(), req).await;
    record_result(
        &state,
        &actor,
        "docs.create",
        target(ResourceKind::Doc, &id),
        &result,
    )
    .await;
    let doc = result?;
    let mut headers = etag_headers(doc.version);
    if let Ok(location) = format!("/api/v1/docs/{id}").parse() {
        headers.insert(LOCATION, location);
    }
    Ok((StatusCode::CREATED, headers, ApiJson(wire::doc(doc))))
}

async fn create_doc(
    state: &WorkspaceState,
    actor: &Actor,
    id: String,
    req: CreateDoc,
) -> ApiResult<WsDoc> {
    actor.require_writer()?;
    let title = validate::title(&req.title)?;
    validate::body(&req.body, state.config.max_doc_body)?;
    let now = state.now();
    let doc = WsDoc {
        id,
        org_id: actor.org_id.clone(),
        owner_id: actor.user_id.clone(),
        title,
        body: req.body,
        version: 1,
        created_at: now,
        updated_at: now,
        updated_by: actor.user_id.clone(),
    };
    state.store.ws_docs.create_doc(&doc).await?;
    Ok(doc)
}

/// One doc with its body and `ETag` (viewers and up).
#[utoipa::path(get, path = "/docs/{id}", tag = "docs",
    params(("id" = String, Path, description = "Doc id")),
    responses(
        (status = 200, description = "The doc with its body", body = Doc,
            headers(("ETag" = String, description = "`\"v<version>\"`, for `If-Match`"))),
        (status = 404, description = "No such doc, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn get_one(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<(HeaderMap, ApiJson<Doc>)> {
    let (doc, _) = load(&state, &actor, &id, ShareRole::Viewer).await?;
    Ok((etag_headers(doc.version), ApiJson(wire::doc(doc))))
}

/// Changes title and/or body (editors and up) as one new version; `If-Match` makes
/// it conditional (412 when stale, nothing written).
#[utoipa::path(patch, path = "/docs/{id}", tag = "docs", request_body = UpdateDoc,
    params(("id" = String, Path, description = "Doc id"),
        ("If-Match" = Option<String>, Header, description = "`\"v<version>\"` (or `*`): write only if \
        the doc is still at that version")),
    responses(
        (status = 200, description = "The new version", body = Doc,
            headers(("ETag" = String, description = "`\"v<version>\"` of the new version"))),
        (status = 400, description = "Nothing to change, or a bad title or `If-Match`", body = ErrorBody),
        (status = 403, description = "The caller may read but not edit", body = ErrorBody),
        (status = 404, description = "No such doc, or none the caller may see", body = ErrorBody),
        (status = 412, description = "`stale_version`: `If-Match` names an older version; nothing written", body = ErrorBody),
        (status = 413, description = "The body exceeds the doc size limit, or the JSON body limit", body = ErrorBody)))]
pub(crate) async fn update(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<UpdateDoc>,
) -> ApiResult<(HeaderMap, ApiJson<Doc>)> {
    let result = update_doc(&state, &actor, &id, &headers, req).await;
    record_result(
        &state,
        &actor,
        "docs.update",
        target(ResourceKind::Doc, &id),
        &result,
    )
    .await;
    let doc = result?;
    Ok((etag_headers(doc.version), ApiJson(wire::doc(doc))))
}

async fn update_doc(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
    req: UpdateDoc,
) -> ApiResult<WsDoc> {
    let (doc, _) = load(state, actor, id, ShareRole::Editor).await?;
    if req.title.is_none() && req.body.is_none() {
        return Err(ApiError::invalid(
            "title",
            "give a new title or body (or both) to change",
        ));
    }
    let title = req.title.as_deref().map(validate::title).transpose()?;
    if let Some(body) = &req.body {
        validate::body(body, state.config.max_doc_body)?;
    }
    let expected = if_match(headers, doc.version)?;
    let change = DocChange {
        id: doc.id,
        expected_version: expected,
        title,
        body: req.body,
        author: actor.user_id.clone(),
        now: state.now(),
        restored_from: None,
    };
    written(state.store.ws_docs.update_doc(&change).await?, expected)
}

/// The doc a [`DocChange`] wrote, or 412 when another writer got there first.
pub(crate) fn written(write: DocWrite, expected: Option<i64>) -> ApiResult<WsDoc> {
    match write {
        DocWrite::Written(doc) => Ok(doc),
        DocWrite::Stale { current } => Err(stale(
            &format!("\"v{}\"", expected.unwrap_or_default()),
            current,
        )),
    }
}

/// Deletes a doc for good, with its history, comments and shares (owners only);
/// honours `If-Match`.
#[utoipa::path(delete, path = "/docs/{id}", tag = "docs",
    params(("id" = String, Path, description = "Doc id"),
        ("If-Match" = Option<String>, Header, description = "`\"v<version>\"` (or `*`): delete only if \
        the doc is still at that version")),
    responses(
        (status = 204, description = "Deleted with its history, comments and shares"),
        (status = 400, description = "A malformed `If-Match`", body = ErrorBody),
        (status = 403, description = "Only owners may delete", body = ErrorBody),
        (status = 404, description = "No such doc, or none the caller may see", body = ErrorBody),
        (status = 412, description = "`stale_version`: `If-Match` names an older version; nothing deleted", body = ErrorBody)))]
pub(crate) async fn remove(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    let result = remove_doc(&state, &actor, &id, &headers).await;
    record_result(
        &state,
        &actor,
        "docs.delete",
        target(ResourceKind::Doc, &id),
        &result,
    )
    .await;
    result.map(|()| StatusCode::NO_CONTENT)
}

async fn remove_doc(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    headers: &HeaderMap,
) -> ApiResult<()> {
    let (doc, _) = load(state, actor, id, ShareRole::Owner).await?;
    if_match(headers, doc.version)?;
    state.store.ws_docs.delete_doc(&doc.id).await?;
    sharing::forget(state, ResourceKind::Doc, &doc.id).await
}
