//! The blob layer on a real directory: staging, chunked sessions that survive a
//! broken body, digests, promotion and ranged reads; and the same on a real S3 server
//! (`WS_TEST_S3_ENDPOINT`, bucket `WS_TEST_S3_BUCKET`, each test under a prefix of its
//! own), where a session's pieces live in the bucket so any process can continue it.

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

/// A blob store on the test S3 server under a fresh prefix, as a second server
/// process would open it (its own client, nothing shared in memory); `None` when no
/// S3 server is configured (a failure when services are required).
fn s3_store(prefix: &str) -> Option<BlobStore> {
    use object_store::aws::AmazonS3Builder;
    let endpoint = std::env::var("WS_TEST_S3_ENDPOINT")
        .ok()
        .filter(|e| !e.is_empty());
    let Some(endpoint) = endpoint else {
        assert_ne!(
            std::env::var("WS_TEST_REQUIRE_SERVICES").as_deref(),
            Ok("1"),
            "WS_TEST_REQUIRE_SERVICES=1 but WS_TEST_S3_ENDPOINT is not set"
        );
        eprintln!("skipped: no WS_TEST_S3_ENDPOINT");
        return None;
    };
    let bucket = std::env::var("WS_TEST_S3_BUCKET").unwrap_or_else(|_| "ws-test".to_owned());
    let s3 = AmazonS3Builder::new()
        .with_endpoint(endpoint)
        .with_allow_http(true)
        .with_bucket_name(bucket)
        .with_region("us-east-1")
        .with_access_key_id("ws-test-access")
        .with_secret_access_key("ws-test-secret")
        .build()
        .unwrap();
    let prefixed = object_store::prefix::PrefixStore::new(s3, prefix);
    Some(BlobStore::remote(std::sync::Arc::new(prefixed)))
}

fn fresh_prefix(tag: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("t{}-{nanos}-{tag}", std::process::id())
}

#[tokio::test]
async fn s3_staged_bytes_become_a_blob_only_when_promoted_and_leave_no_staging() {
    let Some(blobs) = s3_store(&fresh_prefix("stage")) else {
        return;
    };
    let staged = blobs
        .stage("p-1", body(&[b"hello ", b"world"]), 100)
        .await
        .unwrap();
    assert_eq!(staged.sha256, sha(b"hello world"));
    assert_eq!(staged.head, b"hello world");
    assert!(!blobs.has_blob(&staged.sha256).await.unwrap());
    assert!(blobs.read(&staged.sha256, None).await.is_err());
    assert_eq!(blobs.list_staged().await.unwrap().len(), 1);
    blobs
        .promote("p-1", &staged.sha256, staged.size)
        .await
        .unwrap();
    assert_eq!(read_all(&blobs, &staged.sha256, None).await, b"hello world");
    assert_eq!(
        read_all(&blobs, &staged.sha256, Some(6..11)).await,
        b"world"
    );
    assert_eq!(
        blobs.list_blobs().await.unwrap(),
        vec![staged.sha256.clone()]
    );
    assert!(blobs.list_staged().await.unwrap().is_empty());
    blobs.delete_blob(&staged.sha256).await.unwrap();
    assert!(!blobs.has_blob(&staged.sha256).await.unwrap());
}

#[tokio::test]
async fn s3_too_long_bodies_are_refused_and_leave_nothing() {
    let Some(blobs) = s3_store(&fresh_prefix("long")) else {
        return;
    };
    let err = blobs
        .stage("p-2", body(&[b"12345", b"6789"]), 6)
        .await
        .unwrap_err();
    assert!(matches!(err, BlobError::TooLarge(6)), "{err}");
    assert!(blobs.list_staged().await.unwrap().is_empty());
}

#[tokio::test]
async fn s3_a_session_continues_in_another_process_after_a_broken_chunk() {
    let prefix = fresh_prefix("replicas");
    let Some(first) = s3_store(&prefix) else {
        return;
    };
    let second = s3_store(&prefix).unwrap();
    first.begin_session("s-1");
    assert_eq!(
        write_chunk(&first, "s-1", 0, body(&[b"abc"]), 3)
            .await
            .unwrap(),
        3
    );
    let broken = stream::iter(vec![Ok(Bytes::from_static(b"de")), Err("reset".to_owned())]);
    let (kept, err) = write_chunk(&first, "s-1", 3, broken, 10).await.unwrap_err();
    assert_eq!(kept, 2);
    assert!(matches!(err, BlobError::Body(_)));
    // The other process takes the next chunk and finishes: it reads the pieces the
    // first one stored.
    let (_, err) = write_chunk(&second, "s-1", 5, body(&[b"fghij"]), 3)
        .await
        .unwrap_err();
    assert!(matches!(err, BlobError::TooLarge(3)));
    assert_eq!(
        write_chunk(&second, "s-1", 5, body(&[b"f"]), 1)
            .await
            .unwrap(),
        1
    );
    let staged = second.session_digest("s-1", 6).await.unwrap();
    assert_eq!(
        (staged.sha256.as_str(), staged.size),
        (sha(b"abcdef").as_str(), 6)
    );
    assert_eq!(staged.head, b"abcdef");
    second.promote("s-1", &staged.sha256, 6).await.unwrap();
    assert_eq!(read_all(&first, &staged.sha256, None).await, b"abcdef");
    assert!(first.list_staged().await.unwrap().is_empty());
}

#[tokio::test]
async fn s3_each_piece_is_stored_while_the_next_arrives() {
    let Some(blobs) = s3_store(&fresh_prefix("behind")) else {
        return;
    };
    let mut writer = blobs.chunk_writer("s-5", 0).await.unwrap();
    let mut chunk = body(&[b"ab", b"cd", b"ef", b"g"]);
    // The first piece is being stored: nothing is known durable yet.
    assert!(!writer.write_segment(&mut chunk, 7, 3).await.unwrap());
    assert_eq!((writer.written(), writer.durable()), (4, 0));
    // The next piece waits for it before it is stored in turn.
    assert!(!writer.write_segment(&mut chunk, 3, 2).await.unwrap());
    assert_eq!((writer.written(), writer.durable()), (6, 4));
    // The end of the body stores everything before returning.
    assert!(writer.write_segment(&mut chunk, 1, 3).await.unwrap());
    assert_eq!((writer.written(), writer.durable()), (7, 7));
    assert_eq!(
        blobs.session_digest("s-5", 7).await.unwrap().sha256,
        sha(b"abcdefg")
    );
}

#[tokio::test]
async fn s3_a_piece_left_by_a_crash_before_its_commit_is_skipped() {
    let Some(blobs) = s3_store(&fresh_prefix("crash")) else {
        return;
    };
    // A request stored "xy" at 0 and died before the database recorded it; the
    // retry from 0 sends the whole file.
    write_chunk(&blobs, "s-2", 0, body(&[b"xy"]), 2)
        .await
        .unwrap();
    write_chunk(&blobs, "s-2", 0, body(&[b"abc", b"def"]), 6)
        .await
        .unwrap();
    let staged = blobs.session_digest("s-2", 6).await.unwrap();
    assert_eq!(staged.sha256, sha(b"abcdef"));
    // Pieces that cannot cover the size are an error, not a short file.
    assert!(blobs.session_digest("s-2", 7).await.is_err());
    blobs.discard("s-2").await;
    assert!(blobs.list_staged().await.unwrap().is_empty());
}

#[tokio::test]
async fn s3_an_empty_session_becomes_an_empty_blob() {
    let Some(blobs) = s3_store(&fresh_prefix("empty")) else {
        return;
    };
    let staged = blobs.session_digest("s-3", 0).await.unwrap();
    assert_eq!(
        (staged.sha256.as_str(), staged.size),
        (sha(b"").as_str(), 0)
    );
    blobs.promote("s-3", &staged.sha256, 0).await.unwrap();
    assert!(blobs.has_blob(&staged.sha256).await.unwrap());
}

/// Promotes `data` into `blobs` as a blob; its digest.
async fn put_blob(blobs: &BlobStore, name: &str, data: &'static [u8]) -> String {
    let staged = blobs.stage(name, body(&[data]), u64::MAX).await.unwrap();
    blobs
        .promote(name, &staged.sha256, staged.size)
        .await
        .unwrap();
    staged.sha256
}

/// Copies between two stores: everything verified, a second run copies nothing, a
/// corrupt source blob is refused.
async fn copy_between(from: &BlobStore, to: &BlobStore, corrupt: impl AsyncFnOnce(&str)) {
    use ws_workspace::drive::migrate::{BlobCopyError, copy_blobs};
    let a = put_blob(from, "p-a", b"first file").await;
    let b = put_blob(from, "p-b", b"second, longer file").await;
    let mut seen = Vec::new();
    let report = copy_blobs(from, to, |r| seen.push(r.copied + r.skipped))
        .await
        .unwrap();
    assert_eq!((report.copied, report.skipped, report.total), (2, 0, 2));
    assert_eq!(report.bytes, 10 + 19);
    assert_eq!(seen, [1, 2]);
    assert_eq!(read_all(to, &a, None).await, b"first file");
    assert_eq!(read_all(to, &b, None).await, b"second, longer file");
    let again = copy_blobs(from, to, |_| {}).await.unwrap();
    assert_eq!((again.copied, again.skipped), (0, 2));

    let c = put_blob(from, "p-c", b"third").await;
    corrupt(&c).await;
    let err = copy_blobs(from, to, |_| {}).await.unwrap_err();
    assert!(
        matches!(&err, BlobCopyError::Mismatch { sha256, .. } if *sha256 == c),
        "{err}"
    );
    assert!(!to.has_blob(&c).await.unwrap());
    assert!(to.list_staged().await.unwrap().is_empty());
}

#[tokio::test]
async fn blobs_copy_between_stores_verified_idempotent_and_refusing_corrupt_ones() {
    let (src, dst) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let from = BlobStore::local(src.path()).unwrap();
    let to = BlobStore::local(dst.path()).unwrap();
    let corrupt = async |sha: &str| {
        let path = src
            .path()
            .join(format!("blobs/{}/{}/{sha}", &sha[..2], &sha[2..4]));
        std::fs::write(path, b"bit rot").unwrap();
    };
    copy_between(&from, &to, corrupt).await;
}

#[tokio::test]
async fn s3_blobs_copy_from_local_files_to_s3() {
    let Some(to) = s3_store(&fresh_prefix("migrate")) else {
        return;
    };
    let src = tempfile::tempdir().unwrap();
    let from = BlobStore::local(src.path()).unwrap();
    let corrupt = async |sha: &str| {
        let path = src
            .path()
            .join(format!("blobs/{}/{}/{sha}", &sha[..2], &sha[2..4]));
        std::fs::write(path, b"bit rot").unwrap();
    };
    copy_between(&from, &to, corrupt).await;
}
