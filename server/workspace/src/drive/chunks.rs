//! The writer of one chunk of an upload session, whichever way the store stages
//! sessions: a local staging file ([`FileChunkWriter`]) or pieces in a remote store
//! ([`PieceWriter`]).

use bytes::Bytes;
use futures::Stream;

use super::blobs::{BlobError, FileChunkWriter};
use super::segments::PieceWriter;

/// A chunk being written into an upload session (see [`BlobStore::chunk_writer`]):
/// to a local staging file, or to pieces in a remote store.
pub enum ChunkWriter {
    /// A local staging file (boxed: it is far larger than the other variant).
    File(Box<FileChunkWriter>),
    /// Staging pieces in the object store.
    Pieces(PieceWriter),
}

impl ChunkWriter {
    /// The session's staged length so far (what the next segment continues from).
    pub fn written(&self) -> u64 {
        match self {
            Self::File(w) => w.written(),
            Self::Pieces(w) => w.written(),
        }
    }

    /// The staged bytes known to be durable: what may be committed.
    pub fn durable(&self) -> u64 {
        match self {
            Self::File(w) => w.durable(),
            Self::Pieces(w) => w.durable(),
        }
    }

    /// Writes one segment of `body`: see [`FileChunkWriter::write_segment`] and
    /// [`PieceWriter::write_segment`].
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
        match self {
            Self::File(w) => w.write_segment(body, max, segment).await,
            Self::Pieces(w) => w.write_segment(body, max, segment).await,
        }
    }
}
