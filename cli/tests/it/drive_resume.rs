//! `ws drive upload` sending the whole file in one request (the default), SIGKILLed
//! mid-upload and run again at once: the server keeps every byte that arrived before
//! the connection broke (its request runs to the end and is audited), the second run
//! resumes exactly there, and its report adds up: `resumed at byte X, sent Y bytes`
//! with X + Y the file's size, also when the second run begins while the first
//! still holds the upload and the server takes in more of its bytes afterwards.

use crate::util;

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use util::KillOnDrop;
use util::drive::{
    assert_received_once, file_sha, resumed_and_sent, signed_in, wait_for_upload, write_big,
};
use ws_tests::TestServer;
use ws_tests::workspace::WsApi;

/// MiB: a few of the server's 64 MiB commit checkpoints, so the kill lands mid-file.
const MIB: u64 = 256;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_one_request_upload_resumes_where_the_server_stopped_receiving() {
    let server = TestServer::start_demo().await;
    let (sb, api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join("one.bin");
    write_big(&src, MIB);
    let (size, want) = (MIB << 20, file_sha(&src));

    let src_arg = src.to_str().unwrap().to_owned();
    let mut first = sb.cmd(&["drive", "upload", &src_arg]);
    first.stdout(Stdio::null()).stderr(Stdio::null());
    let mut first = KillOnDrop(first.spawn().unwrap());
    let (sid, kept) = wait_for_upload(&api, 1).await;
    first.0.kill().unwrap();
    first.0.wait().unwrap();
    assert!(kept > 0 && kept < size, "killed midway: {kept} of {size}");

    // At once: the server may still be landing the killed request's bytes.
    let sb2 = sb;
    let second = tokio::task::spawn_blocking(move || {
        sb2.run_within(&["drive", "upload", &src_arg, "-o", "json"], "", 900)
    })
    .await
    .unwrap();
    second.expect(0);
    let (resumed_at, sent) = resumed_and_sent(&second.stderr());
    assert_eq!(
        resumed_at + sent,
        size,
        "resumed at {resumed_at}, sent {sent}: {}",
        second.stderr()
    );
    assert!(resumed_at >= kept, "resumed at {resumed_at}, kept {kept}");
    assert_eq!(second.json()[0]["sha256"], want);
    assert_received_once(&api, &sid, size).await;

    // The killed request ran to its end on the server: audited, with what it kept,
    // which is exactly where the second run resumed.
    let chunks = api.get("/audit?action=drive.upload.chunk").await;
    let killed = chunks.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["detail"]["from"] == 0)
        .unwrap_or_else(|| panic!("the killed request was never audited: {chunks:?}"));
    assert_eq!(killed["detail"]["to"], resumed_at, "{chunks:?}");
}

/// Waits (bounded) until the server has refused a chunk of session `sid` to `rerun`
/// (another request held it; `Some(offset it started at)`), or `rerun` has ended
/// (`None`: blobs staged in an object store take concurrent requests).
async fn wait_for_refused_chunk(api: &WsApi, sid: &str, rerun: &mut Child) -> Option<u64> {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let chunks = api.get("/audit?action=drive.upload.chunk").await;
        let refused = chunks.body["items"].as_array().and_then(|items| {
            items.iter().find(|e| {
                e["outcome"] == "failed" && e["target"] == format!("upload:{sid}").as_str()
            })
        });
        if let Some(e) = refused {
            return Some(e["detail"]["from"].as_u64().unwrap());
        }
        if rerun.try_wait().unwrap().is_some() {
            return None;
        }
        assert!(
            Instant::now() < deadline,
            "no chunk was refused: {chunks:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rerun_that_starts_while_the_first_run_holds_the_upload_counts_only_its_own_bytes() {
    let server = TestServer::start_demo().await;
    let (sb, api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join("late.bin");
    write_big(&src, MIB);
    let (size, want) = (MIB << 20, file_sha(&src));

    let src_arg = src.to_str().unwrap().to_owned();
    let mut first = sb.cmd(&["drive", "upload", &src_arg]);
    first.stdout(Stdio::null()).stderr(Stdio::null());
    let first = KillOnDrop(first.spawn().unwrap());
    let (sid, _) = wait_for_upload(&api, 1).await;
    // The first run hangs with its request open: the server holds the session for it
    // and has committed only up to a checkpoint.
    first.signal("STOP");
    let mut second = sb.cmd(&["drive", "upload", &src_arg, "-o", "json"]);
    second.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut second = KillOnDrop(second.spawn().unwrap());
    // The second run found the session at that checkpoint and was refused; when the
    // first dies, the server keeps what its request had delivered beyond it.
    let stale = wait_for_refused_chunk(&api, &sid, &mut second.0).await;
    drop(first);
    let second = tokio::task::block_in_place(|| second.finish_within(900));
    second.expect(0);
    let (resumed_at, sent) = resumed_and_sent(&second.stderr());
    assert_eq!(
        resumed_at + sent,
        size,
        "resumed at {resumed_at}, sent {sent}: {}",
        second.stderr()
    );
    if let Some(stale) = stale {
        assert!(
            resumed_at >= stale,
            "resumed at {resumed_at}, refused at {stale}"
        );
    }
    assert_eq!(second.json()[0]["sha256"], want);
    assert_received_once(&api, &sid, size).await;
}
