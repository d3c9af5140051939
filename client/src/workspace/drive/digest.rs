//! sha256 off the runtime thread: `ws` runs a single-threaded runtime, so hashing a
//! gigabyte there would stall every socket for the better part of a second.

use std::io::{Read, Seek, SeekFrom};
use std::path::PathBuf;

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::error::Error;

/// Chunks waiting to be hashed: a few MiB at most, so a slow hasher holds the
/// network back instead of filling memory.
const QUEUE: usize = 16;
/// Bytes read per step when hashing a local file.
const READ_BUF: usize = 256 * 1024;

/// A sha256 computed on a blocking thread from the chunks handed to it, so hashing
/// overlaps receiving and writing.
pub(crate) struct Digester {
    tx: tokio::sync::mpsc::Sender<Bytes>,
    done: tokio::task::JoinHandle<Sha256>,
}

impl Digester {
    /// Continues `hasher` with the chunks to come.
    pub(crate) fn start(mut hasher: Sha256) -> Self {
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Bytes>(QUEUE);
        let done = tokio::task::spawn_blocking(move || {
            while let Some(chunk) = rx.blocking_recv() {
                hasher.update(&chunk);
            }
            hasher
        });
        Self { tx, done }
    }

    /// Hands over the next chunk (waiting while the queue is full).
    pub(crate) async fn update(&self, chunk: Bytes) {
        // The thread only stops early by panicking, which `finish` reports.
        let _ = self.tx.send(chunk).await;
    }

    /// The lower-case hex digest of everything handed over.
    pub(crate) async fn finish(self) -> Result<String, Error> {
        drop(self.tx);
        let hasher = self.done.await.map_err(|e| {
            Error::io(
                "cannot hash the download",
                std::io::Error::other(e.to_string()),
            )
        })?;
        Ok(hex::encode(hasher.finalize()))
    }
}

/// Feeds bytes of the file at `path` from `start` into `hasher` on a blocking thread:
/// `len` bytes, or to the end when `None`. Returns how many bytes were hashed (fewer
/// when the file is shorter) and the hasher.
pub(crate) async fn hash_file(
    path: PathBuf,
    start: u64,
    len: Option<u64>,
    mut hasher: Sha256,
) -> std::io::Result<(u64, Sha256)> {
    tokio::task::spawn_blocking(move || {
        let mut file = std::fs::File::open(&path)?;
        file.seek(SeekFrom::Start(start))?;
        let mut reader = file.take(len.unwrap_or(u64::MAX));
        let mut buf = vec![0; READ_BUF];
        let mut hashed = 0;
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                return Ok((hashed, hasher));
            }
            hasher.update(&buf[..n]);
            hashed += n as u64;
        }
    })
    .await
    .map_err(|e| std::io::Error::other(e.to_string()))?
}
