//! Copies: a file copy is a new row naming the same blob; a folder copy repeats the
//! folder and every live item below it in one transaction (the blobs are
//! content-addressed, so no byte is duplicated), charging the whole copy against
//! the target organization's quota at once. A name taken in the target folder is a
//! 409 naming it; copying a folder into itself is refused.

use ws_api::workspace::drive::{CopyItem, DriveItem};
use ws_storage::{DriveItemRecord, DriveKind, FileCommit, TreeCopy, new_id};

use super::access;
use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::sharing::ShareRole;
use crate::state::WorkspaceState;

/// Copies the file or folder `id` (viewer rights on it, writer rights on the target).
pub(crate) async fn copy_item(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    body: CopyItem,
) -> ApiResult<DriveItem> {
    let found = access::require(state, actor, id, ShareRole::Viewer).await?;
    if found.item.parent_id.is_none() {
        return Err(ApiError::invalid(
            "id",
            "My Drive itself cannot be copied; copy the items in it",
        ));
    }
    let name = body.name.unwrap_or_else(|| found.item.name.clone());
    access::check_name("name", &name)?;
    let parent_id = body.parent_id.or(found.item.parent_id.clone());
    let parent = access::target_folder(state, actor, parent_id.as_deref(), "parent_id").await?;
    let stored = match found.item.kind {
        DriveKind::File => copy_file(state, actor, found.item, parent, name).await?,
        DriveKind::Folder => copy_folder(state, actor, &found.item, parent, name).await?,
    };
    Ok(access::to_wire(stored, false))
}

async fn copy_file(
    state: &WorkspaceState,
    actor: &Actor,
    source: DriveItemRecord,
    parent: DriveItemRecord,
    name: String,
) -> ApiResult<DriveItemRecord> {
    if let Some(sha) = source.sha256.as_deref() {
        hold_blob(state, &source.id, sha).await?;
    }
    let now = state.now();
    let item = DriveItemRecord {
        id: new_id(),
        org_id: parent.org_id.clone(),
        owner_id: actor.user_id.clone(),
        parent_id: Some(parent.id),
        name,
        trashed_at: None,
        created_at: now,
        changed_at: now,
        ..source
    };
    let limit = access::quota_limit(state, &item.org_id).await?;
    let commit = FileCommit {
        item,
        overwrite: false,
        session_id: None,
        limit,
    };
    let size = commit.item.size;
    let stored = state.store.ws_drive.commit_file(&commit).await?;
    stored.map_err(|q| access::over_quota(size, q))
}

/// Keeps the collector off the blob a file copy is about to name. The claim stops
/// any later pass; a pass that finished before it only took blobs no file named, so
/// the source still existing afterwards proves its blob is there. (A folder copy
/// needs none of this: it reads and inserts in one transaction.)
async fn hold_blob(state: &WorkspaceState, source_id: &str, sha: &str) -> ApiResult<()> {
    if !state.store.ws_drive_gc.claim_blob(sha, state.now()).await? {
        return Err(ApiError::unavailable(
            "the drive is cleaning up storage; retry the copy in a moment",
        ));
    }
    match state.store.ws_drive.get_item(source_id).await? {
        Some(_) => Ok(()),
        None => Err(ApiError::not_found("file")),
    }
}

async fn copy_folder(
    state: &WorkspaceState,
    actor: &Actor,
    source: &DriveItemRecord,
    parent: DriveItemRecord,
    name: String,
) -> ApiResult<DriveItemRecord> {
    let above = state.store.ws_drive.ancestors(&parent.id).await?;
    if parent.id == source.id || above.iter().any(|a| a.id == source.id) {
        return Err(ApiError::invalid(
            "parent_id",
            "is inside the folder being copied; a folder cannot be copied into itself",
        ));
    }
    let copy = TreeCopy {
        source_id: source.id.clone(),
        limit: access::quota_limit(state, &parent.org_id).await?,
        org_id: parent.org_id,
        parent_id: parent.id,
        name,
        owner_id: actor.user_id.clone(),
        at: state.now(),
    };
    let copied = state.store.ws_drive.copy_tree(&copy).await?;
    let copied = copied.map_err(|(bytes, q)| access::over_quota(bytes, q))?;
    Ok(copied.top)
}
