//! Copying every blob from one store to another (`ws-server migrate-storage
//! --blobs-from URL --blobs-to URL`): each blob is streamed through the target's
//! staging while its sha256 is computed, and promoted only when the digest matches
//! its name, so a corrupt source blob is reported and never lands. Blobs already in
//! the target are skipped, which makes the copy idempotent and resumable: a copy
//! stopped half-way is finished by running it again. The source is only read.
//! [`verify_blobs`] then reads back every blob the migrated metadata names from the
//! target and checks its size and sha256, so a blob that is missing, truncated or
//! altered there (including one a previous run had already copied) is named.

use futures::{StreamExt, TryStreamExt};
use sha2::{Digest, Sha256};
use ws_storage::migrate::BlobRef;

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

/// Why the verification of the target's blobs failed.
#[derive(Debug, thiserror::Error)]
pub enum BlobVerifyError {
    /// The metadata names a blob the target store does not hold.
    #[error("blob {sha256}: the drive refers to it but the target blob store does not hold it")]
    Missing {
        /// The blob.
        sha256: String,
    },
    /// The target's copy does not hash to its name, or has another size.
    #[error(
        "blob {sha256}: the target holds {size} bytes hashing to {actual}, but the drive \
         expects {expected_size} bytes with that name"
    )]
    Mismatch {
        /// The blob's name.
        sha256: String,
        /// The digest of the target's bytes.
        actual: String,
        /// The target's size.
        size: u64,
        /// The size the metadata records.
        expected_size: u64,
    },
    /// Reading the target failed.
    #[error("blob {sha256}: {source}")]
    Blob {
        /// The blob.
        sha256: String,
        /// What failed.
        source: BlobError,
    },
}

/// Reads every blob in `expected` from `store` and checks its size and sha256;
/// `progress` is called after each with (blobs checked, bytes read).
pub async fn verify_blobs(
    store: &BlobStore,
    expected: &[BlobRef],
    mut progress: impl FnMut(u64, u64),
) -> Result<(), BlobVerifyError> {
    let (mut checked, mut bytes) = (0, 0);
    for blob in expected {
        let failed = |source| BlobVerifyError::Blob {
            sha256: blob.sha256.clone(),
            source,
        };
        if !store.has_blob(&blob.sha256).await.map_err(failed)? {
            return Err(BlobVerifyError::Missing {
                sha256: blob.sha256.clone(),
            });
        }
        let mut stream = store.read(&blob.sha256, None).await.map_err(failed)?;
        let (mut hasher, mut size) = (Sha256::new(), 0u64);
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(failed)?;
            size += chunk.len() as u64;
            hasher.update(&chunk);
        }
        let actual = hex::encode(hasher.finalize());
        if actual != blob.sha256 || size != blob.size {
            return Err(BlobVerifyError::Mismatch {
                sha256: blob.sha256.clone(),
                actual,
                size,
                expected_size: blob.size,
            });
        }
        checked += 1;
        bytes += size;
        progress(checked, bytes);
    }
    Ok(())
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
