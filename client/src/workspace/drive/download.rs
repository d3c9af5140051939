//! Downloading a file in constant memory, verified by sha256.
//!
//! To a path: bytes go to `<name>.part`, which an interrupted run leaves behind and
//! the next run continues with a `Range` request (`If-Range` on the sha256 `ETag`,
//! so a file changed meanwhile restarts from zero); only a complete file whose
//! digest matches is renamed into place. A destination that already holds the same
//! bytes is left alone. To a writer (stdout): streamed as it arrives, resumed with
//! `Range` after a broken connection, and the digest checked at the end.

use std::io::Write;
use std::path::{Path, PathBuf};

use backon::Retryable;
use futures::StreamExt;
use reqwest::header::{IF_RANGE, RANGE};
use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};
use ws_api::workspace::drive::DriveItem;

use super::blocking::{Offload, digester, file_writer, hash_file};
use super::upload::Progress;
use super::{Drive, backoff, is_transient};
use crate::error::Error;

/// What happened to a download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Downloaded {
    /// Bytes were fetched and verified.
    Fetched,
    /// The destination already held the same bytes.
    Unchanged,
}

/// The sha256 of a local file, or `None` when it does not exist.
pub async fn local_sha256(path: &Path) -> Result<Option<String>, Error> {
    match hash_file(path.to_owned(), 0, None, Sha256::new()).await {
        Ok((_, hasher)) => Ok(Some(hex::encode(hasher.finalize()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(format!("cannot read {}", path.display()), e)),
    }
}

/// Bytes received so far and their digest.
struct Received {
    offset: u64,
    digest: Offload<Sha256>,
}

/// Where received bytes are written.
enum Out<'a> {
    /// On the runtime thread, as they arrive (stdout, which the caller holds).
    Writer(&'a mut (dyn Write + Send)),
    /// By a blocking thread (the `.part` file).
    File(&'a Offload<std::fs::File>),
}

impl Out<'_> {
    async fn put(&mut self, chunk: &bytes::Bytes) -> Result<(), Error> {
        let written = match self {
            Out::Writer(w) => w.write_all(chunk),
            Out::File(f) if f.push(chunk.clone()).await => Ok(()),
            // The writer's own error is reported when it is finished.
            Out::File(_) => Err(std::io::Error::other("the file writer stopped")),
        };
        written.map_err(|e| Error::io("cannot write the download", e))
    }
}

/// Waits for the hashing thread; the digest in hex.
async fn hex_digest(digest: Offload<Sha256>) -> Result<String, Error> {
    let hasher = digest
        .finish()
        .await
        .map_err(|e| Error::io("cannot hash the download", e))?;
    Ok(hex::encode(hasher.finalize()))
}

/// Fetches the content from `r.offset` into `sink`, continuing `r`'s digest.
async fn fetch_into(
    drive: &Drive<'_>,
    item: &DriveItem,
    sink: &mut Out<'_>,
    r: &mut Received,
    progress: &Progress,
) -> Result<(), Error> {
    let url = drive.url(&format!("drive/files/{}/content", super::enc(&item.id)));
    let etag = format!("\"{}\"", item.sha256.as_deref().unwrap_or_default());
    let offset = r.offset;
    let resp = drive
        .send(Method::GET, &url, |req| {
            if offset == 0 {
                req
            } else {
                req.header(RANGE, format!("bytes={offset}-"))
                    .header(IF_RANGE, &etag)
            }
        })
        .await?;
    if offset > 0 && resp.status() != StatusCode::PARTIAL_CONTENT {
        return Err(Error::Protocol {
            url,
            reason: "the file changed on the server since the download began; run it again".into(),
        });
    }
    let mut body = resp.bytes_stream();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| Error::transport(&url, &e))?;
        sink.put(&chunk).await?;
        r.offset += chunk.len() as u64;
        // The hashing thread only stops by panicking, which `finish` reports.
        r.digest.push(chunk).await;
        progress(r.offset);
    }
    Ok(())
}

/// Fetches until the whole file arrived, retrying transient failures from where
/// the bytes stopped, then checks the digest.
async fn fetch_verified(
    drive: &Drive<'_>,
    item: &DriveItem,
    sink: &mut Out<'_>,
    r: Received,
    progress: &Progress,
) -> Result<(), Error> {
    let state = tokio::sync::Mutex::new((r, sink));
    (|| async {
        let mut guard = state.lock().await;
        let (r, sink) = &mut *guard;
        if r.offset < item.size {
            fetch_into(drive, item, sink, r, progress).await?;
        }
        if r.offset < item.size {
            return Err(Error::Unreachable {
                url: drive.url("drive"),
                reason: format!(
                    "the download stopped after {} of {} bytes",
                    r.offset, item.size
                ),
            });
        }
        Ok(())
    })
    .retry(backoff())
    .when(is_transient)
    .await?;
    let (r, _) = state.into_inner();
    let got = hex_digest(r.digest).await?;
    match item.sha256.as_deref() {
        Some(want) if want == got && r.offset == item.size => Ok(()),
        want => Err(Error::Protocol {
            url: drive.url(&format!("drive/files/{}/content", item.id)),
            reason: format!(
                "the downloaded bytes do not match: sha256 {got} ({} bytes), expected {} ({} bytes)",
                r.offset,
                want.unwrap_or("none"),
                item.size
            ),
        }),
    }
}

/// The `.part` file next to `dest`.
pub fn part_path(dest: &Path) -> PathBuf {
    let mut name = dest.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    dest.with_file_name(name)
}

/// Downloads file `item` to `dest` through `dest.part` (see the module docs).
pub async fn download_file(
    drive: &Drive<'_>,
    item: &DriveItem,
    dest: &Path,
    progress: Progress,
) -> Result<Downloaded, Error> {
    if item.sha256.is_some() && local_sha256(dest).await? == item.sha256 {
        progress(item.size);
        return Ok(Downloaded::Unchanged);
    }
    let part = part_path(dest);
    let io = |e| Error::io(format!("cannot write {}", part.display()), e);
    // A leftover longer than the file cannot be a prefix of it.
    let leftover = tokio::fs::metadata(&part)
        .await
        .map(|m| m.len())
        .unwrap_or(0);
    let keep = if leftover <= item.size { leftover } else { 0 };
    let (offset, prefix) = if keep > 0 {
        hash_file(part.clone(), 0, Some(keep), Sha256::new())
            .await
            .map_err(|e| Error::io(format!("cannot read {}", part.display()), e))?
    } else {
        (0, Sha256::new())
    };
    let r = Received {
        offset,
        digest: digester(prefix),
    };
    // A leftover that is not kept is removed, not truncated: ext4 flushes a file
    // truncated to zero when it is closed (its guard for "truncate, then rewrite"),
    // which would cost a download as much time again as the transfer.
    if keep == 0 {
        match tokio::fs::remove_file(&part).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(e)),
            _ => {}
        }
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&part)
        .map_err(io)?;
    std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(r.offset)).map_err(io)?;
    let writer = file_writer(file);
    let result = fetch_verified(drive, item, &mut Out::File(&writer), r, &progress).await;
    let flushed = writer.finish().await.map_err(io);
    match (result, flushed) {
        (Ok(()), Ok(file)) => {
            // No fsync (like curl, wget and rclone): waiting for the disk would cost
            // more than the transfer, and a download can be fetched again. The rename
            // still means "complete and verified"; after a power loss a damaged file
            // fails the sha256 comparison of the next run, which fetches it again.
            drop(file);
            tokio::fs::rename(&part, dest)
                .await
                .map_err(|e| Error::io(format!("cannot write {}", dest.display()), e))?;
            Ok(Downloaded::Fetched)
        }
        (Err(e @ Error::Protocol { .. }), _) => {
            // Wrong bytes are worthless: do not resume from them.
            let _ = tokio::fs::remove_file(&part).await;
            Err(e)
        }
        // A failed write is the cause of whatever the fetch reported.
        (_, Err(e)) | (Err(e), Ok(_)) => Err(e),
    }
}

/// Streams file `item` into `sink` (stdout), verified at the end.
pub async fn download_to(
    drive: &Drive<'_>,
    item: &DriveItem,
    sink: &mut (dyn Write + Send),
    progress: Progress,
) -> Result<(), Error> {
    let r = Received {
        offset: 0,
        digest: digester(Sha256::new()),
    };
    fetch_verified(drive, item, &mut Out::Writer(sink), r, &progress).await?;
    sink.flush()
        .map_err(|e| Error::io("cannot write the download", e))
}
