//! Handlers over the tree: list (a folder, Shared-with-me, the trash, a name
//! search), get, create folders, rename/move, copy, trash, restore, delete, quota.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use ws_api::ErrorBody;
use ws_api::workspace::drive::{
    CopyItem, CreateFolder, DriveItem, DriveItemList, Quota, UpdateItem,
};
use ws_storage::{DriveItemRecord, DriveKind, ListQuery, new_id};

use super::access;
use crate::actor::Actor;
use crate::audit;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::sharing::{self, ResourceKind, ShareRole};
use crate::state::WorkspaceState;

/// `GET /drive/files` parameters.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListParams {
    /// The folder to list; the caller's root when absent.
    parent: Option<String>,
    /// Search the caller's items by name instead.
    q: Option<String>,
    /// List what others shared with the caller instead.
    #[serde(default)]
    shared: bool,
    /// List the caller's trash instead.
    #[serde(default)]
    trashed: bool,
    /// Items per page (1–1000, default 100).
    page_size: Option<u64>,
    /// `next_page_token` of the previous page.
    page_token: Option<String>,
}

fn paging(p: &ListParams) -> ApiResult<ListQuery> {
    let limit = match p.page_size {
        None => 100,
        Some(n @ 1..=1000) => n,
        Some(_) => return Err(ApiError::invalid("page_size", "must be between 1 and 1000")),
    };
    let offset = match &p.page_token {
        None => 0,
        Some(t) => t
            .parse()
            .map_err(|_| ApiError::invalid("page_token", "not a token from a previous page"))?,
    };
    Ok(ListQuery {
        offset,
        limit,
        asc: true,
    })
}

/// `GET /drive/files`.
#[utoipa::path(get, path = "/drive/files", tag = "drive", params(ListParams),
    responses(
        (status = 200, description = "Folders first, then by name", body = DriveItemList),
        (status = 400, description = "A bad parameter, named in the message (e.g. `parent` names a file)", body = ErrorBody),
        (status = 404, description = "No such `parent`, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn list(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiQuery(p): ApiQuery<ListParams>,
) -> ApiResult<ApiJson<DriveItemList>> {
    let q = paging(&p)?;
    let unpaged = |items: Vec<DriveItemRecord>, trashed: bool| DriveItemList {
        items: items
            .into_iter()
            .map(|i| access::to_wire(i, trashed))
            .collect(),
        next_page_token: None,
    };
    if p.shared {
        let mut ids: Vec<String> = Vec::new();
        for kind in [ResourceKind::Folder, ResourceKind::File] {
            ids.extend(
                sharing::shared_with(&state, &actor, kind)
                    .await?
                    .into_iter()
                    .map(|(id, _)| id),
            );
        }
        let items = state.store.ws_drive.get_items(&ids).await?;
        return Ok(ApiJson(unpaged(items, false)));
    }
    if p.trashed {
        let items = state.store.ws_drive.list_trashed(&actor.user_id).await?;
        return Ok(ApiJson(unpaged(items, true)));
    }
    if let Some(needle) = p.q.as_deref().filter(|n| !n.is_empty()) {
        let items = state
            .store
            .ws_drive
            .search(&actor.user_id, needle, q)
            .await?;
        return Ok(ApiJson(unpaged(items, false)));
    }
    let folder = match &p.parent {
        Some(id) => access::require(&state, &actor, id, ShareRole::Viewer).await?,
        None => access::require(&state, &actor, access::ROOT_ALIAS, ShareRole::Viewer).await?,
    };
    if folder.item.kind != DriveKind::Folder {
        return Err(ApiError::invalid("parent", "names a file, not a folder"));
    }
    let page = state
        .store
        .ws_drive
        .list_children(&folder.item.id, q)
        .await?;
    let next = q.offset + page.items.len() as u64;
    Ok(ApiJson(DriveItemList {
        items: page
            .items
            .into_iter()
            .map(|i| access::to_wire(i, folder.trashed))
            .collect(),
        next_page_token: (next < page.total).then(|| next.to_string()),
    }))
}

/// `GET /drive/files/{id}`.
#[utoipa::path(get, path = "/drive/files/{id}", tag = "drive", params(("id" = String, Path, description = "Item id")),
    responses((status = 200, description = "The item", body = DriveItem), (status = 404, description = "No such item, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn get(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<ApiJson<DriveItem>> {
    let found = access::require(&state, &actor, &id, ShareRole::Viewer).await?;
    Ok(ApiJson(access::to_wire(found.item, found.trashed)))
}

/// `POST /drive/folders`.
#[utoipa::path(post, path = "/drive/folders", tag = "drive", request_body = CreateFolder,
    responses(
        (status = 201, description = "The new folder", body = DriveItem),
        (status = 400, description = "A bad name (traversal, control characters, too long) or parent, named in the message", body = ErrorBody),
        (status = 403, description = "The caller may not write in the parent folder", body = ErrorBody),
        (status = 404, description = "No such parent folder, or none the caller may see", body = ErrorBody),
        (status = 409, description = "An item of that name exists in the folder", body = ErrorBody)))]
pub(crate) async fn create_folder(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiJson(body): ApiJson<CreateFolder>,
) -> ApiResult<(StatusCode, ApiJson<DriveItem>)> {
    let result = async {
        access::check_name("name", &body.name)?;
        let parent =
            access::target_folder(&state, &actor, body.parent_id.as_deref(), "parent_id").await?;
        let now = state.now();
        let item = DriveItemRecord {
            id: new_id(),
            org_id: parent.org_id.clone(),
            owner_id: actor.user_id.clone(),
            parent_id: Some(parent.id),
            name: body.name.clone(),
            kind: DriveKind::Folder,
            size: 0,
            sha256: None,
            content_type: None,
            trashed_at: None,
            created_at: now,
            changed_at: now,
        };
        state.store.ws_drive.create_folder(&item).await?;
        Ok(item)
    }
    .await;
    let target = match &result {
        Ok(item) => access::target(item),
        Err(_) => format!("folder:{}", body.parent_id.as_deref().unwrap_or("root")),
    };
    audit::record_result(&state, &actor, "drive.folder.create", target, &result).await;
    Ok((
        StatusCode::CREATED,
        ApiJson(access::to_wire(result?, false)),
    ))
}

/// `PATCH /drive/files/{id}`: rename and/or move.
#[utoipa::path(patch, path = "/drive/files/{id}", tag = "drive", request_body = UpdateItem, params(("id" = String, Path, description = "Item id")),
    responses(
        (status = 200, description = "The renamed and/or moved item", body = DriveItem),
        (status = 400, description = "A bad name or target folder (e.g. a folder into itself), named in the message", body = ErrorBody),
        (status = 403, description = "The caller may not change the item or write in the target", body = ErrorBody),
        (status = 404, description = "No such item, or none the caller may see", body = ErrorBody),
        (status = 409, description = "An item of that name exists in the target folder", body = ErrorBody)))]
pub(crate) async fn update(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UpdateItem>,
) -> ApiResult<ApiJson<DriveItem>> {
    let result = move_item(&state, &actor, &id, body).await;
    audit::record_result(&state, &actor, "drive.move", format!("item:{id}"), &result).await;
    result.map(ApiJson)
}

async fn move_item(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    body: UpdateItem,
) -> ApiResult<DriveItem> {
    let found = access::require(state, actor, id, ShareRole::Editor).await?;
    let Some(current_parent) = found.item.parent_id.clone() else {
        return Err(ApiError::invalid(
            "id",
            "My Drive itself cannot be renamed or moved",
        ));
    };
    let name = body.name.unwrap_or_else(|| found.item.name.clone());
    access::check_name("name", &name)?;
    let parent = match body.parent_id {
        Some(p) if p != current_parent => {
            let parent = access::target_folder(state, actor, Some(&p), "parent_id").await?;
            let above = state.store.ws_drive.ancestors(&parent.id).await?;
            if parent.id == found.item.id || above.iter().any(|a| a.id == found.item.id) {
                return Err(ApiError::invalid(
                    "parent_id",
                    "would move a folder into itself",
                ));
            }
            if parent.org_id != found.item.org_id {
                return Err(ApiError::invalid(
                    "parent_id",
                    "belongs to another organization",
                ));
            }
            parent.id
        }
        _ => current_parent,
    };
    let now = state.now();
    state
        .store
        .ws_drive
        .move_item(id, &parent, &name, now)
        .await?;
    let mut item = found.item;
    (item.parent_id, item.name, item.changed_at) = (Some(parent), name, now);
    Ok(access::to_wire(item, found.trashed))
}

/// `POST /drive/files/{id}/copy`: a file, or a folder with everything in it (see
/// [`super::copy`]).
#[utoipa::path(post, path = "/drive/files/{id}/copy", tag = "drive", request_body = CopyItem, params(("id" = String, Path, description = "Item id")),
    responses(
        (status = 201, description = "The copy: a file, or a folder with every live item in it, copied in one transaction (copies share the originals' bytes)", body = DriveItem),
        (status = 400, description = "A bad name or target folder (or one inside the folder copied), named in the message", body = ErrorBody),
        (status = 403, description = "The caller may not write in the target folder", body = ErrorBody),
        (status = 404, description = "No such item, or none the caller may see", body = ErrorBody),
        (status = 409, description = "An item of that name exists in the target folder; the message names it", body = ErrorBody),
        (status = 413, description = "`too_large`: the whole copy does not fit in the organization's quota; nothing is copied", body = ErrorBody)))]
pub(crate) async fn copy(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CopyItem>,
) -> ApiResult<(StatusCode, ApiJson<DriveItem>)> {
    let result = super::copy::copy_item(&state, &actor, &id, body).await;
    audit::record_result(&state, &actor, "drive.copy", format!("item:{id}"), &result).await;
    Ok((StatusCode::CREATED, ApiJson(result?)))
}

/// `POST /drive/files/{id}/trash`.
#[utoipa::path(post, path = "/drive/files/{id}/trash", tag = "drive", params(("id" = String, Path, description = "Item id")),
    responses(
        (status = 200, description = "The trashed item (its contents are trashed with it)", body = DriveItem),
        (status = 400, description = "My Drive itself cannot be trashed", body = ErrorBody),
        (status = 403, description = "The caller may not change the item", body = ErrorBody),
        (status = 404, description = "No such item, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn trash(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<ApiJson<DriveItem>> {
    let result = set_trashed(&state, &actor, &id, true).await;
    audit::record_result(&state, &actor, "drive.trash", format!("item:{id}"), &result).await;
    result.map(ApiJson)
}

/// `POST /drive/files/{id}/restore`.
#[utoipa::path(post, path = "/drive/files/{id}/restore", tag = "drive", params(("id" = String, Path, description = "Item id")),
    responses(
        (status = 200, description = "The restored item", body = DriveItem),
        (status = 400, description = "The item is not in the trash itself (restore the trashed folder holding it)", body = ErrorBody),
        (status = 403, description = "The caller may not change the item", body = ErrorBody),
        (status = 404, description = "No such item, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn restore(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<ApiJson<DriveItem>> {
    let result = set_trashed(&state, &actor, &id, false).await;
    audit::record_result(
        &state,
        &actor,
        "drive.restore",
        format!("item:{id}"),
        &result,
    )
    .await;
    result.map(ApiJson)
}

async fn set_trashed(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    trash: bool,
) -> ApiResult<DriveItem> {
    let found = access::require(state, actor, id, ShareRole::Editor).await?;
    if found.item.parent_id.is_none() {
        return Err(ApiError::invalid("id", "My Drive itself cannot be trashed"));
    }
    if !trash && found.item.trashed_at.is_none() {
        return Err(ApiError::invalid(
            "id",
            "is not in the trash itself (restore the trashed folder holding it)",
        ));
    }
    let at = trash.then(|| state.now());
    state.store.ws_drive.set_trashed(id, at).await?;
    let mut item = found.item;
    item.trashed_at = at;
    let still_trashed = trash || (found.trashed && item.trashed_at.is_some());
    Ok(access::to_wire(item, still_trashed))
}

/// `DELETE /drive/files/{id}`: deletes for good (owners only).
#[utoipa::path(delete, path = "/drive/files/{id}", tag = "drive", params(("id" = String, Path, description = "Item id")),
    responses(
        (status = 204, description = "Deleted for good, with everything in it"),
        (status = 400, description = "My Drive itself cannot be deleted", body = ErrorBody),
        (status = 403, description = "Only owners may delete", body = ErrorBody),
        (status = 404, description = "No such item, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn delete(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    let result = async {
        let found = access::require(&state, &actor, &id, ShareRole::Owner).await?;
        if found.item.parent_id.is_none() {
            return Err(ApiError::invalid("id", "My Drive itself cannot be deleted"));
        }
        state.store.ws_drive.delete_item(&id).await?;
        sharing::forget(&state, access::resource_kind(found.item.kind), &id).await
    }
    .await;
    audit::record_result(
        &state,
        &actor,
        "drive.delete",
        format!("item:{id}"),
        &result,
    )
    .await;
    result.map(|()| StatusCode::NO_CONTENT)
}

/// `GET /drive/quota`: the caller's organization's usage and limit.
#[utoipa::path(get, path = "/drive/quota", tag = "drive",
    responses((status = 200, description = "Usage and limit of the caller's organization", body = Quota)))]
pub(crate) async fn quota(
    State(state): State<WorkspaceState>,
    actor: Actor,
) -> ApiResult<ApiJson<Quota>> {
    let usage = state.store.ws_drive.usage(&actor.org_id).await?;
    let limit = access::quota_limit(&state, &actor.org_id).await?;
    let bytes = |n: i64| u64::try_from(n).unwrap_or_default();
    Ok(ApiJson(Quota {
        org_id: actor.org_id,
        used: bytes(usage.used),
        reserved: bytes(usage.reserved),
        limit: bytes(limit),
    }))
}
