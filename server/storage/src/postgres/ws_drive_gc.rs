//! [`WsDriveGcRepo`] on PostgreSQL: each decision is one upsert of the blob's mark row.
//! Under READ COMMITTED an `ON CONFLICT DO UPDATE` locks the existing row and tests its
//! `WHERE` against the latest committed version, so a claim and a tombstone of one
//! digest are ordered by that row lock exactly as SQLite's single writer orders them.

use async_trait::async_trait;

use super::PgDb;
use crate::repo::{StoreResult, WsDriveGcRepo};

#[async_trait]
impl WsDriveGcRepo for PgDb {
    async fn claim_blob(&self, sha256: &str, now: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "INSERT INTO ws_drive_blob_marks (sha256, claimed_at, deleting) VALUES ($1, $2, FALSE)
             ON CONFLICT (sha256) DO UPDATE SET claimed_at = excluded.claimed_at
             WHERE ws_drive_blob_marks.deleting = FALSE",
        )
        .bind(sha256)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn mark_blob_deleting(&self, sha256: &str, claimed_before: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "INSERT INTO ws_drive_blob_marks (sha256, claimed_at, deleting)
             SELECT $1, 0, TRUE
             WHERE NOT EXISTS (SELECT 1 FROM ws_drive_items WHERE sha256 = $1)
             ON CONFLICT (sha256) DO UPDATE SET deleting = TRUE
             WHERE ws_drive_blob_marks.claimed_at < $2",
        )
        .bind(sha256)
        .bind(claimed_before)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn blobs_deleting(&self) -> StoreResult<Vec<String>> {
        Ok(
            sqlx::query_scalar("SELECT sha256 FROM ws_drive_blob_marks WHERE deleting")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn blob_deleted(&self, sha256: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM ws_drive_blob_marks WHERE sha256 = $1 AND deleting")
            .bind(sha256)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn drop_stale_claims(&self, claimed_before: i64) -> StoreResult<u64> {
        let done =
            sqlx::query("DELETE FROM ws_drive_blob_marks WHERE NOT deleting AND claimed_at < $1")
                .bind(claimed_before)
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected())
    }
}
