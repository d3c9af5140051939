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
        blobs
            .write_chunk("s-1", 0, body(&[b"abc"]), 3)
            .await
            .unwrap(),
        3
    );
    let broken = stream::iter(vec![Ok(Bytes::from_static(b"de")), Err("reset".to_owned())]);
    let (kept, err) = blobs.write_chunk("s-1", 3, broken, 10).await.unwrap_err();
    assert_eq!(kept, 2);
    assert!(matches!(err, BlobError::Body(_)));
    // A chunk longer than announced is refused.
    let (_, err) = blobs
        .write_chunk("s-1", 5, body(&[b"fghij"]), 3)
        .await
        .unwrap_err();
    assert!(matches!(err, BlobError::TooLarge(3)));
    // A new process has no running digest: it reads the staged prefix back, and a
    // retried chunk first cuts off whatever lies past the committed offset.
    let restarted = BlobStore::local(dir.path()).unwrap();
    assert_eq!(
        restarted
            .write_chunk("s-1", 5, body(&[b"f"]), 1)
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
        async move { blobs.write_chunk("s-2", 0, rx, 10).await }
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
    let (_, err) = blobs
        .write_chunk("s-2", 0, body(&[b"y"]), 10)
        .await
        .unwrap_err();
    assert!(matches!(err, BlobError::Busy));
    drop(tx);
    assert_eq!(first.await.unwrap().unwrap(), 1);
}
