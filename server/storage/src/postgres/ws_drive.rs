//! [`WsDriveRepo`] on PostgreSQL. SQLite's `BEGIN IMMEDIATE` serialises every
//! quota-checked write; here those writes (upload reservations, file commits, tree
//! copies) first take a transaction-scoped advisory lock on their organization, so
//! the usage they read cannot change before they write. Names stay unique through the
//! partial unique index on live items, never through a check made first; the file a
//! commit overwrites is locked with `FOR UPDATE`.

use async_trait::async_trait;
use sqlx::postgres::PgRow;
use sqlx::{Postgres, Row, Transaction};

use super::{PgDb, one_row};
use crate::StorageError;
use crate::model::{
    DriveItemRecord, DriveKind, DriveUploadRecord, DriveUsage, FileCommit, ListQuery, Page,
    QuotaExceeded, TreeCopied, TreeCopy,
};
use crate::repo::{StoreResult, WsDriveRepo};
use crate::sql::{contains_pattern, duplicate, missing_reference, parse_enum, write_err};

mod copy;

fn item_from_row(row: &PgRow) -> StoreResult<DriveItemRecord> {
    Ok(DriveItemRecord {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        owner_id: row.try_get("owner_id")?,
        parent_id: row.try_get("parent_id")?,
        name: row.try_get("name")?,
        kind: parse_enum(row.try_get("kind")?, "drive item kind", DriveKind::parse)?,
        size: row.try_get("size")?,
        sha256: row.try_get("sha256")?,
        content_type: row.try_get("content_type")?,
        trashed_at: row.try_get("trashed_at")?,
        created_at: row.try_get("created_at")?,
        changed_at: row.try_get("changed_at")?,
    })
}

fn upload_from_row(row: &PgRow) -> StoreResult<DriveUploadRecord> {
    Ok(DriveUploadRecord {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        user_id: row.try_get("user_id")?,
        parent_id: row.try_get("parent_id")?,
        name: row.try_get("name")?,
        size: row.try_get("size")?,
        committed: row.try_get("committed")?,
        received: row.try_get("received")?,
        overwrite: row.try_get("overwrite")?,
        created_at: row.try_get("created_at")?,
        expires_at: row.try_get("expires_at")?,
    })
}

fn name_taken(name: &str) -> impl FnOnce() -> String + '_ {
    move || format!("an item named '{name}' already exists in this folder")
}

fn no_parent() -> String {
    "the parent folder does not exist".to_owned()
}

/// The insert of a full item row, with its twelve placeholders.
macro_rules! insert_item_sql {
    ($verb:literal, $tail:literal) => {
        concat!(
            $verb,
            " INTO ws_drive_items (id, org_id, owner_id, parent_id, name, kind, size, sha256,
                content_type, trashed_at, created_at, changed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            $tail
        )
    };
}

fn insert_item(
    item: &DriveItemRecord,
) -> sqlx::query::Query<'_, Postgres, sqlx::postgres::PgArguments> {
    sqlx::query(insert_item_sql!("INSERT", ""))
        .bind(&item.id)
        .bind(&item.org_id)
        .bind(&item.owner_id)
        .bind(&item.parent_id)
        .bind(&item.name)
        .bind(item.kind.as_str())
        .bind(item.size)
        .bind(&item.sha256)
        .bind(&item.content_type)
        .bind(item.trashed_at)
        .bind(item.created_at)
        .bind(item.changed_at)
}

/// Holds, until `tx` ends, the lock that serialises the quota-checked writes of one
/// organization (what SQLite's single writer gives for free).
async fn lock_quota(tx: &mut Transaction<'_, Postgres>, org_id: &str) -> StoreResult<()> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('ws_drive_quota:' || $1, 0))")
        .bind(org_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Used and reserved bytes of an org, read inside a transaction.
async fn usage_in(tx: &mut Transaction<'_, Postgres>, org_id: &str) -> StoreResult<DriveUsage> {
    let row = sqlx::query(
        "SELECT
            (SELECT COALESCE(SUM(size), 0)::BIGINT FROM ws_drive_items WHERE org_id = $1) AS used,
            (SELECT COALESCE(SUM(size), 0)::BIGINT FROM ws_drive_uploads WHERE org_id = $1)
                AS reserved",
    )
    .bind(org_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(DriveUsage {
        used: row.try_get("used")?,
        reserved: row.try_get("reserved")?,
    })
}

/// The body of [`WsDriveRepo::commit_file`], inside its transaction.
async fn commit_in(
    tx: &mut Transaction<'_, Postgres>,
    c: &FileCommit,
) -> StoreResult<Result<DriveItemRecord, QuotaExceeded>> {
    let mut reserved_by_session = 0;
    if let Some(sid) = &c.session_id {
        // Ending the session is the claim on it: of two commits of one session the
        // second finds no row (it waits for the first and then sees it gone).
        let size: Option<i64> =
            sqlx::query_scalar("DELETE FROM ws_drive_uploads WHERE id = $1 RETURNING size")
                .bind(sid)
                .fetch_optional(&mut **tx)
                .await?;
        reserved_by_session = size.ok_or(StorageError::NotFound)?;
    }
    let parent = c.item.parent_id.as_deref().unwrap_or_default();
    let existing = sqlx::query(
        "SELECT * FROM ws_drive_items WHERE parent_id = $1 AND name = $2 AND trashed_at IS NULL
         FOR UPDATE",
    )
    .bind(parent)
    .bind(&c.item.name)
    .fetch_optional(&mut **tx)
    .await?
    .as_ref()
    .map(item_from_row)
    .transpose()?;
    let replaced = match &existing {
        Some(e) if c.overwrite && e.kind == DriveKind::File => e.size,
        Some(_) => return Err(StorageError::Conflict(name_taken(&c.item.name)())),
        None => 0,
    };
    lock_quota(tx, &c.item.org_id).await?;
    let mut usage = usage_in(tx, &c.item.org_id).await?;
    usage.reserved -= reserved_by_session;
    if usage.used + usage.reserved - replaced + c.item.size > c.limit {
        return Ok(Err(QuotaExceeded {
            usage,
            limit: c.limit,
        }));
    }
    let stored = match existing {
        Some(mut e) => {
            sqlx::query(
                "UPDATE ws_drive_items SET size = $2, sha256 = $3, content_type = $4,
                    changed_at = $5 WHERE id = $1",
            )
            .bind(&e.id)
            .bind(c.item.size)
            .bind(&c.item.sha256)
            .bind(&c.item.content_type)
            .bind(c.item.changed_at)
            .execute(&mut **tx)
            .await?;
            e.size = c.item.size;
            e.sha256.clone_from(&c.item.sha256);
            e.content_type.clone_from(&c.item.content_type);
            e.changed_at = c.item.changed_at;
            e
        }
        None => {
            insert_item(&c.item)
                .execute(&mut **tx)
                .await
                .map_err(|e| write_err(e, name_taken(&c.item.name), no_parent))?;
            c.item.clone()
        }
    };
    Ok(Ok(stored))
}

#[async_trait]
impl WsDriveRepo for PgDb {
    async fn ensure_root(&self, root: &DriveItemRecord) -> StoreResult<DriveItemRecord> {
        // The partial unique index on owner_id makes a concurrent second insert a no-op
        // (it waits for the first to commit, then does nothing).
        sqlx::query(insert_item_sql!("INSERT", " ON CONFLICT DO NOTHING"))
            .bind(&root.id)
            .bind(&root.org_id)
            .bind(&root.owner_id)
            .bind(Option::<String>::None)
            .bind(&root.name)
            .bind(DriveKind::Folder.as_str())
            .bind(0_i64)
            .bind(Option::<String>::None)
            .bind(Option::<String>::None)
            .bind(Option::<i64>::None)
            .bind(root.created_at)
            .bind(root.changed_at)
            .execute(&self.pool)
            .await?;
        self.get_root(&root.owner_id)
            .await?
            .ok_or_else(|| StorageError::Corrupt("drive root vanished after insert".into()))
    }

    async fn get_root(&self, owner_id: &str) -> StoreResult<Option<DriveItemRecord>> {
        let row =
            sqlx::query("SELECT * FROM ws_drive_items WHERE owner_id = $1 AND parent_id IS NULL")
                .bind(owner_id)
                .fetch_optional(&self.pool)
                .await?;
        row.as_ref().map(item_from_row).transpose()
    }

    async fn get_item(&self, id: &str) -> StoreResult<Option<DriveItemRecord>> {
        let row = sqlx::query("SELECT * FROM ws_drive_items WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(item_from_row).transpose()
    }

    async fn find_child(
        &self,
        parent_id: &str,
        name: &str,
    ) -> StoreResult<Option<DriveItemRecord>> {
        let row = sqlx::query(
            "SELECT * FROM ws_drive_items
             WHERE parent_id = $1 AND name = $2 AND trashed_at IS NULL",
        )
        .bind(parent_id)
        .bind(name)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(item_from_row).transpose()
    }

    async fn list_children(
        &self,
        parent_id: &str,
        q: ListQuery,
    ) -> StoreResult<Page<DriveItemRecord>> {
        let limit = i64::try_from(q.effective_limit()).unwrap_or(1000);
        let offset = i64::try_from(q.offset).unwrap_or(i64::MAX);
        let rows = sqlx::query(
            "SELECT * FROM ws_drive_items WHERE parent_id = $1 AND trashed_at IS NULL
             ORDER BY kind = 'file', name, id LIMIT $2 OFFSET $3",
        )
        .bind(parent_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM ws_drive_items WHERE parent_id = $1 AND trashed_at IS NULL",
        )
        .bind(parent_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(Page {
            items: rows.iter().map(item_from_row).collect::<StoreResult<_>>()?,
            total: u64::try_from(total).unwrap_or_default(),
        })
    }

    async fn get_items(&self, ids: &[String]) -> StoreResult<Vec<DriveItemRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM ws_drive_items
             WHERE id = ANY($1) AND trashed_at IS NULL
             ORDER BY kind = 'file', name, id",
        )
        .bind(ids)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(item_from_row).collect()
    }

    async fn list_trashed(&self, owner_id: &str) -> StoreResult<Vec<DriveItemRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM ws_drive_items WHERE owner_id = $1 AND trashed_at IS NOT NULL
             ORDER BY trashed_at DESC, id LIMIT 1000",
        )
        .bind(owner_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(item_from_row).collect()
    }

    async fn search(
        &self,
        owner_id: &str,
        needle: &str,
        q: ListQuery,
    ) -> StoreResult<Vec<DriveItemRecord>> {
        let limit = i64::try_from(q.effective_limit()).unwrap_or(1000);
        let offset = i64::try_from(q.offset).unwrap_or(i64::MAX);
        let rows = sqlx::query(
            "SELECT * FROM ws_drive_items
             WHERE owner_id = $1 AND parent_id IS NOT NULL AND trashed_at IS NULL
               AND name ILIKE $2 ESCAPE '\\'
             ORDER BY kind = 'file', name, id LIMIT $3 OFFSET $4",
        )
        .bind(owner_id)
        .bind(contains_pattern(needle))
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(item_from_row).collect()
    }

    async fn ancestors(&self, id: &str) -> StoreResult<Vec<DriveItemRecord>> {
        let rows = sqlx::query(
            "WITH RECURSIVE up(id, depth) AS (
                SELECT parent_id, 1 FROM ws_drive_items WHERE id = $1
                UNION ALL
                SELECT i.parent_id, up.depth + 1 FROM ws_drive_items i JOIN up ON i.id = up.id
                WHERE up.depth < 1000
             )
             SELECT i.* FROM up JOIN ws_drive_items i ON i.id = up.id ORDER BY up.depth",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(item_from_row).collect()
    }

    async fn create_folder(&self, item: &DriveItemRecord) -> StoreResult<()> {
        insert_item(item)
            .execute(&self.pool)
            .await
            .map_err(|e| write_err(e, name_taken(&item.name), no_parent))?;
        Ok(())
    }

    async fn commit_file(
        &self,
        commit: &FileCommit,
    ) -> StoreResult<Result<DriveItemRecord, QuotaExceeded>> {
        // The quota lock is taken inside, once the session is ended.
        let mut tx = self.pool.begin().await?;
        let outcome = commit_in(&mut tx, commit).await?;
        if outcome.is_ok() {
            tx.commit().await?;
        }
        Ok(outcome)
    }

    async fn copy_tree(
        &self,
        copy: &TreeCopy,
    ) -> StoreResult<Result<TreeCopied, (i64, QuotaExceeded)>> {
        // The quota lock is taken inside, before the subtree and the usage are read.
        let mut tx = self.pool.begin().await?;
        let outcome = copy::copy_in(&mut tx, copy).await?;
        if outcome.is_ok() {
            tx.commit().await?;
        }
        Ok(outcome)
    }

    async fn move_item(
        &self,
        id: &str,
        parent_id: &str,
        name: &str,
        changed_at: i64,
    ) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE ws_drive_items SET parent_id = $2, name = $3, changed_at = $4 WHERE id = $1",
        )
        .bind(id)
        .bind(parent_id)
        .bind(name)
        .bind(changed_at)
        .execute(&self.pool)
        .await
        .map_err(|e| write_err(e, name_taken(name), no_parent))?;
        one_row(result)
    }

    async fn set_trashed(&self, id: &str, trashed_at: Option<i64>) -> StoreResult<()> {
        let result = sqlx::query("UPDATE ws_drive_items SET trashed_at = $2 WHERE id = $1")
            .bind(id)
            .bind(trashed_at)
            .execute(&self.pool)
            .await
            .map_err(|e| {
                write_err(
                    e,
                    || "an item of the same name is back in its folder; rename it first".into(),
                    missing_reference,
                )
            })?;
        one_row(result)
    }

    async fn delete_item(&self, id: &str) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM ws_drive_items WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        one_row(result)
    }

    async fn usage(&self, org_id: &str) -> StoreResult<DriveUsage> {
        let mut tx = self.pool.begin().await?;
        let usage = usage_in(&mut tx, org_id).await?;
        tx.commit().await?;
        Ok(usage)
    }

    async fn get_quota(&self, org_id: &str) -> StoreResult<Option<i64>> {
        Ok(
            sqlx::query_scalar("SELECT limit_bytes FROM ws_drive_quotas WHERE org_id = $1")
                .bind(org_id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn set_quota(&self, org_id: &str, limit: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO ws_drive_quotas (org_id, limit_bytes) VALUES ($1, $2)
             ON CONFLICT (org_id) DO UPDATE SET limit_bytes = excluded.limit_bytes",
        )
        .bind(org_id)
        .bind(limit)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn create_upload(
        &self,
        s: &DriveUploadRecord,
        limit: i64,
    ) -> StoreResult<Result<(), QuotaExceeded>> {
        let mut tx = self.pool.begin().await?;
        lock_quota(&mut tx, &s.org_id).await?;
        let usage = usage_in(&mut tx, &s.org_id).await?;
        if usage.used + usage.reserved + s.size > limit {
            return Ok(Err(QuotaExceeded { usage, limit }));
        }
        sqlx::query(
            "INSERT INTO ws_drive_uploads (id, org_id, user_id, parent_id, name, size,
                committed, received, overwrite, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&s.id)
        .bind(&s.org_id)
        .bind(&s.user_id)
        .bind(&s.parent_id)
        .bind(&s.name)
        .bind(s.size)
        .bind(s.committed)
        .bind(s.received)
        .bind(s.overwrite)
        .bind(s.created_at)
        .bind(s.expires_at)
        .execute(&mut *tx)
        .await
        .map_err(|e| write_err(e, duplicate, no_parent))?;
        tx.commit().await?;
        Ok(Ok(()))
    }

    async fn get_upload(&self, id: &str) -> StoreResult<Option<DriveUploadRecord>> {
        let row = sqlx::query("SELECT * FROM ws_drive_uploads WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(upload_from_row).transpose()
    }

    async fn advance_upload(
        &self,
        id: &str,
        from: i64,
        to: i64,
        received: i64,
    ) -> StoreResult<bool> {
        let result = sqlx::query(
            "UPDATE ws_drive_uploads SET committed = $3, received = received + $4
             WHERE id = $1 AND committed = $2",
        )
        .bind(id)
        .bind(from)
        .bind(to)
        .bind(received)
        .execute(&self.pool)
        .await?;
        Ok(result.rows_affected() == 1)
    }

    async fn delete_upload(&self, id: &str) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM ws_drive_uploads WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        one_row(result)
    }

    async fn expired_uploads(&self, now: i64) -> StoreResult<Vec<String>> {
        Ok(
            sqlx::query_scalar("SELECT id FROM ws_drive_uploads WHERE expires_at < $1")
                .bind(now)
                .fetch_all(&self.pool)
                .await?,
        )
    }
}
