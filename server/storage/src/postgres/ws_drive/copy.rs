//! The body of [`WsDriveRepo::copy_tree`](crate::WsDriveRepo::copy_tree): read the
//! live subtree, check the quota for all of it, insert fresh rows parents first.

use std::collections::HashMap;

use sqlx::{Postgres, Transaction};

use super::{insert_item, item_from_row, lock_quota, name_taken, no_parent, usage_in};
use crate::model::{DriveItemRecord, DriveKind, QuotaExceeded, TreeCopied, TreeCopy};
use crate::repo::StoreResult;
use crate::sql::write_err;
use crate::{StorageError, new_id};

/// The source folder and its live descendants (an item trashed itself is left out
/// with everything below it), parents before children.
async fn live_subtree(
    tx: &mut Transaction<'_, Postgres>,
    id: &str,
) -> StoreResult<Vec<DriveItemRecord>> {
    let rows = sqlx::query(
        "WITH RECURSIVE sub(id, depth) AS (
            SELECT id, 0 FROM ws_drive_items WHERE id = $1
            UNION ALL
            SELECT i.id, sub.depth + 1 FROM ws_drive_items i JOIN sub ON i.parent_id = sub.id
            WHERE i.trashed_at IS NULL AND sub.depth < 1000
         )
         SELECT i.* FROM sub JOIN ws_drive_items i ON i.id = sub.id ORDER BY sub.depth",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(item_from_row).collect()
}

/// Copies inside the caller's transaction; nothing is written when over quota.
pub(super) async fn copy_in(
    tx: &mut Transaction<'_, Postgres>,
    c: &TreeCopy,
) -> StoreResult<Result<TreeCopied, (i64, QuotaExceeded)>> {
    lock_quota(tx, &c.org_id).await?;
    let items = live_subtree(tx, &c.source_id).await?;
    if items
        .first()
        .is_none_or(|top| top.kind != DriveKind::Folder)
    {
        return Err(StorageError::NotFound);
    }
    let bytes: i64 = items.iter().map(|i| i.size).sum();
    let usage = usage_in(tx, &c.org_id).await?;
    if usage.used + usage.reserved + bytes > c.limit {
        let quota = QuotaExceeded {
            usage,
            limit: c.limit,
        };
        return Ok(Err((bytes, quota)));
    }
    let mut new_ids: HashMap<String, String> = HashMap::new();
    let mut copied = Vec::with_capacity(items.len());
    for (n, old) in items.into_iter().enumerate() {
        let id = new_id();
        let (parent_id, name) = if n == 0 {
            (c.parent_id.clone(), c.name.clone())
        } else {
            let parent = old.parent_id.as_ref().and_then(|p| new_ids.get(p));
            let parent = parent.ok_or_else(|| {
                StorageError::Corrupt("a copied item's parent was not copied first".into())
            })?;
            (parent.clone(), old.name.clone())
        };
        new_ids.insert(old.id.clone(), id.clone());
        let item = DriveItemRecord {
            id,
            org_id: c.org_id.clone(),
            owner_id: c.owner_id.clone(),
            parent_id: Some(parent_id),
            name,
            trashed_at: None,
            created_at: c.at,
            changed_at: c.at,
            ..old
        };
        insert_item(&item)
            .execute(&mut **tx)
            .await
            .map_err(|e| write_err(e, name_taken(&item.name), no_parent))?;
        copied.push(item);
    }
    let files = copied.iter().filter(|i| i.kind == DriveKind::File).count() as u64;
    let folders = copied.len() as u64 - files;
    let top = copied.swap_remove(0);
    Ok(Ok(TreeCopied {
        top,
        folders,
        files,
        bytes,
    }))
}
