//! S3 faults with real parts: the test S3 server (moto, shared by the run) behind a
//! TCP proxy of this test's own, which is cut (open connections closed, new ones
//! refused: what a crashed S3 server looks like) and restored on the same address
//! while a real `ws-server` keeps running and a client keeps uploading.
//!
//! What must hold while S3 is away: every answer is 2xx or 503 with `Retry-After`,
//! downloads of existing files are 503 (not 500), nothing half-written becomes visible,
//! a resumable session keeps what it had, and `/readyz` says the blob store is down.
//! After it returns: the session resumes where it stopped and commits, uploads are
//! acknowledged again, and every acknowledged file is there with its bytes, and
//! nothing else is.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::sync::watch;
use ws_tests::proxy::TcpProxy;
use ws_tests::workspace::{Reply, WsApi, token_for};
use ws_tests::{TestOptions, TestServer};

/// Uploads the background writer gets acknowledged before the cut, and after it.
const ACKS_EACH_SIDE: usize = 3;
/// A liveness bound for each wait (a server that never recovers fails here).
const LIVENESS: Duration = Duration::from_secs(120);

/// An upload that was acknowledged: its name, file id and bytes.
#[derive(Debug, Clone)]
struct Acked {
    name: String,
    id: String,
    bytes: Vec<u8>,
}

/// `PUT /drive/content?name=NAME` of `bytes` into My Drive.
async fn put(api: &WsApi, name: &str, bytes: Vec<u8>) -> Reply {
    let path = format!("/drive/content?name={name}");
    api.send(api.request(Method::PUT, &path).body(bytes)).await
}

/// `PUT /drive/uploads/SID` of one chunk.
async fn chunk(api: &WsApi, sid: &str, range: &str, bytes: &'static [u8]) -> Reply {
    let req = api
        .request(Method::PUT, &format!("/drive/uploads/{sid}"))
        .header("content-range", range)
        .body(bytes);
    api.send(req).await
}

/// Status, `Retry-After` and bytes of a file's content.
async fn download(api: &WsApi, id: &str) -> (u16, Option<String>, Vec<u8>) {
    let resp = api
        .request(Method::GET, &format!("/drive/files/{id}/content"))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let retry = resp
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    (status, retry, resp.bytes().await.unwrap().to_vec())
}

/// Names in My Drive.
async fn root_names(api: &WsApi) -> BTreeSet<String> {
    let list = api.get("/drive/files").await;
    assert_eq!(list.status, 200, "{list:?}");
    let items = list.body["items"].as_array().unwrap();
    items
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_owned())
        .collect()
}

/// Status and body of `/readyz`.
async fn readyz(server: &TestServer) -> (u16, Value) {
    let r = server
        .client()
        .get(server.url("/readyz"))
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

/// An answer that is not an acknowledgement must be a 503 with `Retry-After: 5`.
fn assert_unavailable(r: &Reply, what: &str) {
    assert_eq!((r.status, r.code()), (503, "unavailable"), "{what}: {r:?}");
    assert_eq!(r.header("retry-after"), Some("5"), "{what}: {r:?}");
}

/// Uploads `bg-N.txt` one after another until `stop`, recording acknowledgements in
/// `acked` and counting refusals (each checked to be a 503) in `refused`.
async fn writer(
    alice: Arc<WsApi>,
    acked: watch::Sender<Vec<Acked>>,
    refused: watch::Sender<usize>,
    stop: watch::Receiver<bool>,
) {
    let mut i = 0;
    while !*stop.borrow() {
        let name = format!("bg-{i}.txt");
        let bytes = format!("the bytes of upload {i}").into_bytes();
        let r = put(&alice, &name, bytes.clone()).await;
        match r.status {
            200..=299 => {
                let id = r.body["id"].as_str().unwrap().to_owned();
                acked.send_modify(|a| a.push(Acked { name, id, bytes }));
            }
            _ => {
                assert_unavailable(&r, &name);
                refused.send_modify(|n| *n += 1);
            }
        }
        i += 1;
    }
}

/// Waits until `rx` satisfies `ok`, within the liveness bound.
async fn wait_until<T>(rx: &mut watch::Receiver<T>, what: &str, ok: impl FnMut(&T) -> bool) {
    tokio::time::timeout(LIVENESS, rx.wait_for(ok))
        .await
        .unwrap_or_else(|_| panic!("{what}: not within {LIVENESS:?}"))
        .unwrap();
}

/// Polls `/readyz` until it is 200 again: S3 being back is observable only so.
async fn wait_ready(server: &TestServer) {
    tokio::time::timeout(LIVENESS, async {
        while readyz(server).await.0 != 200 {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await
    .expect("/readyz never became 200 after S3 came back");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_s3_outage_answers_503_and_after_it_uploads_resume_and_nothing_acknowledged_is_lost() {
    let Some((endpoint, bucket)) = ws_tests::s3::server() else {
        eprintln!("skipped: no WS_TEST_S3_ENDPOINT");
        return;
    };
    let target = endpoint.trim_start_matches("http://").trim_end_matches('/');
    let mut proxy = TcpProxy::start(target).await;
    let prefix = ws_tests::s3::fresh_prefix("s3-fault");
    let mut options = TestOptions {
        demo: true,
        ..TestOptions::default()
    };
    options.config.blobs = ws_tests::s3::section(&proxy.http_url(), &bucket, &prefix);
    let server = TestServer::start_with(options).await;
    let alice = Arc::new(WsApi::new(&server, &token_for(&server, "alice").await));

    let kept = put(&alice, "kept.txt", b"kept bytes".to_vec()).await;
    assert_eq!(kept.status, 201, "{kept:?}");
    let kept = kept.body["id"].as_str().unwrap().to_owned();
    let s = alice
        .post("/drive/uploads", &json!({"name": "later.bin", "size": 10}))
        .await;
    let sid = s.body["id"].as_str().unwrap().to_owned();
    let first = chunk(&alice, &sid, "bytes 0-3/10", b"0123").await;
    assert_eq!(first.status, 200, "{first:?}");

    let (acked_tx, mut acked) = watch::channel(Vec::new());
    let (refused_tx, mut refused) = watch::channel(0);
    let (stop_tx, stop_rx) = watch::channel(false);
    let background = tokio::spawn(writer(alice.clone(), acked_tx, refused_tx, stop_rx));
    wait_until(&mut acked, "uploads before the cut", |a| {
        a.len() >= ACKS_EACH_SIDE
    })
    .await;

    proxy.cut().await;
    // The writer meets the outage (its answers are checked to be 503s).
    wait_until(&mut refused, "refusals while S3 is away", |n| *n >= 2).await;
    let lost = put(&alice, "lost.txt", b"never stored".to_vec()).await;
    assert_unavailable(&lost, "an upload while S3 is away");
    let c = chunk(&alice, &sid, "bytes 4-9/10", b"456789").await;
    assert_unavailable(&c, "a chunk while S3 is away");
    let session = alice.get(&format!("/drive/uploads/{sid}")).await;
    assert_eq!(session.body["committed"], 4, "{session:?}");
    let (status, retry, _) = download(&alice, &kept).await;
    assert_eq!((status, retry.as_deref()), (503, Some("5")));
    let (status, ready) = readyz(&server).await;
    assert_eq!(status, 503, "{ready}");
    let blobs = ready["checks"]["blobs"].as_str().unwrap();
    assert!(blobs.starts_with("blob store unavailable"), "{ready}");

    proxy.restore().await;
    wait_ready(&server).await;
    // The session goes on from its committed offset and commits the whole file.
    let c = chunk(&alice, &sid, "bytes 4-9/10", b"456789").await;
    assert_eq!((c.status, c.body["committed"].clone()), (200, json!(10)));
    let digest = hex::encode(Sha256::digest(b"0123456789"));
    let done = alice
        .post(
            &format!("/drive/uploads/{sid}/finish"),
            &json!({"sha256": digest}),
        )
        .await;
    assert_eq!(done.status, 201, "{done:?}");
    let later = done.body["id"].as_str().unwrap().to_owned();
    let again = put(&alice, "lost.txt", b"stored now".to_vec()).await;
    assert_eq!(again.status, 201, "the refused upload, retried: {again:?}");
    let before = acked.borrow().len();
    wait_until(&mut acked, "uploads after S3 returned", |a| {
        a.len() >= before + ACKS_EACH_SIDE
    })
    .await;
    stop_tx.send(true).unwrap();
    background.await.unwrap();

    // Every acknowledged upload is there with its bytes, and nothing else is listed.
    let acked = acked.borrow().clone();
    let mut expected: Vec<(String, Vec<u8>)> = vec![
        (kept, b"kept bytes".to_vec()),
        (later, b"0123456789".to_vec()),
        (
            again.body["id"].as_str().unwrap().to_owned(),
            b"stored now".to_vec(),
        ),
    ];
    expected.extend(acked.iter().map(|a| (a.id.clone(), a.bytes.clone())));
    for (id, bytes) in &expected {
        let (status, _, body) = download(&alice, id).await;
        assert_eq!((status, body.as_slice()), (200, bytes.as_slice()), "{id}");
    }
    let mut names: BTreeSet<String> = acked.iter().map(|a| a.name.clone()).collect();
    names.extend(["kept.txt", "later.bin", "lost.txt"].map(String::from));
    assert_eq!(root_names(&alice).await, names);
}
