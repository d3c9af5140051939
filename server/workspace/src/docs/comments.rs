//! `GET/POST /api/v1/docs/{id}/comments`, `POST …/comments/{cid}/replies`,
//! `…/resolve` and `…/reopen`: comment threads on a doc. Reading needs `viewer`;
//! commenting, replying, resolving and reopening need `commenter`. A reply to a
//! reply joins the thread of the comment it answers (threads are one level deep).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use ws_api::ErrorBody;
use ws_api::workspace::ListPage;
use ws_api::workspace::docs::{Comment, CommentThread, NewComment};
use ws_storage::{WsComment, new_id};

use super::access::{Paging, load};
use super::{validate, wire};
use crate::actor::Actor;
use crate::audit::record_result;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::sharing::{ResourceKind, ShareRole, target};
use crate::state::WorkspaceState;

/// The doc's threads, oldest first, each with its replies.
#[utoipa::path(get, path = "/docs/{id}/comments", tag = "docs", params(("id" = String, Path, description = "Doc id"), Paging),
    responses(
        (status = 200, description = "Threads, oldest first, each with its replies", body = ListPage<CommentThread>),
        (status = 404, description = "No such doc, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn list(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiQuery(paging): ApiQuery<Paging>,
) -> ApiResult<ApiJson<ListPage<CommentThread>>> {
    let q = paging.query()?;
    let (doc, _) = load(&state, &actor, &id, ShareRole::Viewer).await?;
    let page = state.store.ws_docs.list_threads(&doc.id, q).await?;
    let next_page_token = Paging::next(q, page.items.len(), page.total);
    Ok(ApiJson(ListPage {
        items: page.items.into_iter().map(wire::thread).collect(),
        next_page_token,
    }))
}

/// Opens a thread; 201 with it.
#[utoipa::path(post, path = "/docs/{id}/comments", tag = "docs", request_body = NewComment,
    params(("id" = String, Path, description = "Doc id")),
    responses(
        (status = 201, description = "The new thread", body = CommentThread),
        (status = 400, description = "Empty or too long text", body = ErrorBody),
        (status = 403, description = "Commenters and up may comment", body = ErrorBody),
        (status = 404, description = "No such doc, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn create(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<NewComment>,
) -> ApiResult<(StatusCode, ApiJson<CommentThread>)> {
    let result = add(&state, &actor, &id, None, req).await;
    record_result(
        &state,
        &actor,
        "docs.comment",
        target(ResourceKind::Doc, &id),
        &result,
    )
    .await;
    let comment = result?;
    Ok((
        StatusCode::CREATED,
        ApiJson(CommentThread {
            comment: wire::comment(comment),
            resolved: false,
            resolved_by: None,
            resolved_at: None,
            replies: Vec::new(),
        }),
    ))
}

/// Replies in the thread of comment `cid`; 201 with the reply.
#[utoipa::path(post, path = "/docs/{id}/comments/{cid}/replies", tag = "docs", request_body = NewComment,
    params(("id" = String, Path, description = "Doc id"), ("cid" = String, Path, description = "Id of a comment in the thread")),
    responses(
        (status = 201, description = "The reply", body = Comment),
        (status = 400, description = "Empty or too long text", body = ErrorBody),
        (status = 403, description = "Commenters and up may reply", body = ErrorBody),
        (status = 404, description = "No such doc or comment", body = ErrorBody)))]
pub(crate) async fn reply(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, cid)): Path<(String, String)>,
    ApiJson(req): ApiJson<NewComment>,
) -> ApiResult<(StatusCode, ApiJson<Comment>)> {
    let result = add(&state, &actor, &id, Some(&cid), req).await;
    record_result(
        &state,
        &actor,
        "docs.reply",
        target(ResourceKind::Doc, &id),
        &result,
    )
    .await;
    Ok((StatusCode::CREATED, ApiJson(wire::comment(result?))))
}

async fn add(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    reply_to: Option<&str>,
    req: NewComment,
) -> ApiResult<WsComment> {
    let (doc, _) = load(state, actor, id, ShareRole::Commenter).await?;
    let (body, quote) = validate::comment(&req.body, req.quote.as_deref())?;
    let parent_id = match reply_to {
        None => None,
        Some(cid) => {
            let parent = state.store.ws_docs.get_comment(&doc.id, cid).await?;
            let parent = parent.ok_or_else(|| ApiError::not_found("comment"))?;
            Some(parent.parent_id.unwrap_or(parent.id))
        }
    };
    let comment = WsComment {
        id: new_id(),
        doc_id: doc.id,
        // A reply quotes nothing: its thread's opening comment holds the passage.
        quote: if parent_id.is_some() { None } else { quote },
        parent_id,
        author: actor.user_id.clone(),
        body,
        resolved: None,
        created_at: state.now(),
    };
    state.store.ws_docs.add_comment(&comment).await?;
    Ok(comment)
}

/// Marks thread `cid` resolved; answers the thread.
#[utoipa::path(post, path = "/docs/{id}/comments/{cid}/resolve", tag = "docs",
    params(("id" = String, Path, description = "Doc id"), ("cid" = String, Path, description = "Thread id")),
    responses(
        (status = 200, description = "The resolved thread", body = CommentThread),
        (status = 403, description = "Commenters and up may resolve", body = ErrorBody),
        (status = 404, description = "No such doc or thread", body = ErrorBody)))]
pub(crate) async fn resolve(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, cid)): Path<(String, String)>,
) -> ApiResult<ApiJson<CommentThread>> {
    let result = set_resolved(&state, &actor, &id, &cid, true).await;
    record_result(
        &state,
        &actor,
        "docs.resolve",
        target(ResourceKind::Doc, &id),
        &result,
    )
    .await;
    result.map(ApiJson)
}

/// Reopens resolved thread `cid`; answers the thread.
#[utoipa::path(post, path = "/docs/{id}/comments/{cid}/reopen", tag = "docs",
    params(("id" = String, Path, description = "Doc id"), ("cid" = String, Path, description = "Thread id")),
    responses(
        (status = 200, description = "The reopened thread", body = CommentThread),
        (status = 403, description = "Commenters and up may reopen", body = ErrorBody),
        (status = 404, description = "No such doc or thread", body = ErrorBody)))]
pub(crate) async fn reopen(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path((id, cid)): Path<(String, String)>,
) -> ApiResult<ApiJson<CommentThread>> {
    let result = set_resolved(&state, &actor, &id, &cid, false).await;
    record_result(
        &state,
        &actor,
        "docs.reopen",
        target(ResourceKind::Doc, &id),
        &result,
    )
    .await;
    result.map(ApiJson)
}

async fn set_resolved(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    cid: &str,
    resolved: bool,
) -> ApiResult<CommentThread> {
    let (doc, _) = load(state, actor, id, ShareRole::Commenter).await?;
    let by = resolved.then(|| (actor.user_id.as_str(), state.now()));
    state
        .store
        .ws_docs
        .set_resolved(&doc.id, cid, by)
        .await
        .map_err(|e| match e {
            ws_storage::StorageError::NotFound => thread_not_found(),
            other => other.into(),
        })?;
    let thread = state.store.ws_docs.get_thread(&doc.id, cid).await?;
    thread.map(wire::thread).ok_or_else(thread_not_found)
}

fn thread_not_found() -> ApiError {
    ApiError::not_found("comment thread")
}
