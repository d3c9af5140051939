//! Copying every blob from one store to another (`ws-server migrate-storage
//! --blobs-from URL --blobs-to URL`): each blob is streamed through the target's
//! staging while its sha256 is computed, and promoted only when the digest matches
//! its name, so a corrupt source blob is reported and never lands. Blobs already in
//! the target are skipped, which makes the copy idempotent and resumable: a copy
//! stopped half-way is finished by running it again. The source is only read.

use futures::TryStreamExt;

use super::blobs::{BlobError, BlobStore};

/// What a copy did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BlobCopyReport {
    /// Blobs copied now.
    pub copied: u64,
    /// Blobs the target already had.
    pub skipped: u64,
    /// Bytes copied now.
    pub bytes: u64,
    /// Blobs in the source.
    pub total: u64,
}

/// Why a copy stopped.
#[derive(Debug, thiserror::Error)]
pub enum BlobCopyError {
    /// A store failed.
    #[error("blob {sha256}: {source}")]
    Blob {
        /// The blob being copied.
        sha256: String,
        /// What failed.
        source: BlobError,
    },
    /// Listing the source failed.
    #[error("listing the source blobs: {0}")]
    List(BlobError),
    /// A source blob's bytes do not match its name: it is corrupt and was not copied.
    #[error(
        "blob {sha256}: its bytes hash to {actual}; the source copy is corrupt and was not copied"
    )]
    Mismatch {
        /// The blob's name.
        sha256: String,
        /// The digest of its bytes.
        actual: String,
    },
}

/// Copies every blob of `from` that `to` lacks, verifying each sha256; `progress` is
/// called after each blob with the report so far.
pub async fn copy_blobs(
    from: &BlobStore,
    to: &BlobStore,
    mut progress: impl FnMut(&BlobCopyReport),
) -> Result<BlobCopyReport, BlobCopyError> {
    let all = from.list_blobs().await.map_err(BlobCopyError::List)?;
    let mut report = BlobCopyReport {
        total: all.len() as u64,
        ..BlobCopyReport::default()
    };
    for sha256 in all {
        let failed = |source| BlobCopyError::Blob {
            sha256: sha256.clone(),
            source,
        };
        if to.has_blob(&sha256).await.map_err(failed)? {
            report.skipped += 1;
        } else {
            report.bytes += copy_one(from, to, &sha256).await?;
            report.copied += 1;
        }
        progress(&report);
    }
    Ok(report)
}

/// Streams one blob into `to`'s staging and promotes it when its digest matches.
async fn copy_one(from: &BlobStore, to: &BlobStore, sha256: &str) -> Result<u64, BlobCopyError> {
    let failed = |source| BlobCopyError::Blob {
        sha256: sha256.to_owned(),
        source,
    };
    let bytes = from.read(sha256, None).await.map_err(failed)?;
    let staging = format!("m-{sha256}");
    let staged = to
        .stage(&staging, bytes.map_err(|e| e.to_string()), u64::MAX)
        .await
        .map_err(failed)?;
    if staged.sha256 != sha256 {
        to.discard(&staging).await;
        return Err(BlobCopyError::Mismatch {
            sha256: sha256.to_owned(),
            actual: staged.sha256,
        });
    }
    to.promote(&staging, sha256, staged.size)
        .await
        .map_err(failed)?;
    Ok(staged.size)
}
