//! Upload sessions staged in the object store itself, for stores shared by several
//! server processes (S3): any replica can take a session's next chunk, and a restart
//! loses nothing that was committed.
//!
//! Design: every committed piece of a session is its own staging object,
//! `uploads/<session>/<first byte>-<end>` (offsets zero-padded so names sort by
//! offset), written with a conditional create (`PutMode::Create`). Nothing of a
//! session lives in process memory:
//! - **Order and exclusion** come from the database: a piece counts only once the
//!   session's committed offset is advanced over it with a compare-and-set
//!   (`advance_upload`), so two requests racing on one offset leave exactly one
//!   winner, on whichever processes they run; no process-local lock is needed.
//! - **Pieces are immutable**: a create that finds its name taken means another
//!   request already stored those bytes of the session; the piece is reused.
//! - **The sha256** is computed when the session finishes, by streaming the pieces in
//!   order: sha256 does not compose per piece, and the `sha2` 0.10 this crate uses
//!   cannot serialize a running state. (`sha2` 0.11 can: `SerializableState` for
//!   `Sha256VarCore`, about 40 bytes; storing that state beside each piece would spare
//!   this pass, provided the state stored is the one of the chain finishing follows.)
//!   Promotion streams the pieces once more into the content-addressed blob with a
//!   multipart upload, unless the blob already exists.
//! - Pieces left over by a crash between the create and the database commit are
//!   skipped: finishing follows the chain of pieces from 0 to the session's size.

use std::collections::BTreeMap;
use std::sync::Arc;

use bytes::Bytes;
use futures::{Stream, StreamExt, TryStreamExt};
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, PutMode, PutOptions, PutPayload, WriteMultipart};
use sha2::{Digest, Sha256};

use super::blobs::{BlobError, HEAD_LEN, Staged, keep_head};

/// The largest piece held in memory before it is stored: bounds a request's memory
/// whatever the file's size, and the bytes a broken request can lose.
pub const PIECE_MAX: u64 = 16 * 1024 * 1024;
/// Part size of the multipart upload that assembles a blob.
const PART_SIZE: usize = 8 * 1024 * 1024;

fn session_dir(session: &str) -> StorePath {
    StorePath::from(format!("uploads/{session}"))
}

fn piece_path(session: &str, start: u64, end: u64) -> StorePath {
    StorePath::from(format!("uploads/{session}/{start:020}-{end:020}"))
}

/// `(start, end)` of a piece's file name; `None` for anything else.
fn parse_piece(name: &str) -> Option<(u64, u64)> {
    let (start, end) = name.split_once('-')?;
    let range = (start.parse().ok()?, end.parse().ok()?);
    (range.0 < range.1).then_some(range)
}

/// A chunk being written into a session's pieces; see the module docs. Each piece is
/// stored in the background while the next one arrives, so the network to the store
/// and the client's upload work at the same time (two pieces in memory at most).
pub struct PieceWriter {
    store: Arc<dyn ObjectStore>,
    session: String,
    /// Bytes of the session read into pieces (stored, or being stored).
    written: u64,
    /// Bytes of the session whose pieces are stored: what may be committed.
    durable: u64,
    /// The piece being stored in the background, and where it ends.
    storing: Option<(u64, tokio::task::JoinHandle<Result<(), BlobError>>)>,
}

impl PieceWriter {
    pub(super) fn new(store: Arc<dyn ObjectStore>, session: &str, offset: u64) -> Self {
        Self {
            store,
            session: session.to_owned(),
            written: offset,
            durable: offset,
            storing: None,
        }
    }

    /// The session's length read so far (what the next piece continues from).
    pub fn written(&self) -> u64 {
        self.written
    }

    /// The session's length whose pieces are stored.
    pub fn durable(&self) -> u64 {
        self.durable
    }

    /// Reads up to `segment` bytes (at most [`PIECE_MAX`]) from `body`, refusing more
    /// than `max` in all, and stores them as one piece; `Ok(true)` when the body
    /// ended. A piece that stopped at its size is stored in the background (see
    /// [`durable`](Self::durable)); when the body ends or breaks off, everything that
    /// arrived is stored before this returns.
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
        let stop_after = segment.min(PIECE_MAX);
        let mut parts = Vec::new();
        let mut len = 0u64;
        let outcome = loop {
            if len >= stop_after {
                break Ok(false);
            }
            match body.next().await {
                None => break Ok(true),
                Some(Err(e)) => break Err(BlobError::Body(e.to_string())),
                Some(Ok(chunk)) if len + chunk.len() as u64 > max => {
                    break Err(BlobError::TooLarge(max));
                }
                Some(Ok(chunk)) => {
                    len += chunk.len() as u64;
                    parts.push(chunk);
                }
            }
        };
        if len > 0 {
            self.finish_storing().await?;
            self.store_behind(parts, len);
        }
        if !matches!(outcome, Ok(false)) {
            self.finish_storing().await?;
        }
        outcome
    }

    /// Starts storing the next piece in the background.
    fn store_behind(&mut self, parts: Vec<Bytes>, len: u64) {
        let (start, end) = (self.written, self.written + len);
        let path = piece_path(&self.session, start, end);
        let store = self.store.clone();
        let task = tokio::spawn(async move {
            let options = PutOptions::from(PutMode::Create);
            match store
                .put_opts(&path, PutPayload::from_iter(parts), options)
                .await
            {
                // Taken: another request of this session stored this very range.
                Ok(_) | Err(object_store::Error::AlreadyExists { .. }) => Ok(()),
                Err(e) => Err(e.into()),
            }
        });
        self.written = end;
        self.storing = Some((end, task));
    }

    /// Waits for the piece being stored.
    async fn finish_storing(&mut self) -> Result<(), BlobError> {
        if let Some((end, task)) = self.storing.take() {
            task.await.map_err(std::io::Error::other)??;
            self.durable = end;
        }
        Ok(())
    }
}

/// A whole body staged as pieces of `name` (a one-request upload), hashed as it
/// passes: one request, so the digest may stay in memory. Fails with
/// [`BlobError::TooLarge`] past `max` bytes, leaving no pieces.
pub(super) async fn stage<S, E>(
    store: Arc<dyn ObjectStore>,
    name: &str,
    body: S,
    max: u64,
) -> Result<Staged, BlobError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let mut hasher = Sha256::new();
    let mut head = Vec::new();
    let mut hashed = body.inspect(|chunk| {
        if let Ok(chunk) = chunk {
            keep_head(&mut head, chunk);
            hasher.update(chunk);
        }
    });
    let mut writer = PieceWriter::new(store.clone(), name, 0);
    let written = loop {
        match writer.write_segment(&mut hashed, max, PIECE_MAX).await {
            Ok(false) => {}
            Ok(true) => break Ok(writer.written()),
            Err(e) => break Err(e),
        }
    };
    drop(hashed);
    match written {
        Ok(size) => Ok(Staged {
            sha256: hex::encode(hasher.finalize()),
            size,
            head,
        }),
        Err(e) => {
            if let Err(gone) = discard(store.as_ref(), name).await {
                tracing::warn!(name, error = %gone, "could not remove a staged upload");
            }
            Err(e)
        }
    }
}

/// The pieces that make up the first `size` bytes of `session`, in order.
async fn chain(
    store: &dyn ObjectStore,
    session: &str,
    size: u64,
) -> Result<Vec<StorePath>, BlobError> {
    let mut by_start: BTreeMap<u64, Vec<u64>> = BTreeMap::new();
    let mut listing = store.list(Some(&session_dir(session)));
    while let Some(meta) = listing.try_next().await? {
        if let Some((start, end)) = meta.location.filename().and_then(parse_piece) {
            by_start.entry(start).or_default().push(end);
        }
    }
    let ends = follow(&by_start, 0, size).ok_or_else(|| {
        BlobError::Io(std::io::Error::other(format!(
            "the staged pieces of upload {session} do not cover its {size} bytes"
        )))
    })?;
    let mut start = 0;
    Ok(ends
        .into_iter()
        .map(|end| {
            let path = piece_path(session, start, end);
            start = end;
            path
        })
        .collect())
}

/// The piece ends of a chain from `from` to exactly `size`, longest pieces first.
fn follow(by_start: &BTreeMap<u64, Vec<u64>>, from: u64, size: u64) -> Option<Vec<u64>> {
    if from == size {
        return Some(Vec::new());
    }
    let mut ends: Vec<u64> = by_start.get(&from)?.clone();
    ends.sort_unstable_by(|a, b| b.cmp(a));
    ends.into_iter().filter(|end| *end <= size).find_map(|end| {
        let mut rest = follow(by_start, end, size)?;
        rest.insert(0, end);
        Some(rest)
    })
}

/// The pieces' bytes in order, as one stream.
async fn stream_chain(
    store: Arc<dyn ObjectStore>,
    pieces: Vec<StorePath>,
) -> impl Stream<Item = Result<Bytes, BlobError>> {
    futures::stream::iter(pieces)
        .then(move |path| {
            let store = store.clone();
            async move { Ok::<_, object_store::Error>(store.get(&path).await?.into_stream()) }
        })
        .try_flatten()
        .map_err(BlobError::from)
}

/// The digest and head of a session's first `size` bytes, read back from its pieces.
pub(super) async fn digest(
    store: Arc<dyn ObjectStore>,
    session: &str,
    size: u64,
) -> Result<Staged, BlobError> {
    let pieces = chain(store.as_ref(), session, size).await?;
    let mut bytes = std::pin::pin!(stream_chain(store, pieces).await);
    let mut hasher = Sha256::new();
    let mut head = Vec::with_capacity(HEAD_LEN);
    while let Some(chunk) = bytes.try_next().await? {
        keep_head(&mut head, &chunk);
        hasher.update(&chunk);
    }
    Ok(Staged {
        sha256: hex::encode(hasher.finalize()),
        size,
        head,
    })
}

/// Copies a session's first `size` bytes into blob `to` (skipped when it exists: a
/// blob's name is its digest), then removes the pieces.
pub(super) async fn promote(
    store: Arc<dyn ObjectStore>,
    session: &str,
    size: u64,
    to: &StorePath,
) -> Result<(), BlobError> {
    if !exists(store.as_ref(), to).await? {
        let pieces = chain(store.as_ref(), session, size).await?;
        let upload = store.put_multipart(to).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_SIZE);
        let mut bytes = std::pin::pin!(stream_chain(store.clone(), pieces).await);
        let copied = async {
            while let Some(chunk) = bytes.try_next().await? {
                writer.wait_for_capacity(4).await?;
                writer.write(&chunk);
            }
            Ok::<_, BlobError>(())
        }
        .await;
        match copied {
            Ok(()) => {
                writer.finish().await?;
            }
            Err(e) => {
                let _ = writer.abort().await;
                return Err(e);
            }
        }
    }
    discard(store.as_ref(), session).await
}

async fn exists(store: &dyn ObjectStore, path: &StorePath) -> Result<bool, BlobError> {
    match store.head(path).await {
        Ok(_) => Ok(true),
        Err(object_store::Error::NotFound { .. }) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Removes every piece of `session`.
pub(super) async fn discard(store: &dyn ObjectStore, session: &str) -> Result<(), BlobError> {
    let dir = session_dir(session);
    let locations = store.list(Some(&dir)).map_ok(|m| m.location).boxed();
    let mut deleted = store.delete_stream(locations);
    while let Some(result) = deleted.next().await {
        match result {
            Ok(_) | Err(object_store::Error::NotFound { .. }) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Every session with pieces in the store, with the time its last piece was stored.
pub(super) async fn list(
    store: &dyn ObjectStore,
) -> Result<Vec<(String, std::time::SystemTime)>, BlobError> {
    let mut latest: BTreeMap<String, std::time::SystemTime> = BTreeMap::new();
    let prefix = StorePath::from("uploads");
    let mut listing = store.list(Some(&prefix));
    while let Some(meta) = listing.try_next().await? {
        let mut parts = meta.location.parts();
        let (Some(_uploads), Some(session)) = (parts.next(), parts.next()) else {
            continue;
        };
        let at = std::time::SystemTime::from(meta.last_modified);
        let entry = latest
            .entry(session.as_ref().to_owned())
            .or_insert(std::time::UNIX_EPOCH);
        *entry = (*entry).max(at);
    }
    Ok(latest.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chain_skips_pieces_left_by_a_crash() {
        let mut by_start = BTreeMap::new();
        by_start.insert(0, vec![10, 20]);
        by_start.insert(10, vec![30]);
        assert_eq!(follow(&by_start, 0, 30), Some(vec![10, 30]));
        assert_eq!(follow(&by_start, 0, 20), Some(vec![20]));
        assert_eq!(follow(&by_start, 0, 25), None);
        assert_eq!(follow(&BTreeMap::new(), 0, 0), Some(vec![]));
    }

    #[test]
    fn piece_names_sort_by_offset_and_parse_back() {
        let a = piece_path("s-x", 9, 10);
        let b = piece_path("s-x", 10, 11);
        assert!(a.as_ref() < b.as_ref());
        assert_eq!(b.filename().and_then(parse_piece), Some((10, 11)));
        assert_eq!(parse_piece("00-00"), None);
        assert_eq!(parse_piece("assembled"), None);
    }
}
