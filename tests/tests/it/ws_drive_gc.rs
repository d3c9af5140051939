//! The drive's garbage collector against the real server's data: passes are run
//! directly (a second `Store` and `BlobStore` over the running server's data
//! directory, as the server's own periodic task would) with a clock moved past the
//! grace period, after writes made over HTTP.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use serde_json::json;
use sha2::{Digest, Sha256};
use ws_auth::ManualClock;
use ws_storage::Store;
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, token_for};
use ws_workspace::drive::blobs::BlobStore;
use ws_workspace::drive::gc::{DriveGc, GcReport};

const GRACE: Duration = Duration::from_secs(3600);

fn sha(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

/// The collector over `server`'s data and blobs, whose clock starts now.
async fn collector(server: &TestServer) -> (DriveGc, BlobStore, Arc<ManualClock>, Store) {
    let store = server.store().await;
    let blobs = ws_tests::s3::blobs_of(&server.data_dir);
    let clock = Arc::new(ManualClock::starting_now());
    let gc = DriveGc::new(store.clone(), blobs.clone(), clock.clone(), GRACE);
    (gc, blobs, clock, store)
}

/// `PUT /drive/content` of `data` as `name`; the new file's id.
async fn put(api: &WsApi, name: &str, data: &'static [u8]) -> String {
    let path = format!("/drive/content?name={name}");
    let r = api.send(api.request(Method::PUT, &path).body(data)).await;
    assert_eq!(r.status, 201, "{r:?}");
    r.body["id"].as_str().unwrap().to_owned()
}

/// Trash, then delete for good.
async fn delete_for_good(api: &WsApi, id: &str) {
    let t = api
        .post(&format!("/drive/files/{id}/trash"), &json!({}))
        .await;
    assert_eq!(t.status, 200, "{t:?}");
    let d = api.delete(&format!("/drive/files/{id}")).await;
    assert_eq!(d.status, 204, "{d:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn unreferenced_blobs_go_shared_ones_stay_and_recent_claims_are_kept() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let (gc, blobs, clock, _) = collector(&server).await;
    let (alone, shared) = (
        b"only one file has these bytes",
        b"two files share these bytes",
    );

    let lonely = put(&alice, "lonely.txt", alone).await;
    let first = put(&alice, "a.txt", shared).await;
    let second = put(&alice, "b.txt", shared).await;
    delete_for_good(&alice, &lonely).await;
    delete_for_good(&alice, &first).await;

    // Within the grace period the upload claims keep every blob, referenced or not
    // (an upload between promote and commit looks exactly like this).
    assert_eq!(gc.run_once().await.unwrap().blobs_deleted, 0);
    assert!(blobs.has_blob(&sha(alone)).await.unwrap());

    // The claims carry the server's time of each upload, seconds after this clock
    // started on a loaded machine: go well past the grace period of the last one.
    clock.advance(GRACE + Duration::from_secs(600));
    let report = gc.run_once().await.unwrap();
    assert_eq!(report.blobs_deleted, 1, "{report:?}");
    assert!(!blobs.has_blob(&sha(alone)).await.unwrap());
    assert!(blobs.has_blob(&sha(shared)).await.unwrap());
    let got = alice
        .request(Method::GET, &format!("/drive/files/{second}/content"))
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), 200);
    assert_eq!(&got.bytes().await.unwrap()[..], shared);

    // The same bytes uploaded again after their blob went: stored afresh.
    let again = put(&alice, "again.txt", alone).await;
    let got = alice
        .request(Method::GET, &format!("/drive/files/{again}/content"))
        .send()
        .await
        .unwrap();
    assert_eq!(&got.bytes().await.unwrap()[..], alone);
    // A second pass finds nothing more to do.
    assert_eq!(gc.run_once().await.unwrap(), GcReport::default());
}

#[tokio::test(flavor = "multi_thread")]
async fn sessions_live_through_their_ttl_and_grace_then_go_with_their_bytes() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let (gc, blobs, clock, _) = collector(&server).await;
    let s = alice
        .post("/drive/uploads", &json!({"name": "big.bin", "size": 10}))
        .await;
    assert_eq!(s.status, 201, "{s:?}");
    let sid = s.body["id"].as_str().unwrap().to_owned();
    let req = alice
        .request(Method::PUT, &format!("/drive/uploads/{sid}"))
        .header("content-range", "bytes 0-3/10")
        .body(&b"0123"[..]);
    assert!(alice.send(req).await.status < 300);
    let staged = format!("s-{sid}");
    let is_staged = || async {
        let staged_now = blobs.list_staged().await.unwrap();
        staged_now.iter().any(|(name, _)| *name == staged)
    };
    assert!(is_staged().await);

    // In flight: nothing happens to it, even with the grace period over.
    clock.advance(GRACE + Duration::from_secs(1));
    assert_eq!(gc.run_once().await.unwrap(), GcReport::default());
    assert!(is_staged().await);
    assert_eq!(
        alice.get(&format!("/drive/uploads/{sid}")).await.body["committed"],
        4
    );

    // Abandoned: past its expiry (7 days by default) plus the grace period. The
    // expiry was set by the server's own clock when the session was made, which a
    // loaded machine can put seconds after this clock started: go an hour past it.
    clock.advance(Duration::from_secs(7 * 24 * 3600 + 3600));
    let report = gc.run_once().await.unwrap();
    assert_eq!(report.sessions_expired, 1, "{report:?}");
    assert!(!is_staged().await);
    assert_eq!(
        alice.get(&format!("/drive/uploads/{sid}")).await.status,
        404
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn claims_and_tombstones_are_ordered_by_the_database() {
    let server = TestServer::start_demo().await;
    let (_, _, _, store) = collector(&server).await;
    let gc = &store.ws_drive_gc;
    let (now, later) = (1_000_000, 1_000_000 + 3600);
    let digest = "ab".repeat(32);
    // A fresh claim holds the blob; a stale one does not.
    assert!(gc.claim_blob(&digest, now).await.unwrap());
    assert!(!gc.mark_blob_deleting(&digest, now).await.unwrap());
    assert!(gc.mark_blob_deleting(&digest, later).await.unwrap());
    // While the tombstone stands, a claim waits (refused) ...
    assert!(!gc.claim_blob(&digest, later).await.unwrap());
    assert_eq!(gc.blobs_deleting().await.unwrap(), vec![digest.clone()]);
    // ... and succeeds once the blob is gone.
    gc.blob_deleted(&digest).await.unwrap();
    assert!(gc.claim_blob(&digest, later).await.unwrap());
    assert_eq!(gc.drop_stale_claims(later).await.unwrap(), 0);
    assert_eq!(gc.drop_stale_claims(later + 1).await.unwrap(), 1);
}
