//! Drive garbage collection: deletes blobs that no file references any more (after a
//! permanent delete or an overwrite), expires abandoned resumable upload sessions
//! with their staged bytes, and removes staging files nothing owns. [`spawn`] runs a
//! pass periodically until the server ends; [`DriveGc::run_once`] runs one now.
//!
//! The race that matters: an upload promotes its blob *before* the file row that
//! references it is committed, so "no row references this digest" is briefly true of
//! a blob that is about to be used; and a new upload of the same bytes may promote
//! onto a blob the collector is deleting. The database settles both (see
//! `ws_storage::WsDriveGcRepo` and migration `0008_ws_drive_gc`): an upload *claims*
//! the digest before promoting, and the collector deletes a blob only after one
//! atomic statement found it unreferenced and unclaimed for the whole grace period
//! and left a tombstone. A claim that meets a tombstone waits until the blob is gone
//! and then promotes it afresh. The blob store's listing only proposes candidates; it
//! is never trusted to say what is in use.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::task::JoinHandle;
use ws_auth::Clock;
use ws_storage::{StorageError, Store};

use super::blobs::{BlobError, BlobStore};
use crate::error::{ApiError, ApiResult};
use crate::state::WorkspaceState;

/// How many times a claim waits for the collector to finish deleting a blob.
const CLAIM_ATTEMPTS: u32 = 100;
/// The wait between those attempts (deleting one blob takes milliseconds).
const CLAIM_WAIT: Duration = Duration::from_millis(50);

/// What a pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GcReport {
    /// Blobs deleted from the blob store.
    pub blobs_deleted: u64,
    /// Upload sessions expired (with their staged bytes).
    pub sessions_expired: u64,
    /// Staging files removed that no live session owned.
    pub staged_removed: u64,
}

/// Why a pass stopped early (the next pass carries on).
#[derive(Debug, thiserror::Error)]
pub enum GcError {
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The blob store or the staging directory failed.
    #[error(transparent)]
    Blob(#[from] BlobError),
}

/// The collector over one store and blob store.
#[derive(Clone)]
pub struct DriveGc {
    store: Store,
    blobs: BlobStore,
    clock: Arc<dyn Clock>,
    grace: Duration,
}

impl std::fmt::Debug for DriveGc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DriveGc")
            .field("grace", &self.grace)
            .finish_non_exhaustive()
    }
}

impl DriveGc {
    /// A collector that leaves alone anything claimed, written or expired less than
    /// `grace` ago.
    pub fn new(store: Store, blobs: BlobStore, clock: Arc<dyn Clock>, grace: Duration) -> Self {
        Self {
            store,
            blobs,
            clock,
            grace,
        }
    }

    /// The collector of a running workspace (its grace from the configuration).
    pub fn of(state: &WorkspaceState) -> Self {
        Self::new(
            state.store.clone(),
            state.blobs.clone(),
            state.clock.clone(),
            state.config.drive_gc_grace,
        )
    }

    /// One pass: expired sessions, orphaned staging files, then unreferenced blobs.
    pub async fn run_once(&self) -> Result<GcReport, GcError> {
        let now = self.clock.now();
        let cutoff = unix(now).saturating_sub(i64::try_from(self.grace.as_secs()).unwrap_or(0));
        let mut report = GcReport::default();
        let drive = &self.store.ws_drive;
        // Sessions that expired a grace period ago: a finish racing the expiry is over.
        for id in drive.expired_uploads(cutoff).await? {
            drive.delete_upload(&id).await?;
            self.blobs.discard(&super::upload::staging_name(&id)).await;
            report.sessions_expired += 1;
        }
        report.staged_removed = self.orphaned_staging(now).await?;
        report.blobs_deleted = self.unreferenced_blobs(cutoff).await?;
        self.store.ws_drive_gc.drop_stale_claims(cutoff).await?;
        if report != GcReport::default() {
            tracing::info!(?report, "drive garbage collection");
        }
        Ok(report)
    }

    /// Staging files older than the grace period that belong to no live session
    /// (a crashed single PUT, a session row deleted while its file stayed).
    async fn orphaned_staging(&self, now: SystemTime) -> Result<u64, GcError> {
        let mut removed = 0;
        for (name, written) in self.blobs.list_staged().await? {
            let age = now.duration_since(written).unwrap_or_default();
            if age < self.grace {
                continue;
            }
            if let Some(id) = name.strip_prefix(super::upload::SESSION_PREFIX)
                && self.store.ws_drive.get_upload(id).await?.is_some()
            {
                continue;
            }
            self.blobs.discard(&name).await;
            removed += 1;
        }
        Ok(removed)
    }

    /// Tombstones and deletes every blob no file references and no recent claim
    /// holds; finishes tombstones an earlier pass left first.
    async fn unreferenced_blobs(&self, cutoff: i64) -> Result<u64, GcError> {
        let gc = &self.store.ws_drive_gc;
        let mut deleted = 0;
        for sha in gc.blobs_deleting().await? {
            self.delete(&sha).await?;
            deleted += 1;
        }
        for sha in self.blobs.list_blobs().await? {
            if gc.mark_blob_deleting(&sha, cutoff).await? {
                self.delete(&sha).await?;
                deleted += 1;
            }
        }
        Ok(deleted)
    }

    async fn delete(&self, sha: &str) -> Result<(), GcError> {
        self.blobs.delete_blob(sha).await?;
        self.store.ws_drive_gc.blob_deleted(sha).await?;
        Ok(())
    }
}

fn unix(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Claims blob `sha256` for an upload about to promote it, waiting while the
/// collector deletes it (the promotion then writes it anew); 503 if that takes
/// unreasonably long.
pub(crate) async fn claim(state: &WorkspaceState, sha256: &str) -> ApiResult<()> {
    for _ in 0..CLAIM_ATTEMPTS {
        if state
            .store
            .ws_drive_gc
            .claim_blob(sha256, state.now())
            .await?
        {
            return Ok(());
        }
        tokio::time::sleep(CLAIM_WAIT).await;
    }
    Err(ApiError::unavailable(
        "the drive is cleaning up storage; retry the upload in a moment",
    ))
}

/// Runs a pass now and then every `every` until the task is aborted (the server
/// aborts it when it stops). A failed pass is logged and retried at the next tick.
pub fn spawn(gc: DriveGc, every: Duration) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        // The first tick completes at once: a pass at start-up finishes tombstones a
        // stopped server left, which would otherwise hold uploads of those bytes.
        loop {
            ticks.tick().await;
            if let Err(e) = gc.run_once().await {
                tracing::warn!(error = %e, "drive garbage collection failed; retrying later");
            }
        }
    })
}
