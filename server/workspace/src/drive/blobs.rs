//! File bytes: content-addressed blobs on an [`ObjectStore`] (a local directory by
//! default, any S3-compatible store by configuration) and the staging area where
//! uploads land before they are promoted.
//!
//! On a local directory, an upload is written to `uploads/<name>` while its sha256 is
//! computed, then promoted (renamed) to `blobs/<aa>/<bb>/<sha256>`. On a remote store
//! (S3) uploads are staged as pieces in the store itself, so any server process can
//! continue a session ([`super::segments`] explains that design). Either way metadata
//! is committed only after promotion, so a reader never sees a file whose bytes are
//! not all there; a crash in between leaves an unreferenced blob, never a broken file,
//! and the drive collector removes it.

use std::collections::HashMap;
use std::io::SeekFrom;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::stream::BoxStream;
use futures::{Stream, StreamExt, TryStreamExt};
use object_store::local::LocalFileSystem;
use object_store::path::Path as StorePath;
use object_store::{GetOptions, GetRange, GetResultPayload, ObjectStore};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

pub use super::chunks::ChunkWriter;
use super::segments::{self, PieceWriter};

/// Bytes sniffed from the start of an upload for content-type detection.
pub const HEAD_LEN: usize = 8192;
/// Read buffer for streaming files (large reads keep syscalls and wakeups rare).
const READ_BUF: usize = 256 * 1024;

/// What can go wrong moving bytes.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    /// Local file IO failed.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    /// The object store failed.
    #[error("object store error: {0}")]
    Store(#[from] object_store::Error),
    /// The body went past the allowed length.
    #[error("the body is longer than the {0} bytes allowed")]
    TooLarge(u64),
    /// The client's body stream failed (disconnect, reset); what arrived before is kept.
    #[error("the request body was interrupted: {0}")]
    Body(String),
    /// Another request is writing to the same upload session.
    #[error("another request is writing to this upload session")]
    Busy,
}

/// What a staged upload holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staged {
    /// Lower-case hex sha256 of the bytes.
    pub sha256: String,
    /// Byte count.
    pub size: u64,
    /// The first bytes (up to [`HEAD_LEN`]), for content-type detection.
    pub head: Vec<u8>,
}

/// The running digest of a session's staged prefix, kept while chunks arrive in
/// order so finishing need not read the file again.
struct SessionHash {
    offset: u64,
    hasher: Sha256,
}

type SessionLock = Arc<tokio::sync::Mutex<Option<SessionHash>>>;

/// A chunk being written into an upload session's local staging file. Bytes are made durable segment by segment, so a long
/// chunk can be committed as it arrives instead of only at its end; each segment is
/// synced in the background while the next one is received, so the disk and the
/// network work at the same time.
pub struct FileChunkWriter {
    guard: tokio::sync::OwnedMutexGuard<Option<SessionHash>>,
    file: tokio::fs::File,
    /// Bytes of the staging file written (in the page cache at least).
    written: u64,
    /// Bytes of the staging file known to be on disk.
    durable: u64,
    /// The sync running in the background and the offset it makes durable.
    syncing: Option<(u64, tokio::task::JoinHandle<std::io::Result<()>>)>,
    /// The digest of the first `written` bytes, while it is known.
    hash: Option<SessionHash>,
    /// Whether the last segment ran to its end: a request dropped mid-segment (its
    /// client went away) leaves `hash` ahead of `written`.
    settled: bool,
}

impl FileChunkWriter {
    /// The staging file's length so far (what the next segment continues from).
    pub fn written(&self) -> u64 {
        self.written
    }

    /// The bytes of the staging file known to be on disk: what may be committed.
    pub fn durable(&self) -> u64 {
        self.durable
    }

    /// Writes from `body` until it ends or at least `segment` bytes went in (refusing
    /// more than `max`); `Ok(true)` when the body ended. A segment that stopped at its
    /// size is synced in the background (see [`durable`](Self::durable)); when the
    /// body ends or breaks off, everything that arrived is synced before this returns.
    pub async fn write_segment<S, E>(
        &mut self,
        body: &mut S,
        max: u64,
        segment: u64,
    ) -> Result<bool, BlobError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        self.settled = false;
        let mut counting = CountingHasher::new(self.hash.as_mut().map(|h| &mut h.hasher));
        let limits = Limits {
            max,
            stop_after: segment,
        };
        let outcome =
            write_counted(&mut self.file, body, limits, &mut counting, &mut Vec::new()).await;
        self.written += counting.count;
        let synced = match outcome {
            Ok(false) => self.sync_behind().await,
            _ => self.sync_now().await,
        };
        // The digest covers exactly the bytes written unless a file write failed.
        if matches!(outcome, Err(BlobError::Io(_))) || synced.is_err() {
            self.hash = None;
        }
        if let Some(h) = self.hash.as_mut() {
            h.offset = self.written;
        }
        self.settled = true;
        synced?;
        outcome
    }

    /// Waits for the running sync, then starts one for everything written so far.
    async fn sync_behind(&mut self) -> Result<(), BlobError> {
        self.finish_sync().await?;
        self.file.flush().await?;
        let file = self.file.try_clone().await?.into_std().await;
        let task = tokio::task::spawn_blocking(move || file.sync_data());
        self.syncing = Some((self.written, task));
        Ok(())
    }

    /// Syncs everything written so far before returning.
    async fn sync_now(&mut self) -> Result<(), BlobError> {
        self.finish_sync().await?;
        self.file.flush().await?;
        self.file.sync_data().await?;
        self.durable = self.written;
        Ok(())
    }

    async fn finish_sync(&mut self) -> Result<(), BlobError> {
        if let Some((to, task)) = self.syncing.take() {
            task.await.map_err(std::io::Error::other)??;
            self.durable = to;
        }
        Ok(())
    }
}

impl Drop for FileChunkWriter {
    /// Hands the running digest back to the session when it is known to match the
    /// staged bytes (a dropped digest is recomputed from disk when the upload finishes).
    fn drop(&mut self) {
        *self.guard = self.hash.take().filter(|_| self.settled);
    }
}

/// Blob storage and upload staging; cheap to clone.
#[derive(Clone)]
pub struct BlobStore {
    store: Arc<dyn ObjectStore>,
    /// The local staging directory; `None` when uploads are staged as pieces in the
    /// (remote) store.
    staging: Option<PathBuf>,
    sessions: Arc<Mutex<HashMap<String, SessionLock>>>,
}

impl std::fmt::Debug for BlobStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlobStore")
            .field("store", &self.store.to_string())
            .field("staging", &self.staging)
            .finish_non_exhaustive()
    }
}

impl BlobStore {
    /// Blobs under `data_dir/blobs` and staging under `data_dir/uploads`, both on
    /// local disk (creating the directories).
    pub fn local(data_dir: &Path) -> Result<Self, BlobError> {
        std::fs::create_dir_all(data_dir.join("blobs"))?;
        std::fs::create_dir_all(data_dir.join("uploads"))?;
        let store = LocalFileSystem::new_with_prefix(data_dir)?;
        Ok(Self {
            store: Arc::new(store),
            staging: Some(data_dir.join("uploads")),
            sessions: Arc::default(),
        })
    }

    /// Blobs and upload staging on any object store (e.g. S3-compatible), shared by
    /// every server process that uses it: nothing of an upload lives in one process.
    pub fn remote(store: Arc<dyn ObjectStore>) -> Self {
        Self {
            store,
            staging: None,
            sessions: Arc::default(),
        }
    }

    /// Whether the store answers: one listing of the blobs (for `/readyz`).
    pub async fn check(&self) -> Result<(), BlobError> {
        let prefix = StorePath::from("blobs");
        let mut listing = self.store.list(Some(&prefix));
        match listing.next().await {
            None | Some(Ok(_)) => Ok(()),
            Some(Err(e)) => Err(e.into()),
        }
    }

    fn blob_path(sha256: &str) -> StorePath {
        let (a, b) = (&sha256[..2], &sha256[2..4]);
        StorePath::from(format!("blobs/{a}/{b}/{sha256}"))
    }

    /// The local staging directory, or which store stages remotely.
    fn local_staging(&self) -> Result<&Path, Arc<dyn ObjectStore>> {
        self.staging.as_deref().ok_or_else(|| self.store.clone())
    }

    fn staged_file(&self, name: &str) -> PathBuf {
        self.staging.as_deref().unwrap_or(Path::new("")).join(name)
    }

    /// Streams `body` into a new staging file `name`, hashing it; fails with
    /// [`BlobError::TooLarge`] (and removes the file) past `max` bytes.
    pub async fn stage<S, E>(&self, name: &str, body: S, max: u64) -> Result<Staged, BlobError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        if let Err(store) = self.local_staging() {
            return segments::stage(store, name, body, max).await;
        }
        let path = self.staged_file(name);
        let result = async {
            let mut file = tokio::fs::File::create(&path).await?;
            let mut hasher = Sha256::new();
            let mut head = Vec::new();
            let size = write_body(&mut file, body, max, &mut hasher, &mut head).await?;
            file.flush().await?;
            // Durable before the metadata that makes the file visible is committed.
            file.sync_data().await?;
            Ok(Staged {
                sha256: hex::encode(hasher.finalize()),
                size,
                head,
            })
        }
        .await;
        if result.is_err() {
            self.discard(name).await;
        }
        result
    }

    /// The lock of one upload session: chunk writes and finishing take it, so two
    /// requests never write the same staging file.
    fn session_lock(&self, session: &str) -> SessionLock {
        let mut map = self.sessions.lock().unwrap_or_else(|p| p.into_inner());
        map.entry(session.to_owned()).or_default().clone()
    }

    /// Opens session `name`'s staging file for a chunk starting at `offset` (the
    /// committed offset; anything staged beyond it is cut off first). The writer holds
    /// the session's lock until dropped, so two requests never write the same file.
    pub async fn chunk_writer(&self, name: &str, offset: u64) -> Result<ChunkWriter, BlobError> {
        if let Err(store) = self.local_staging() {
            return Ok(ChunkWriter::Pieces(PieceWriter::new(store, name, offset)));
        }
        let mut guard = self
            .session_lock(name)
            .try_lock_owned()
            .map_err(|_| BlobError::Busy)?;
        let file = open_at(&self.staged_file(name), offset).await?;
        let hash = guard.take().filter(|h| h.offset == offset);
        Ok(ChunkWriter::File(Box::new(FileChunkWriter {
            guard,
            file,
            written: offset,
            durable: offset,
            syncing: None,
            hash,
            settled: true,
        })))
    }

    /// Starts the running digest of a new session.
    pub fn begin_session(&self, name: &str) {
        let lock = self.session_lock(name);
        if let Ok(mut guard) = lock.try_lock() {
            *guard = Some(SessionHash {
                offset: 0,
                hasher: Sha256::new(),
            });
        }
    }

    /// The digest of a session's first `size` staged bytes: the running digest when
    /// it covers exactly that, otherwise (after a restart) read back from disk.
    pub async fn session_digest(&self, name: &str, size: u64) -> Result<Staged, BlobError> {
        if let Err(store) = self.local_staging() {
            return segments::digest(store, name, size).await;
        }
        let lock = self.session_lock(name);
        let mut guard = lock.try_lock().map_err(|_| BlobError::Busy)?;
        let path = self.staged_file(name);
        let head = read_head(&path).await?;
        if let Some(h) = guard.take().filter(|h| h.offset == size) {
            return Ok(Staged {
                sha256: hex::encode(h.hasher.finalize()),
                size,
                head,
            });
        }
        let file = tokio::fs::File::open(&path).await?;
        let mut reader = tokio::io::BufReader::with_capacity(READ_BUF, file).take(size);
        let mut hasher = Sha256::new();
        let mut buf = vec![0; READ_BUF];
        loop {
            let n = reader.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
        }
        Ok(Staged {
            sha256: hex::encode(hasher.finalize()),
            size,
            head,
        })
    }

    /// Moves staged `name` (exactly `size` bytes, digest `sha256`) to its blob.
    pub async fn promote(&self, name: &str, sha256: &str, size: u64) -> Result<(), BlobError> {
        let to = Self::blob_path(sha256);
        if let Err(store) = self.local_staging() {
            return segments::promote(store, name, size, &to).await;
        }
        let path = self.staged_file(name);
        tokio::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .await?
            .set_len(size)
            .await?;
        let from = StorePath::from(format!("uploads/{name}"));
        self.store.rename(&from, &to).await?;
        self.forget_session(name);
        Ok(())
    }

    /// Removes a staged file (ignoring one that is already gone).
    pub async fn discard(&self, name: &str) {
        if let Err(store) = self.local_staging() {
            if let Err(e) = segments::discard(store.as_ref(), name).await {
                tracing::warn!(name, error = %e, "could not remove a staged upload");
            }
            return;
        }
        if let Err(e) = tokio::fs::remove_file(self.staged_file(name)).await
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(name, error = %e, "could not remove a staged upload");
        }
        self.forget_session(name);
    }

    fn forget_session(&self, name: &str) {
        let mut map = self.sessions.lock().unwrap_or_else(|p| p.into_inner());
        map.remove(name);
    }

    /// The bytes of blob `sha256` in `range` (the whole blob when `None`).
    pub async fn read(
        &self,
        sha256: &str,
        range: Option<Range<u64>>,
    ) -> Result<BoxStream<'static, Result<Bytes, BlobError>>, BlobError> {
        let options = GetOptions {
            range: range.map(GetRange::Bounded),
            ..GetOptions::default()
        };
        let result = self
            .store
            .get_opts(&Self::blob_path(sha256), options)
            .await?;
        let range = result.range.clone();
        match result.payload {
            // object_store reads local files 8 KiB at a time; large reads are far cheaper.
            GetResultPayload::File(file, _) => {
                let mut file = tokio::fs::File::from_std(file);
                file.seek(SeekFrom::Start(range.start)).await?;
                let reader = file.take(range.end - range.start);
                let stream = tokio_util::io::ReaderStream::with_capacity(reader, READ_BUF);
                Ok(stream.map_err(BlobError::from).boxed())
            }
            GetResultPayload::Stream(_) => {
                Ok(result.into_stream().map_err(BlobError::from).boxed())
            }
        }
    }
}

impl BlobStore {
    /// The digests of every blob in the store (for the collector; see `gc`).
    pub async fn list_blobs(&self) -> Result<Vec<String>, BlobError> {
        let prefix = StorePath::from("blobs");
        let metas: Vec<object_store::ObjectMeta> =
            self.store.list(Some(&prefix)).try_collect().await?;
        Ok(metas
            .into_iter()
            .filter_map(|m| m.location.filename().map(str::to_owned))
            .filter(|name| name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()))
            .collect())
    }

    /// Whether blob `sha256` is in the store.
    pub async fn has_blob(&self, sha256: &str) -> Result<bool, BlobError> {
        match self.store.head(&Self::blob_path(sha256)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Deletes blob `sha256` (one that is already gone is fine).
    pub async fn delete_blob(&self, sha256: &str) -> Result<(), BlobError> {
        match self.store.delete(&Self::blob_path(sha256)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// The staging files with the time each was last written.
    pub async fn list_staged(&self) -> Result<Vec<(String, std::time::SystemTime)>, BlobError> {
        let dir = match self.local_staging() {
            Ok(dir) => dir,
            Err(store) => return segments::list(store.as_ref()).await,
        };
        let mut dir = tokio::fs::read_dir(dir).await?;
        let mut out = Vec::new();
        while let Some(entry) = dir.next_entry().await? {
            let meta = entry.metadata().await?;
            if meta.is_file() {
                out.push((
                    entry.file_name().to_string_lossy().into_owned(),
                    meta.modified()?,
                ));
            }
        }
        Ok(out)
    }
}

/// Opens (creating) a staging file, cuts it to `offset` and positions there.
async fn open_at(path: &Path, offset: u64) -> Result<tokio::fs::File, BlobError> {
    let mut file = tokio::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .await?;
    let len = file.metadata().await?.len();
    if len < offset {
        return Err(BlobError::Io(std::io::Error::other(format!(
            "staged upload holds {len} bytes, fewer than its committed {offset}"
        ))));
    }
    // Only cut when there is something past the offset: ext4 flushes a file
    // truncated to zero when it is closed, a needless wait on the first chunk.
    if len > offset {
        file.set_len(offset).await?;
    }
    file.seek(SeekFrom::Start(offset)).await?;
    Ok(file)
}

async fn read_head(path: &Path) -> Result<Vec<u8>, BlobError> {
    let file = tokio::fs::File::open(path).await?;
    let mut head = Vec::with_capacity(HEAD_LEN);
    file.take(HEAD_LEN as u64).read_to_end(&mut head).await?;
    Ok(head)
}

/// Adds the start of `chunk` to `head` until it holds [`HEAD_LEN`] bytes.
pub(super) fn keep_head(head: &mut Vec<u8>, chunk: &[u8]) {
    if head.len() < HEAD_LEN {
        let take = (HEAD_LEN - head.len()).min(chunk.len());
        head.extend_from_slice(&chunk[..take]);
    }
}

/// Counts bytes and, when it has one, feeds a digest.
struct CountingHasher<'a> {
    hasher: Option<&'a mut Sha256>,
    count: u64,
}

impl<'a> CountingHasher<'a> {
    fn new(hasher: Option<&'a mut Sha256>) -> Self {
        Self { hasher, count: 0 }
    }
}

async fn write_body<S, E>(
    file: &mut tokio::fs::File,
    body: S,
    max: u64,
    hasher: &mut Sha256,
    head: &mut Vec<u8>,
) -> Result<u64, BlobError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let mut counting = CountingHasher::new(Some(hasher));
    let limits = Limits {
        max,
        stop_after: u64::MAX,
    };
    write_counted(file, body, limits, &mut counting, head).await?;
    Ok(counting.count)
}

/// How much [`write_counted`] may and should take from a body.
#[derive(Clone, Copy)]
struct Limits {
    /// More than this many bytes is an error.
    max: u64,
    /// Stop (leaving the rest of the body unread) once this many bytes are in.
    stop_after: u64,
}

/// Copies `body` to `file`, counting and hashing, keeping the first bytes in `head`,
/// within `limits`; `Ok(true)` when the body ended, `Ok(false)` when it stopped early.
async fn write_counted<S, E>(
    file: &mut tokio::fs::File,
    mut body: S,
    limits: Limits,
    counting: &mut CountingHasher<'_>,
    head: &mut Vec<u8>,
) -> Result<bool, BlobError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let max = limits.max;
    while counting.count < limits.stop_after {
        let Some(chunk) = body.next().await else {
            return Ok(true);
        };
        let chunk = chunk.map_err(|e| BlobError::Body(e.to_string()))?;
        if counting.count + chunk.len() as u64 > max {
            return Err(BlobError::TooLarge(max));
        }
        keep_head(head, &chunk);
        file.write_all(&chunk).await?;
        if let Some(h) = counting.hasher.as_mut() {
            h.update(&chunk);
        }
        counting.count += chunk.len() as u64;
    }
    Ok(false)
}
