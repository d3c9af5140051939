//! Drive: My Drive (a root folder per user, made on first use) and Shared-with-me,
//! folders, streaming and resumable uploads, ranged downloads, move/rename/copy,
//! trash and restore, per-organization quotas. Every write is audited.
//!
//! Files: [`access`] (ACL with folder inheritance, lookups, wire form), [`items`]
//! (tree handlers), [`copy`] (files, and folders in one transaction), [`upload`] (both upload paths and the rule for concurrent uploads
//! of one name), [`download`], [`blobs`] (bytes on `object_store`), [`names`] (name
//! rules, content types), [`gc`] (deleting unreferenced blobs and expired sessions).

pub mod access;
pub mod blobs;
mod chunks;
mod copy;
pub(crate) mod download;
pub mod gc;
mod items;
pub mod migrate;
pub mod names;
pub mod segments;
mod upload;

use axum::extract::DefaultBodyLimit;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::ApiResult;
use crate::provision::Newcomer;
use crate::sharing::{Resource, ResourceKind};
use crate::state::WorkspaceState;

/// The module's routes, nested under `/api/v1` by [`crate::router`]; each handler's
/// `#[utoipa::path]` gives both its route and its OpenAPI operation.
pub fn routes() -> OpenApiRouter<WorkspaceState> {
    // Upload bodies stream to disk under the quota; the JSON limit must not cut them.
    let uploads = OpenApiRouter::new()
        .routes(routes!(upload::put_content))
        .routes(routes!(upload::put_chunk, upload::get_session))
        .layer(DefaultBodyLimit::disable());
    OpenApiRouter::new()
        .routes(routes!(items::list))
        .routes(routes!(items::get, items::update, items::delete))
        .routes(routes!(download::content))
        .routes(routes!(items::copy))
        .routes(routes!(items::trash))
        .routes(routes!(items::restore))
        .routes(routes!(items::create_folder))
        .routes(routes!(upload::create_session))
        .routes(routes!(upload::finish))
        .routes(routes!(items::quota))
        .merge(uploads)
}

/// First-use provisioning hook: the caller's My Drive root (idempotent).
pub async fn provision(state: &WorkspaceState, who: Newcomer<'_>) -> ApiResult<()> {
    access::root_of(state, who.user_id, who.org_id)
        .await
        .map(drop)
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
