//! Helpers of the `ws drive` tests: a signed-in demo user, big deterministic files and
//! their sha256, the server's view of a running upload, and `ws`'s resume report.

use std::io::{Read, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, token_for};

use super::{Sandbox, admin_sandbox};

/// A sandbox signed in as demo user `name` (`WS_TOKEN`), and the API as that user.
pub async fn signed_in(server: &TestServer, name: &str) -> (Sandbox, WsApi) {
    let token = token_for(server, name).await;
    let mut sb = admin_sandbox(server);
    sb.set("WS_TOKEN", &token);
    (sb, WsApi::new(server, &token))
}

/// The lower-case hex sha256 of a file, read in constant memory.
pub fn file_sha(path: &Path) -> String {
    let mut f = std::fs::File::open(path).unwrap();
    let mut h = Sha256::new();
    let mut buf = vec![0; 1 << 20];
    loop {
        let n = f.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// `mib` MiB where every MiB differs (its index is stamped in), so a chunk written
/// at the wrong offset changes the digest.
pub fn write_big(path: &Path, mib: u64) {
    let mut block: Vec<u8> = (0..1u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..mib {
        block[..8].copy_from_slice(&i.to_le_bytes());
        f.write_all(&block).unwrap();
    }
    f.flush().unwrap();
}

/// Waits (bounded) until the server has committed at least `min` bytes of the
/// caller's latest upload session, and returns (session id, committed).
pub async fn wait_for_upload(api: &WsApi, min: u64) -> (String, u64) {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let audit = api.get("/audit?action=drive.upload.begin").await;
        if let Some(target) = audit.body["items"][0]["target"].as_str() {
            let sid = target.trim_start_matches("upload:").to_owned();
            let committed = api.get(&format!("/drive/uploads/{sid}")).await.body["committed"]
                .as_u64()
                .unwrap_or(0);
            if committed >= min {
                return (sid, committed);
            }
        }
        assert!(Instant::now() < deadline, "the upload never got going");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The two numbers of `uploaded NAME: resumed at byte X, sent Y bytes[ (and Z again …)]`.
pub fn resumed_and_sent(stderr: &str) -> (u64, u64) {
    let line = stderr
        .lines()
        .find_map(|l| l.split_once(": resumed at byte ").map(|(_, rest)| rest))
        .unwrap_or_else(|| panic!("no resume report: {stderr}"));
    let (at, rest) = line.split_once(", sent ").unwrap();
    let sent = rest.split_once(" bytes").map_or(rest, |(n, _)| n);
    (at.parse().unwrap(), sent.parse().unwrap())
}

/// Asserts that the server counted every byte of upload session `sid` exactly once
/// over all the runs that fed it: its finish record says it received `size` bytes.
pub async fn assert_received_once(api: &WsApi, sid: &str, size: u64) {
    let finish = api.get("/audit?action=drive.upload").await;
    let detail = &finish.body["items"][0]["detail"];
    assert_eq!(
        (detail["session"].as_str(), detail["received"].as_u64()),
        (Some(sid), Some(size)),
        "{finish:?}"
    );
}
