//! Drive (stub from the foundation; the drive module's owner replaces this file's
//! content, keeping the three items below: `routes`, `provision` and `resource`).

use axum::Router;

use crate::actor::Actor;
use crate::error::ApiResult;
use crate::sharing::{Resource, ResourceKind};
use crate::state::WorkspaceState;

/// The module's routes, nested under `/api/v1` by [`crate::router`].
pub fn routes() -> Router<WorkspaceState> {
    Router::new()
}

/// First-use provisioning hook (the My Drive root folder); must be idempotent.
pub async fn provision(_state: &WorkspaceState, _actor: &Actor) -> ApiResult<()> {
    Ok(())
}

/// The owner of a resource of this module (`ResourceKind::Folder | ResourceKind::File`), for sharing;
/// `None` when no such resource exists.
pub async fn resource(
    _state: &WorkspaceState,
    _kind: ResourceKind,
    _id: &str,
) -> ApiResult<Option<Resource>> {
    Ok(None)
}
