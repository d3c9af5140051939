//! [`WsDriveGcRepo`] on SQLite: each decision is one statement, so it is atomic
//! against file commits and claims without an explicit transaction.

use async_trait::async_trait;

use super::SqliteDb;
use crate::repo::{StoreResult, WsDriveGcRepo};

#[async_trait]
impl WsDriveGcRepo for SqliteDb {
    async fn claim_blob(&self, sha256: &str, now: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "INSERT INTO ws_drive_blob_marks (sha256, claimed_at, deleting) VALUES (?1, ?2, 0)
             ON CONFLICT (sha256) DO UPDATE SET claimed_at = excluded.claimed_at
             WHERE deleting = 0",
        )
        .bind(sha256)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn mark_blob_deleting(&self, sha256: &str, claimed_before: i64) -> StoreResult<bool> {
        // `WHERE true`-style guard: SQLite needs a WHERE on the SELECT of an upsert.
        let done = sqlx::query(
            "INSERT INTO ws_drive_blob_marks (sha256, claimed_at, deleting)
             SELECT ?1, 0, 1
             WHERE NOT EXISTS (SELECT 1 FROM ws_drive_items WHERE sha256 = ?1)
             ON CONFLICT (sha256) DO UPDATE SET deleting = 1
             WHERE claimed_at < ?2",
        )
        .bind(sha256)
        .bind(claimed_before)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn blobs_deleting(&self) -> StoreResult<Vec<String>> {
        Ok(
            sqlx::query_scalar("SELECT sha256 FROM ws_drive_blob_marks WHERE deleting = 1")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn blob_deleted(&self, sha256: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM ws_drive_blob_marks WHERE sha256 = ?1 AND deleting = 1")
            .bind(sha256)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn drop_stale_claims(&self, claimed_before: i64) -> StoreResult<u64> {
        let done =
            sqlx::query("DELETE FROM ws_drive_blob_marks WHERE deleting = 0 AND claimed_at < ?1")
                .bind(claimed_before)
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected())
    }
}
