//! Work kept off the runtime thread: `ws` runs a single-threaded runtime, so hashing
//! or writing a gigabyte there would stall every socket, and a transfer's receive,
//! write and hash could not use more than one core.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

use bytes::Bytes;
use sha2::{Digest, Sha256};

/// Chunks waiting for the thread: a few MiB at most, so a slow disk or hasher holds
/// the network back instead of filling memory.
const QUEUE: usize = 16;
/// Bytes read per step when hashing a local file.
const READ_BUF: usize = 256 * 1024;

/// A step applied on a blocking thread to each chunk handed over, in order, to a
/// state that comes back at the end (a digest, a file being written).
pub(crate) struct Offload<T> {
    tx: tokio::sync::mpsc::Sender<Bytes>,
    done: tokio::task::JoinHandle<std::io::Result<T>>,
}

impl<T: Send + 'static> Offload<T> {
    /// Starts the thread; it stops at the first failing step.
    pub(crate) fn start<F>(mut state: T, mut step: F) -> Self
    where
        F: FnMut(&mut T, &[u8]) -> std::io::Result<()> + Send + 'static,
    {
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Bytes>(QUEUE);
        let done = tokio::task::spawn_blocking(move || {
            while let Some(chunk) = rx.blocking_recv() {
                step(&mut state, &chunk)?;
            }
            Ok(state)
        });
        Self { tx, done }
    }

    /// Hands over the next chunk (waiting while the queue is full); `false` when the
    /// thread has stopped, whose error [`finish`](Self::finish) returns.
    pub(crate) async fn push(&self, chunk: Bytes) -> bool {
        self.tx.send(chunk).await.is_ok()
    }

    /// Waits for every chunk handed over to be done; the state, or the first error.
    pub(crate) async fn finish(self) -> std::io::Result<T> {
        drop(self.tx);
        self.done.await.map_err(std::io::Error::other)?
    }
}

/// A sha256 of the chunks handed over.
pub(crate) fn digester(hasher: Sha256) -> Offload<Sha256> {
    Offload::start(hasher, |h, chunk| {
        h.update(chunk);
        Ok(())
    })
}

/// A file written with the chunks handed over.
pub(crate) fn file_writer(file: std::fs::File) -> Offload<std::fs::File> {
    Offload::start(file, |f, chunk| f.write_all(chunk))
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
    .map_err(std::io::Error::other)?
}
