//! Docs: Markdown documents with optimistic concurrency, version history, threaded
//! comments, exports and search (`/api/v1/docs…`).
//!
//! Access goes through the sharing module: reading needs `viewer`, commenting
//! `commenter`, changing or restoring `editor`, deleting `owner` (the creator, or an
//! `owner`/`admin` of the owning org). A doc the caller has no role on answers 404,
//! exactly like a missing one. Lists and search cover the caller's own docs (all of
//! their org's for org admins) plus the docs shared with them, nothing else.
//!
//! Every change makes a new version (`ETag: "v<n>"`); `If-Match` on a write turns a
//! stale version into 412 `stale_version` with nothing written, and a write without
//! it applies to the current version (last writer wins; the answer's `version` says
//! which one it made). Deleting is permanent: the doc, its history, comments and
//! shares go together (drive has the trash; docs keep their history instead).
//! Every write is audited (`docs.create`, `docs.update`, `docs.delete`,
//! `docs.restore`, `docs.comment`, `docs.reply`, `docs.resolve`, `docs.reopen`),
//! denials included.

mod access;
mod comments;
pub mod export;
pub(crate) mod export_route;
mod history;
mod routes;
pub mod search;
pub mod validate;
mod wire;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use ws_storage::WsDoc;

use crate::error::{ApiError, ApiResult};
use crate::provision::Newcomer;
use crate::sharing::{Resource, ResourceKind};
use crate::state::WorkspaceState;

/// The title of the doc every new user finds.
pub const GETTING_STARTED_TITLE: &str = "Getting started";

/// The body of the "Getting started" doc.
const GETTING_STARTED_BODY: &str = include_str!("getting_started.md");

/// The module's routes, nested under `/api/v1` by [`crate::router`]; each handler's
/// `#[utoipa::path]` gives both its route and its OpenAPI operation.
pub fn routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new()
        .routes(routes!(routes::list, routes::create))
        .routes(routes!(routes::get_one, routes::update, routes::remove))
        .routes(routes!(history::list))
        .routes(routes!(history::get_one))
        .routes(routes!(history::restore))
        .routes(routes!(comments::list, comments::create))
        .routes(routes!(comments::reply))
        .routes(routes!(comments::resolve))
        .routes(routes!(comments::reopen))
        .routes(routes!(export_route::export))
}

/// The id of a user's "Getting started" doc: fixed per user, so running the hook
/// again (after another module's hook failed) finds it instead of adding a second.
fn getting_started_id(user_id: &str) -> String {
    format!("getting-started-{user_id}")
}

/// First-use provisioning: a "Getting started" doc owned by the new user, in their
/// org. Idempotent.
pub async fn provision(state: &WorkspaceState, actor: Newcomer<'_>) -> ApiResult<()> {
    let now = state.now();
    let doc = WsDoc {
        id: getting_started_id(actor.user_id),
        org_id: actor.org_id.to_owned(),
        owner_id: actor.user_id.to_owned(),
        title: GETTING_STARTED_TITLE.to_owned(),
        body: GETTING_STARTED_BODY.to_owned(),
        version: 1,
        created_at: now,
        updated_at: now,
        updated_by: actor.user_id.to_owned(),
    };
    match state.store.ws_docs.create_doc(&doc).await {
        Ok(()) | Err(ws_storage::StorageError::Conflict(_)) => Ok(()),
        Err(e) => Err(ApiError::from(e)),
    }
}

/// The owner of doc `id`, for sharing; `None` when no such doc exists.
pub async fn resource(
    state: &WorkspaceState,
    kind: ResourceKind,
    id: &str,
) -> ApiResult<Option<Resource>> {
    if kind != ResourceKind::Doc {
        return Ok(None);
    }
    Ok(state
        .store
        .ws_docs
        .get_doc(id)
        .await?
        .map(|d| access::resource_of(&d)))
}
