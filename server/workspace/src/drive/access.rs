//! Who may do what to a drive item: the item's own ACL plus its folders' (sharing a
//! folder shares everything in it), conversion to the wire type, and the lookups
//! every handler starts with.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use ws_api::workspace::drive::{DriveItem, ItemKind};
use ws_storage::{DriveItemRecord, DriveKind, new_id};

use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::sharing::{self, ResourceKind, ResourceRef, ShareRole};
use crate::state::WorkspaceState;

/// Name of every user's root folder.
pub const ROOT_NAME: &str = "My Drive";
/// The id that stands for the caller's My Drive wherever an item id is taken.
pub const ROOT_ALIAS: &str = "root";

/// An item with what the caller may do with it.
#[derive(Debug, Clone)]
pub struct Located {
    /// The item.
    pub item: DriveItemRecord,
    /// The caller's best role on it or on one of its folders.
    pub role: ShareRole,
    /// Whether it or one of its folders is in the trash.
    pub trashed: bool,
}

/// The sharing kind of a record.
pub fn resource_kind(kind: DriveKind) -> ResourceKind {
    match kind {
        DriveKind::Folder => ResourceKind::Folder,
        DriveKind::File => ResourceKind::File,
    }
}

/// The audit target of a record, e.g. `file:123`.
pub fn target(item: &DriveItemRecord) -> String {
    sharing::target(resource_kind(item.kind), &item.id)
}

fn resource_ref(item: &DriveItemRecord) -> ResourceRef<'_> {
    ResourceRef {
        kind: resource_kind(item.kind),
        id: &item.id,
        owner_org: &item.org_id,
        owner_user: &item.owner_id,
    }
}

/// Loads item `id` and the caller's role on it; `None` when it does not exist or
/// the caller has no role at all (the two are indistinguishable to callers).
/// The id `root` names the caller's My Drive.
pub async fn locate(state: &WorkspaceState, actor: &Actor, id: &str) -> ApiResult<Option<Located>> {
    if id == ROOT_ALIAS {
        return Ok(Some(Located {
            item: root(state, actor).await?,
            role: ShareRole::Owner.min(sharing::cap(actor)),
            trashed: false,
        }));
    }
    let Some(item) = state.store.ws_drive.get_item(id).await? else {
        return Ok(None);
    };
    let mut best = sharing::effective_role(state, actor, resource_ref(&item)).await?;
    let mut trashed = item.trashed_at.is_some();
    for folder in state.store.ws_drive.ancestors(&item.id).await? {
        trashed |= folder.trashed_at.is_some();
        if best < Some(ShareRole::Owner) {
            best = best.max(sharing::effective_role(state, actor, resource_ref(&folder)).await?);
        }
    }
    Ok(best.map(|role| Located {
        item,
        role,
        trashed,
    }))
}

/// Like [`locate`], but answered by the one permission rule ([`sharing::allow`]):
/// 404 when absent or hidden, 403 when the role is below `needed`.
pub async fn require(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    needed: ShareRole,
) -> ApiResult<Located> {
    match locate(state, actor, id).await? {
        None => Err(ApiError::not_found("file or folder")),
        Some(found) => {
            sharing::allow(
                actor,
                resource_kind(found.item.kind),
                Some(found.role),
                needed,
            )?;
            Ok(found)
        }
    }
}

/// The caller's My Drive root, created on first use.
pub async fn root(state: &WorkspaceState, actor: &Actor) -> ApiResult<DriveItemRecord> {
    root_of(state, &actor.user_id, &actor.org_id).await
}

/// The My Drive root of user `user_id` of `org_id`, made on first use.
pub async fn root_of(
    state: &WorkspaceState,
    user_id: &str,
    org_id: &str,
) -> ApiResult<DriveItemRecord> {
    if let Some(root) = state.store.ws_drive.get_root(user_id).await? {
        return Ok(root);
    }
    let now = state.now();
    let root = DriveItemRecord {
        id: new_id(),
        org_id: org_id.to_owned(),
        owner_id: user_id.to_owned(),
        parent_id: None,
        name: ROOT_NAME.to_owned(),
        kind: DriveKind::Folder,
        size: 0,
        sha256: None,
        content_type: None,
        trashed_at: None,
        created_at: now,
        changed_at: now,
    };
    Ok(state.store.ws_drive.ensure_root(&root).await?)
}

/// The folder new items go into: `parent_id`, or the caller's root when absent.
/// Needs editor on it; 400 naming `field` when it is a file or in the trash.
pub async fn target_folder(
    state: &WorkspaceState,
    actor: &Actor,
    parent_id: Option<&str>,
    field: &str,
) -> ApiResult<DriveItemRecord> {
    let id = parent_id.unwrap_or(ROOT_ALIAS);
    let found = require(state, actor, id, ShareRole::Editor)
        .await
        .map_err(|e| {
            if e.status.as_u16() == 404 {
                ApiError::not_found(field)
            } else {
                e
            }
        })?;
    if found.item.kind != DriveKind::Folder {
        return Err(ApiError::invalid(
            field,
            "names a file; items go into folders",
        ));
    }
    if found.trashed {
        return Err(ApiError::invalid(
            field,
            "names a folder in the trash; restore it first",
        ));
    }
    Ok(found.item)
}

/// Checks a new name, answering 400 naming `field`.
pub fn check_name(field: &str, name: &str) -> ApiResult<()> {
    super::names::validate_name(name).map_err(|why| ApiError::invalid(field, why))
}

/// RFC 3339 UTC of unix seconds.
pub fn rfc3339(secs: i64) -> String {
    OffsetDateTime::from_unix_timestamp(secs)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

/// The wire form of an item.
pub fn to_wire(item: DriveItemRecord, trashed: bool) -> DriveItem {
    DriveItem {
        kind: match item.kind {
            DriveKind::Folder => ItemKind::Folder,
            DriveKind::File => ItemKind::File,
        },
        size: u64::try_from(item.size).unwrap_or_default(),
        trashed: trashed || item.trashed_at.is_some(),
        created_at: rfc3339(item.created_at),
        changed_at: rfc3339(item.changed_at),
        id: item.id,
        name: item.name,
        parent_id: item.parent_id,
        sha256: item.sha256,
        content_type: item.content_type,
        owner_id: item.owner_id,
        org_id: item.org_id,
    }
}

/// The quota of an organization: its own setting or the configured default.
pub async fn quota_limit(state: &WorkspaceState, org_id: &str) -> ApiResult<i64> {
    let set = state.store.ws_drive.get_quota(org_id).await?;
    let default = i64::try_from(state.config.default_org_quota).unwrap_or(i64::MAX);
    Ok(set.unwrap_or(default))
}

/// The 413 for a write the quota cannot take.
pub fn over_quota(needed: i64, q: ws_storage::QuotaExceeded) -> ApiError {
    ApiError::too_large(format!(
        "size: {needed} bytes do not fit in the organization's drive quota \
         ({} of {} bytes used, {} reserved by open uploads)",
        q.usage.used, q.limit, q.usage.reserved
    ))
}
