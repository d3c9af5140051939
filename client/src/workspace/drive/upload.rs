//! Uploading a local file through a resumable session, in constant memory.
//!
//! The file is sent in chunks (`PUT` with `Content-Range`; by default one for the
//! whole rest of the file, which the server commits as it arrives), each read from
//! disk and hashed on a blocking thread as it streams, so the sha256 given at
//! `finish` costs no second pass. A failed chunk is retried with backoff after asking the server how many
//! bytes it kept; re-running the command after an interrupt finds the session in the
//! [`ResumeStore`] and continues from the server's committed offset.

use std::io::SeekFrom;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use backon::Retryable;
use bytes::Bytes;
use futures::{Stream, StreamExt};
use reqwest::Method;
use reqwest::header::{CONTENT_LENGTH, CONTENT_RANGE};
use sha2::{Digest, Sha256};
use ws_api::workspace::drive::{CreateUpload, DriveItem, UploadSession};

use super::blocking::hash_file;
use super::resume::{Pending, ResumeStore};
use super::{Drive, backoff, is_transient};
use crate::error::Error;

/// Bytes read from disk per step of a stream.
const READ_BUF: usize = 256 * 1024;
/// Default bytes per chunk request: the whole rest of the file in one request (the
/// server commits long chunks as they arrive, so an interrupt loses little).
pub const DEFAULT_CHUNK: u64 = u64::MAX;

/// Reports progress: the number of bytes of the file now on the server (it may go
/// back when a broken chunk is retried).
pub type Progress = Arc<dyn Fn(u64) + Send + Sync>;

/// Where and how to upload.
#[derive(Debug, Clone)]
pub struct UploadOptions {
    /// Target folder (the caller's root when `None`).
    pub parent_id: Option<String>,
    /// Name on the server.
    pub name: String,
    /// Replace an existing file of that name.
    pub overwrite: bool,
    /// Bytes per chunk request.
    pub chunk_size: u64,
}

/// The outcome of an upload. `resumed_from + sent` is the file's size: the server
/// held the first `resumed_from` bytes before this run's first byte landed (from an
/// earlier run, or a request of one still finishing when this one began).
#[derive(Debug, Clone)]
pub struct Uploaded {
    /// The file as stored.
    pub item: DriveItem,
    /// The offset this run's bytes start at (non-zero when it resumed).
    pub resumed_from: u64,
    /// Bytes of the file this run delivered (the server kept them).
    pub sent: u64,
    /// Bytes this run sent that the server did not keep (requests broken off in
    /// flight, then sent again).
    pub resent: u64,
}

/// The local digest of the first `offset` bytes of the file.
#[derive(Clone)]
struct Cursor {
    offset: u64,
    hasher: Sha256,
}

/// Uploads `path` (a regular file) with a resumable session.
pub async fn upload_file(
    drive: &Drive<'_>,
    path: &Path,
    opts: &UploadOptions,
    resume: Option<&ResumeStore>,
    progress: Progress,
) -> Result<Uploaded, Error> {
    let meta = tokio::fs::metadata(path)
        .await
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    let size = meta.len();
    let modified = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
    let dest = format!("{}/{}", opts.parent_id.as_deref().unwrap_or(""), opts.name);
    let key = ResumeStore::key(path, size, modified, &dest);
    let api = drive.url("");
    let session = open_session(drive, opts, size, resume.and_then(|r| r.load(&key)), &api).await?;
    if let Some(r) = resume {
        let pending = Pending {
            session_id: session.id.clone(),
            api,
        };
        // Not fatal: the upload still works, it just cannot resume.
        let _ = r.save(&key, &pending);
    }
    let mut cursor = Cursor {
        offset: 0,
        hasher: Sha256::new(),
    };
    advance(path, &mut cursor, session.committed).await?;
    progress(cursor.offset);
    let sent = Arc::new(AtomicU64::new(0));
    let state = tokio::sync::Mutex::new(Chunking {
        cursor,
        known: true,
        delivered: 0,
        unsettled: None,
    });
    let ctx = ChunkCtx {
        drive,
        path,
        session_id: &session.id,
        size,
        chunk: opts.chunk_size.max(1),
        progress: &progress,
        sent: &sent,
    };
    loop {
        let done = (|| async { ctx.step(&mut *state.lock().await).await })
            .retry(backoff())
            // 409: another request still holds the session or the offset moved;
            // asking for the offset again resolves both.
            .when(|e| is_transient(e) || is_conflict(e))
            .await?;
        if done {
            break;
        }
    }
    let Chunking {
        cursor, delivered, ..
    } = state.into_inner();
    let sha256 = hex::encode(cursor.hasher.finalize());
    let item = (|| drive.finish_upload(&session.id, &sha256))
        .retry(backoff())
        .when(is_transient)
        .await?;
    if let Some(r) = resume {
        r.forget(&key);
    }
    let on_wire = sent.load(Ordering::Relaxed);
    Ok(Uploaded {
        item,
        resumed_from: size - delivered.min(size),
        sent: delivered,
        resent: on_wire.saturating_sub(delivered),
    })
}

fn is_conflict(e: &Error) -> bool {
    matches!(e, Error::Api(api) if api.status == 409)
}

/// The remembered session if the server still has it, else a new one.
async fn open_session(
    drive: &Drive<'_>,
    opts: &UploadOptions,
    size: u64,
    pending: Option<Pending>,
    api: &str,
) -> Result<UploadSession, Error> {
    if let Some(p) = pending.filter(|p| p.api == api) {
        match (|| drive.get_upload(&p.session_id))
            .retry(backoff())
            .when(is_transient)
            .await
        {
            Ok(s) if s.size == size => return Ok(s),
            Ok(_) => {}
            Err(Error::Api(api)) if api.status == 404 => {}
            Err(e) => return Err(e),
        }
    }
    let body = CreateUpload {
        parent_id: opts.parent_id.clone(),
        name: opts.name.clone(),
        size,
        overwrite: opts.overwrite,
    };
    (|| drive.create_upload(&body))
        .retry(backoff())
        .when(is_transient)
        .await
}

/// Feeds the file's bytes from `cursor.offset` up to `to` into the cursor's digest.
async fn advance(path: &Path, cursor: &mut Cursor, to: u64) -> Result<(), Error> {
    if to <= cursor.offset {
        return Ok(());
    }
    let want = to - cursor.offset;
    let hasher = std::mem::take(&mut cursor.hasher);
    let (hashed, hasher) = hash_file(path.to_owned(), cursor.offset, Some(want), hasher)
        .await
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    cursor.hasher = hasher;
    cursor.offset += hashed;
    if hashed != want {
        return Err(Error::io(
            format!("{} changed during the upload", path.display()),
            std::io::Error::from(std::io::ErrorKind::UnexpectedEof),
        ));
    }
    Ok(())
}

/// Upload progress between chunk requests.
struct Chunking {
    /// Digest of what the server holds.
    cursor: Cursor,
    /// Whether `cursor.offset` is known to be the server's committed offset.
    known: bool,
    /// Bytes the server committed from this run's requests.
    delivered: u64,
    /// The start of a request that broke off, until the server says how far it got.
    unsettled: Option<u64>,
}

/// What every chunk request of one upload shares.
struct ChunkCtx<'a, 'd> {
    drive: &'a Drive<'d>,
    path: &'a Path,
    session_id: &'a str,
    size: u64,
    chunk: u64,
    progress: &'a Progress,
    sent: &'a Arc<AtomicU64>,
}

impl ChunkCtx<'_, '_> {
    /// Sends the next chunk (after resynchronising with the server if a previous
    /// attempt failed); `Ok(true)` once the server holds the whole file.
    async fn step(&self, s: &mut Chunking) -> Result<bool, Error> {
        if !s.known {
            let session = self.drive.get_upload(self.session_id).await?;
            // A request that broke off delivered what the server kept of it.
            if let Some(start) = s.unsettled.take() {
                s.delivered += session.committed.saturating_sub(start);
            }
            advance(self.path, &mut s.cursor, session.committed).await?;
            (self.progress)(s.cursor.offset);
            s.known = true;
        }
        if s.cursor.offset >= self.size {
            return Ok(true);
        }
        let start = s.cursor.offset;
        let end = start.saturating_add(self.chunk).min(self.size);
        let url = self
            .drive
            .url(&format!("drive/uploads/{}", super::enc(self.session_id)));
        // The body hashes a copy of the cursor as it streams; the copy of the request
        // that got the answer is the one kept.
        let latest: Mutex<Option<Arc<Mutex<Cursor>>>> = Mutex::new(None);
        let answer = self
            .drive
            .send(Method::PUT, &url, |req| {
                let spec = Arc::new(Mutex::new(s.cursor.clone()));
                *latest.lock().unwrap_or_else(|p| p.into_inner()) = Some(spec.clone());
                let body = file_stream(
                    self.path.to_owned(),
                    start,
                    end,
                    spec,
                    self.progress.clone(),
                    self.sent.clone(),
                );
                req.header(
                    CONTENT_RANGE,
                    format!("bytes {start}-{}/{}", end - 1, self.size),
                )
                .header(CONTENT_LENGTH, end - start)
                .body(reqwest::Body::wrap_stream(body))
            })
            .await;
        let session: UploadSession = match answer {
            Ok(resp) => resp.json().await.map_err(|e| Error::Protocol {
                url: url.clone(),
                reason: format!("invalid JSON answer: {e}"),
            })?,
            Err(e) => {
                s.known = false;
                // A 409 committed nothing of this request (another one held the
                // session, or it had moved on): what the server has since is not ours.
                s.unsettled = (!is_conflict(&e)).then_some(start);
                return Err(e);
            }
        };
        s.delivered += session.committed.saturating_sub(start);
        let spec = latest.into_inner().unwrap_or_else(|p| p.into_inner());
        let streamed = spec.map(|c| c.lock().unwrap_or_else(|p| p.into_inner()).clone());
        match streamed {
            Some(c) if c.offset == session.committed => s.cursor = c,
            _ => advance(self.path, &mut s.cursor, session.committed).await?,
        }
        (self.progress)(s.cursor.offset);
        Ok(s.cursor.offset >= self.size)
    }
}

/// Chunks read ahead of the network: enough to keep the socket busy while the
/// reader thread waits on the disk, little memory (`READ_AHEAD * READ_BUF`).
const READ_AHEAD: usize = 8;

/// The file's bytes `start..end`, read and hashed into `cursor` on a blocking thread
/// (the runtime has one thread: hashing there would stall the socket), handed over
/// through a small bounded channel as they are sent.
fn file_stream(
    path: std::path::PathBuf,
    start: u64,
    end: u64,
    cursor: Arc<Mutex<Cursor>>,
    progress: Progress,
    sent: Arc<AtomicU64>,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let (tx, rx) = tokio::sync::mpsc::channel(READ_AHEAD);
    // The thread ends when the range is read or the request drops the receiver.
    tokio::task::spawn_blocking(move || {
        if let Err(e) = read_range(&path, start..end, &cursor, &tx) {
            let _ = tx.blocking_send(Err(e));
        }
    });
    let mut pos = start;
    futures::stream::unfold(rx, |mut rx| async { rx.recv().await.map(|c| (c, rx)) }).inspect(
        move |chunk| {
            if let Ok(c) = chunk {
                pos += c.len() as u64;
                sent.fetch_add(c.len() as u64, Ordering::Relaxed);
                progress(pos);
            }
        },
    )
}

/// Reads `range` of the file into the channel, hashing each block into `cursor`.
fn read_range(
    path: &Path,
    range: std::ops::Range<u64>,
    cursor: &Mutex<Cursor>,
    tx: &tokio::sync::mpsc::Sender<std::io::Result<Bytes>>,
) -> std::io::Result<()> {
    use std::io::{Read, Seek};
    let mut file = std::fs::File::open(path)?;
    file.seek(SeekFrom::Start(range.start))?;
    let mut pos = range.start;
    while pos < range.end {
        let want = READ_BUF.min(usize::try_from(range.end - pos).unwrap_or(READ_BUF));
        let mut buf = vec![0; want];
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                format!("{} shrank during the upload", path.display()),
            ));
        }
        buf.truncate(n);
        {
            let mut c = cursor.lock().unwrap_or_else(|p| p.into_inner());
            c.hasher.update(&buf);
            c.offset += n as u64;
        }
        if tx.blocking_send(Ok(Bytes::from(buf))).is_err() {
            return Ok(());
        }
        pos += n as u64;
    }
    Ok(())
}

/// Uploads a stream of unknown length (stdin) with one streaming `PUT`: it cannot be
/// resumed or retried, since the bytes cannot be read again.
pub async fn upload_stream<S>(
    drive: &Drive<'_>,
    body: S,
    opts: &UploadOptions,
    progress: Progress,
) -> Result<DriveItem, Error>
where
    S: Stream<Item = std::io::Result<Bytes>> + Send + 'static,
{
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("name", &opts.name);
    if let Some(p) = &opts.parent_id {
        query.append_pair("parent", p);
    }
    if opts.overwrite {
        query.append_pair("overwrite", "true");
    }
    let url = drive.url(&format!("drive/content?{}", query.finish()));
    let mut total = 0;
    let counted = futures::StreamExt::map(body, move |chunk| {
        if let Ok(c) = &chunk {
            total += c.len() as u64;
            progress(total);
        }
        chunk
    });
    let resp = drive
        .send_once(Method::PUT, &url, reqwest::Body::wrap_stream(counted))
        .await?;
    resp.json().await.map_err(|e| Error::Protocol {
        url,
        reason: format!("invalid JSON answer: {e}"),
    })
}
