//! Drive: My Drive (a root folder per user, made on first use) and Shared-with-me,
//! folders, streaming and resumable uploads, ranged downloads, move/rename/copy,
//! trash and restore, per-organization quotas. Every write is audited.
//!
//! Files: [`access`] (ACL with folder inheritance, lookups, wire form), [`items`]
//! (tree handlers), [`upload`] (both upload paths and the rule for concurrent uploads
//! of one name), [`download`], [`blobs`] (bytes on `object_store`), [`names`] (name
//! rules, content types), [`gc`] (deleting unreferenced blobs and expired sessions).

pub mod access;
pub mod blobs;
mod download;
pub mod gc;
mod items;
pub mod names;
mod upload;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};

use crate::actor::Actor;
use crate::error::ApiResult;
use crate::sharing::{Resource, ResourceKind};
use crate::state::WorkspaceState;

/// The module's routes, nested under `/api/v1` by [`crate::router`].
pub fn routes() -> Router<WorkspaceState> {
    // Upload bodies stream to disk under the quota; the JSON limit must not cut them.
    let uploads = Router::new()
        .route("/drive/content", put(upload::put_content))
        .route(
            "/drive/uploads/{id}",
            put(upload::put_chunk).get(upload::get_session),
        )
        .layer(DefaultBodyLimit::disable());
    Router::new()
        .route("/drive/files", get(items::list))
        .route(
            "/drive/files/{id}",
            get(items::get).patch(items::update).delete(items::delete),
        )
        .route("/drive/files/{id}/content", get(download::content))
        .route("/drive/files/{id}/copy", post(items::copy))
        .route("/drive/files/{id}/trash", post(items::trash))
        .route("/drive/files/{id}/restore", post(items::restore))
        .route("/drive/folders", post(items::create_folder))
        .route("/drive/uploads", post(upload::create_session))
        .route("/drive/uploads/{id}/finish", post(upload::finish))
        .route("/drive/quota", get(items::quota))
        .merge(uploads)
}

/// First-use provisioning hook: the caller's My Drive root (idempotent).
pub async fn provision(state: &WorkspaceState, actor: &Actor) -> ApiResult<()> {
    access::root(state, actor).await.map(drop)
}

/// The owner of a folder or file, for sharing; `None` when it does not exist or is
/// not of `kind`.
pub async fn resource(
    state: &WorkspaceState,
    kind: ResourceKind,
    id: &str,
) -> ApiResult<Option<Resource>> {
    let item = state.store.ws_drive.get_item(id).await?;
    Ok(item
        .filter(|i| access::resource_kind(i.kind) == kind)
        .map(|i| Resource {
            kind,
            owner_org: i.org_id,
            owner_user: i.owner_id,
            id: i.id,
        }))
}
