//! The blob layer on a real directory: staging, chunked sessions that survive a
//! broken body, digests, promotion and ranged reads.

use bytes::Bytes;
use futures::{TryStreamExt, stream};
use sha2::{Digest, Sha256};
use ws_workspace::drive::blobs::{BlobError, BlobStore};

fn body(parts: &[&'static [u8]]) -> impl futures::Stream<Item = Result<Bytes, String>> + Unpin {
    stream::iter(
        parts
            .iter()
            .map(|p| Ok(Bytes::from_static(p)))
            .collect::<Vec<_>>(),
    )
}

/// One whole chunk through a [`ChunkWriter`](ws_workspace::drive::blobs::ChunkWriter):
/// the bytes written, or those kept with the error.
async fn write_chunk<S>(
    blobs: &BlobStore,
    name: &str,
    offset: u64,
    mut body: S,
    max: u64,
) -> Result<u64, (u64, BlobError)>
where
    S: futures::Stream<Item = Result<Bytes, String>> + Unpin,
{
    let mut writer = blobs.chunk_writer(name, offset).await.map_err(|e| (0, e))?;
    let outcome = writer.write_segment(&mut body, max, u64::MAX).await;
    // Whatever happened, what was written is on disk once the chunk is over.
    assert_eq!(writer.durable(), writer.written());
    let kept = writer.durable() - offset;
    match outcome {
        Ok(ended) => {
            assert!(ended, "an unlimited segment reads the body to its end");
            Ok(kept)
        }
        Err(e) => Err((kept, e)),
    }
}

fn sha(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

async fn read_all(blobs: &BlobStore, sha256: &str, range: Option<std::ops::Range<u64>>) -> Vec<u8> {
    let chunks: Vec<Bytes> = blobs
        .read(sha256, range)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    chunks.concat()
}

#[tokio::test]
async fn staged_bytes_become_a_blob_only_when_promoted() {
    let dir = tempfile::tempdir().unwrap();
    let blobs = BlobStore::local(dir.path()).unwrap();
    let staged = blobs
        .stage("p-1", body(&[b"hello ", b"world"]), 100)
        .await
        .unwrap();
    assert_eq!(staged.sha256, sha(b"hello world"));
    assert_eq!(
        (staged.size, staged.head.as_slice()),
        (11, &b"hello world"[..])
    );
    assert!(
        blobs.read(&staged.sha256, None).await.is_err(),
        "not readable before promotion"
    );
    blobs
        .promote("p-1", &staged.sha256, staged.size)
        .await
        .unwrap();
    assert_eq!(read_all(&blobs, &staged.sha256, None).await, b"hello world");
    assert_eq!(
        read_all(&blobs, &staged.sha256, Some(6..11)).await,
        b"world"
    );
    assert!(!dir.path().join("uploads/p-1").exists());
}

#[tokio::test]
async fn too_long_bodies_are_refused_and_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let blobs = BlobStore::local(dir.path()).unwrap();
    let err = blobs
        .stage("p-2", body(&[b"12345", b"6789"]), 6)
        .await
        .unwrap_err();
    assert!(matches!(err, BlobError::TooLarge(6)), "{err}");
    assert!(!dir.path().join("uploads/p-2").exists());
}

#[tokio::test]
async fn a_broken_chunk_keeps_what_arrived_and_the_digest_is_recomputed_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let blobs = BlobStore::local(dir.path()).unwrap();
    blobs.begin_session("s-1");
    assert_eq!(
        write_chunk(&blobs, "s-1", 0, body(&[b"abc"]), 3)
            .await
            .unwrap(),
        3
    );
    let broken = stream::iter(vec![Ok(Bytes::from_static(b"de")), Err("reset".to_owned())]);
    let (kept, err) = write_chunk(&blobs, "s-1", 3, broken, 10).await.unwrap_err();
    assert_eq!(kept, 2);
    assert!(matches!(err, BlobError::Body(_)));
    // A chunk longer than announced is refused.
    let (_, err) = write_chunk(&blobs, "s-1", 5, body(&[b"fghij"]), 3)
        .await
        .unwrap_err();
    assert!(matches!(err, BlobError::TooLarge(3)));
    // A new process has no running digest: it reads the staged prefix back, and a
    // retried chunk first cuts off whatever lies past the committed offset.
    let restarted = BlobStore::local(dir.path()).unwrap();
    assert_eq!(
        write_chunk(&restarted, "s-1", 5, body(&[b"f"]), 1)
            .await
            .unwrap(),
        1
    );
    let staged = restarted.session_digest("s-1", 6).await.unwrap();
    assert_eq!(staged.sha256, sha(b"abcdef"));
    // The original process's running digest matches too.
    let again = blobs.session_digest("s-1", 6).await.unwrap();
    assert_eq!(again.sha256, sha(b"abcdef"));
}

#[tokio::test]
async fn a_session_takes_one_writer_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let blobs = BlobStore::local(dir.path()).unwrap();
    let (tx, rx) = futures::channel::mpsc::unbounded::<Result<Bytes, String>>();
    tx.unbounded_send(Ok(Bytes::from_static(b"x"))).unwrap();
    let first = tokio::spawn({
        let blobs = blobs.clone();
        async move { write_chunk(&blobs, "s-2", 0, rx, 10).await }
    });
    // Wait until the first writer holds the session (its byte is on disk).
    let staged = dir.path().join("uploads/s-2");
    tokio::time::timeout(std::time::Duration::from_secs(10), async {
        while std::fs::metadata(&staged).map(|m| m.len()).unwrap_or(0) < 1 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();
    let (_, err) = write_chunk(&blobs, "s-2", 0, body(&[b"y"]), 10)
        .await
        .unwrap_err();
    assert!(matches!(err, BlobError::Busy));
    drop(tx);
    assert_eq!(first.await.unwrap().unwrap(), 1);
}

#[tokio::test]
async fn a_long_chunk_is_written_in_segments_each_synced_while_the_next_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let blobs = BlobStore::local(dir.path()).unwrap();
    blobs.begin_session("s-3");
    let mut writer = blobs.chunk_writer("s-3", 0).await.unwrap();
    let mut chunk = body(&[b"ab", b"cd", b"ef", b"g"]);
    // A segment stops at the first item that reaches its size, leaving the rest unread;
    // its sync runs in the background, so nothing is known durable yet.
    assert!(!writer.write_segment(&mut chunk, 7, 3).await.unwrap());
    assert_eq!((writer.written(), writer.durable()), (4, 0));
    let staged = dir.path().join("uploads/s-3");
    assert_eq!(std::fs::read(&staged).unwrap(), b"abcd");
    // The next segment waits for that sync before starting its own.
    assert!(!writer.write_segment(&mut chunk, 3, 2).await.unwrap());
    assert_eq!((writer.written(), writer.durable()), (6, 4));
    // The limit covers the whole chunk (one byte is left of the seven); the end of
    // the body syncs everything before returning.
    assert!(writer.write_segment(&mut chunk, 1, 3).await.unwrap());
    assert_eq!((writer.written(), writer.durable()), (7, 7));
    // The session is locked while the writer lives, and its digest handed back after.
    assert!(matches!(
        blobs.chunk_writer("s-3", 7).await,
        Err(BlobError::Busy)
    ));
    drop(writer);
    assert_eq!(
        blobs.session_digest("s-3", 7).await.unwrap().sha256,
        sha(b"abcdefg")
    );
}

#[tokio::test]
async fn a_chunk_whose_request_is_dropped_mid_write_does_not_leave_a_wrong_digest() {
    let dir = tempfile::tempdir().unwrap();
    let blobs = BlobStore::local(dir.path()).unwrap();
    blobs.begin_session("s-4");
    // A client that sends three bytes and then goes away: the server drops the
    // request (and with it the writer) while the segment is still waiting for more.
    let (tx, mut rx) = futures::channel::mpsc::unbounded::<Result<Bytes, String>>();
    tx.unbounded_send(Ok(Bytes::from_static(b"abc"))).unwrap();
    let request = tokio::spawn({
        let blobs = blobs.clone();
        async move {
            let mut writer = blobs.chunk_writer("s-4", 0).await.unwrap();
            writer.write_segment(&mut rx, 10, u64::MAX).await
        }
    });
    let staged = dir.path().join("uploads/s-4");
    tokio::time::timeout(std::time::Duration::from_secs(10), async {
        while std::fs::metadata(&staged).map(|m| m.len()).unwrap_or(0) < 3 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();
    request.abort();
    assert!(request.await.unwrap_err().is_cancelled());
    // Nothing was committed, so the retry starts at 0 with other bytes: the digest
    // must be theirs alone, not carry the dropped request's.
    assert_eq!(
        write_chunk(&blobs, "s-4", 0, body(&[b"xyz"]), 3)
            .await
            .unwrap(),
        3
    );
    assert_eq!(
        blobs.session_digest("s-4", 3).await.unwrap().sha256,
        sha(b"xyz")
    );
    drop(tx);
}
