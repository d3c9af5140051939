//! What the drive's blob collector asks the database: claims that keep a blob an
//! upload is about to reference, and tombstones for blobs being deleted (see the
//! `0008_ws_drive_gc` migration for the protocol).

use async_trait::async_trait;

use super::StoreResult;

/// Blob claims and tombstones. A claim and a tombstone of one digest are upserts of one
/// row, so every backend orders them by that row (SQLite by its writer lock,
/// PostgreSQL by the row lock an `ON CONFLICT DO UPDATE` takes): whichever comes first
/// wins, and the other sees its result.
#[async_trait]
pub trait WsDriveGcRepo: Send + Sync {
    /// Claims blob `sha256` at `now` before an upload promotes it; `false` (nothing
    /// changed) while the collector is deleting it: wait and claim again.
    async fn claim_blob(&self, sha256: &str, now: i64) -> StoreResult<bool>;
    /// Tombstones blob `sha256` if no drive item (trashed ones included) references
    /// it and no claim newer than `claimed_before` holds it; `true` if it may now be
    /// deleted from the blob store. One statement: a file committed or a claim made
    /// at the same moment either comes first (and keeps the blob) or waits.
    async fn mark_blob_deleting(&self, sha256: &str, claimed_before: i64) -> StoreResult<bool>;
    /// Digests with a tombstone (including ones left by a collector that stopped
    /// half-way).
    async fn blobs_deleting(&self) -> StoreResult<Vec<String>>;
    /// Removes the tombstone of a blob that is gone from the blob store.
    async fn blob_deleted(&self, sha256: &str) -> StoreResult<()>;
    /// Drops claims made before `claimed_before` (they no longer protect anything);
    /// returns how many.
    async fn drop_stale_claims(&self, claimed_before: i64) -> StoreResult<u64>;
}
