//! `ws drive upload` of the real binary while its server, a real process on a real
//! data directory, is SIGKILLed mid-upload: no partial file is ever visible, the
//! session survives the restart (same port and data directory), and the upload
//! completes with the local sha256 both ways: `ws` gives up with a clear error while
//! the server stays down and the re-run resumes, and a running `ws` rides out a
//! server that comes back.

use crate::util;

use std::path::Path;
use std::process::Stdio;

use util::drive::{
    assert_received_once, file_sha, resumed_and_sent, signed_in, wait_for_upload, write_big,
};
use util::server_process::{ServerProcess, serve_if_asked};
use util::{KillOnDrop, Run, Sandbox, assert_clean};
use ws_tests::workspace::WsApi;

/// Not a test: the body of the server process the test below starts and kills.
#[test]
#[ignore = "the child server process of the tests in this file"]
fn server_process_entry() {
    serve_if_asked();
}

const NAME: &str = "big.bin";
/// The file's size in MiB: far more than can be in flight when the server dies (a
/// chunk, socket buffers), small enough for a debug build on two cores.
const MIB: u64 = 384;

/// Starts `ws drive upload SRC -o json` in the background.
fn start_upload(sb: &Sandbox, src: &Path) -> KillOnDrop {
    let mut cmd = sb.cmd(&["drive", "upload", src.to_str().unwrap(), "-o", "json"]);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    KillOnDrop(cmd.spawn().unwrap())
}

/// SIGKILLs the server while `ws` is held still (SIGSTOP), so the upload cannot
/// complete in between, then lets `ws` go on.
fn kill_server_under(ws: &KillOnDrop, server: ServerProcess) {
    ws.signal("STOP");
    server.kill();
    ws.signal("CONT");
}

/// The file is neither listed (API and `ws drive ls`) nor downloadable.
async fn assert_not_visible(sb: &Sandbox, api: &WsApi, when: &str) {
    let listed = api.get("/drive/files").await;
    assert_eq!(listed.status, 200, "{listed:?}");
    assert_eq!(listed.body["items"], serde_json::json!([]), "{when}");
    tokio::task::block_in_place(|| {
        let ls = sb.run(&["drive", "ls", "-o", "json"], "");
        assert_eq!(ls.expect(0).json(), serde_json::json!([]), "{when}");
        let get = sb.run(&["drive", "download", NAME, "-"], "");
        assert_eq!(get.code(), 5, "{when}: {}", get.stderr());
        assert!(get.stdout().is_empty(), "{when}: bytes of a partial file");
    });
}

/// The server's committed offset of session `sid`.
async fn committed(api: &WsApi, sid: &str) -> u64 {
    let s = api.get(&format!("/drive/uploads/{sid}")).await;
    s.body["committed"]
        .as_u64()
        .unwrap_or_else(|| panic!("{s:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_upload_shows_no_partial_file_and_the_upload_resumes() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().join("data");
    let server = tokio::task::block_in_place(|| ServerProcess::start(&data_dir, 0));
    let (port, base_url) = (server.port, server.base_url.clone());
    let (sb, api) = signed_in(&server.handle(), "alice").await;
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join(NAME);
    write_big(&src, MIB);
    let (size, want) = (MIB << 20, file_sha(&src));

    // 1. The server dies and stays down: `ws` gives up, saying why.
    let mut ws = start_upload(&sb, &src);
    // A quarter in, so the bytes a later kill cuts off cannot outweigh the resume.
    let (sid, _) = wait_for_upload(&api, size / 4).await;
    kill_server_under(&ws, server);
    let run = tokio::task::block_in_place(|| ws.finish_within(600));
    assert_gave_up(&run, &base_url);

    let server = tokio::task::block_in_place(|| ServerProcess::start(&data_dir, port));
    assert_not_visible(&sb, &api, "after the first restart").await;
    let kept = committed(&api, &sid).await;
    assert!(kept > 0 && kept < size, "kept {kept} of {size}");

    // 2. The same command resumes; the server dies again and comes back while `ws`
    //    retries, and `ws` finishes the upload.
    let mut ws = start_upload(&sb, &src);
    wait_for_upload(&api, kept + 1).await;
    ws.signal("STOP");
    server.kill();
    let server = tokio::task::block_in_place(|| ServerProcess::start(&data_dir, port));
    assert_not_visible(&sb, &api, "after the second restart").await;
    let kept_again = committed(&api, &sid).await;
    assert!(
        kept_again > kept && kept_again < size,
        "{kept_again} of {size}"
    );
    ws.signal("CONT");
    let run = tokio::task::block_in_place(|| ws.finish_within(600));
    run.expect(0);
    let (resumed_at, sent) = resumed_and_sent(&run.stderr());
    assert!(
        resumed_at >= kept && resumed_at + sent == size,
        "resumed at {resumed_at} (server kept {kept}), sent {sent} of {size}"
    );
    assert_eq!(run.json()[0]["sha256"], want.as_str());
    assert_received_once(&api, &sid, size).await;

    let out = work.path().join("copy.bin");
    let run = tokio::task::block_in_place(|| {
        sb.run_within(&["drive", "download", NAME, out.to_str().unwrap()], "", 600)
    });
    run.expect(0);
    assert_eq!(file_sha(&out), want);
    drop(server);
}

/// `ws` exited 1, printing nothing, with an error that names the server it could not
/// reach and says the upload can be resumed.
fn assert_gave_up(run: &Run, base_url: &str) {
    let said = run.stderr();
    assert_eq!(run.code(), 1, "{said}");
    assert_clean(&said);
    assert!(
        said.contains("uploading big.bin stopped; run the same command again to resume")
            && said.contains(&format!("cannot reach {base_url}/api/v1/drive/uploads"))
            && said.contains("that the server is running"),
        "{said}"
    );
    assert!(run.stdout().is_empty(), "{}", run.stdout());
}
