//! A fleet on one machine, every part real: a `ws-server` as the identity provider; two
//! workspace-only replicas (child processes, each from its own configuration file) on
//! one fresh PostgreSQL database, one fresh S3 prefix and one Redis, behind HAProxy
//! round robin. Through the load balancer the real `ws` uploads a file in many chunk
//! requests that reach both replicas (their `/metrics` say so), one replica is
//! SIGKILLed mid-upload and `ws` finishes through the other, the download has the same
//! sha256, `ws audit --follow` shows writes made on either replica, and a rate limit
//! counted in Redis holds across both. PostgreSQL is taken away from both replicas
//! (a TCP proxy in front of it is cut) while `ws audit --follow` runs: each replica
//! answers 503 with `Retry-After`, both recover once it is back, and the follower goes
//! on without a gap or a duplicate.

use crate::util;

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::json;
use util::drive::{file_sha, write_big};
use util::fleet::{Haproxy, Services, replica_config, requests_counted, start_replica};
use util::restart::Lines;
use util::{KillOnDrop, admin_sandbox, free_port};
use ws_tests::TestServer;
use ws_tests::workspace::{Reply, WsApi, token_for};

/// The file: 48 chunk requests of 1 MiB.
const MIB: u64 = 48;
const CHUNK: &str = "1048576";
/// API requests each principal may make per hour, counted across the fleet.
const API_LIMIT: u32 = 150;
/// The chunk requests' metric labels.
const CHUNK_PUT: [&str; 2] = ["method=\"PUT\"", "route=\"/api/v1/drive/uploads/{id}\""];

/// Waits (a liveness bound) until the replicas at `urls` have counted at least `min`
/// chunk requests between them, each at least one.
async fn wait_for_chunks(urls: &[String], min: u64) -> Vec<u64> {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let mut counts = Vec::new();
        for u in urls {
            counts.push(requests_counted(u, &CHUNK_PUT).await);
        }
        if counts.iter().sum::<u64>() >= min && counts.iter().all(|&c| c > 0) {
            return counts;
        }
        assert!(
            Instant::now() < deadline,
            "chunks never reached both: {counts:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Sends `GET /api/v1/docs` through `lb` as `token` until a 429; returns how many were
/// answered 200 first, and the 429's `Retry-After`.
async fn requests_until_limited(lb: &str, token: &str) -> (u32, String) {
    let http = reqwest::Client::new();
    for ok in 0..=API_LIMIT * 2 {
        let r = http
            .get(format!("{lb}/api/v1/docs"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        match r.status().as_u16() {
            200 => {}
            429 => return (ok, r.headers()["retry-after"].to_str().unwrap().to_owned()),
            other => panic!("GET /docs answered {other}"),
        }
    }
    panic!("no 429 after {} requests", API_LIMIT * 2)
}

/// Writes a doc titled `TAG on replica I` through each of `apis` in turn; returns
/// their audit targets (`doc:ID`) in that order.
async fn docs_on_each(apis: &[WsApi], tag: &str) -> Vec<String> {
    let mut targets = Vec::new();
    for (i, api) in apis.iter().enumerate() {
        let doc = api
            .post(
                "/docs",
                &json!({"title": format!("{tag} on replica {i}"), "body": ""}),
            )
            .await;
        assert_eq!(doc.status, 201, "{doc:?}");
        targets.push(format!("doc:{}", doc.body["id"].as_str().unwrap()));
    }
    targets
}

/// The targets of the next `n` entries `ws audit --follow -o jsonl` prints.
fn next_targets(followed: &Lines, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| {
            let line = tokio::task::block_in_place(|| followed.next());
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            v["target"].as_str().unwrap().to_owned()
        })
        .collect()
}

/// A refusal while the database is away: 503 with `Retry-After`, never a 500.
fn assert_unavailable(r: &Reply, what: &str) {
    assert_eq!(r.status, 503, "{what}: {r:?}");
    assert!(r.header("retry-after").is_some(), "{what}: {r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fleet_behind_haproxy_uploads_through_a_killed_replica_and_shares_audit_and_limits() {
    let Some(mut services) = Services::from_env().await else {
        return;
    };
    let idp = TestServer::start_demo().await;
    let work = tempfile::tempdir().unwrap();
    let prefix = ws_tests::s3::fresh_prefix("fleet");
    let ports = [free_port(), free_port()];
    let mut replicas = Vec::new();
    for (i, port) in ports.iter().enumerate() {
        let dir = work.path().join(format!("replica{i}"));
        std::fs::create_dir_all(&dir).unwrap();
        let config = replica_config(
            &idp,
            &services,
            *port,
            &dir.join("data"),
            &prefix,
            API_LIMIT,
        );
        replicas.push(tokio::task::block_in_place(|| start_replica(&dir, &config)));
    }
    let direct: Vec<String> = replicas.iter().map(|r| r.base_url.clone()).collect();
    let lb = Haproxy::start(&services.haproxy, work.path(), free_port(), &ports);
    lb.wait_ready().await;

    let alice_token = token_for(&idp, "alice").await;
    let mut sb = admin_sandbox(&idp);
    sb.set("WS_API_URL", &lb.url).set("WS_TOKEN", &alice_token);

    // alice follows the audit log through the load balancer.
    let mut follow = sb
        .cmd(&["audit", "--follow", "-o", "jsonl", "--action", "docs."])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let followed = Lines::of(follow.stdout.take().unwrap());
    let follow_err = Lines::of(follow.stderr.take().unwrap());
    let follow = KillOnDrop(follow);
    let said = tokio::task::block_in_place(|| follow_err.next());
    assert!(said.starts_with("Following the audit log"), "{said}");
    // A doc written on each replica directly: the follower, on one of them, sees both.
    let on_replicas: Vec<WsApi> = direct
        .iter()
        .map(|url| {
            WsApi::new(
                &TestServer::attach(url, &idp.data_dir).unwrap(),
                &alice_token,
            )
        })
        .collect();
    let written = docs_on_each(&on_replicas, "before").await;
    assert_eq!(next_targets(&followed, 2), written);

    // PostgreSQL goes away under both replicas: each answers 503 with Retry-After.
    services.database_proxy.cut().await;
    for (i, api) in on_replicas.iter().enumerate() {
        let write = api
            .post("/docs", &json!({"title": "while down", "body": ""}))
            .await;
        assert_unavailable(&write, &format!("a write on replica {i}"));
        assert_unavailable(&api.get("/docs").await, &format!("a read on replica {i}"));
    }
    // It comes back: both replicas are ready again (round robin reaches each), and
    // the follower, whatever it went through, shows the next writes once each, in order.
    services.database_proxy.restore().await;
    lb.wait_ready().await;
    let after = docs_on_each(&on_replicas, "after").await;
    let closing = docs_on_each(&on_replicas[..1], "closing").await;
    let mut want = after.clone();
    want.extend(closing);
    assert_eq!(next_targets(&followed, 3), want);
    drop(follow);

    // A limit counted in Redis holds across both replicas: with round robin, either
    // replica alone saw only about half of bob's requests.
    let bob_token = token_for(&idp, "bob").await;
    let bob_before: Vec<u64> = {
        let mut v = Vec::new();
        for u in &direct {
            v.push(requests_counted(u, &["status=\"429\""]).await);
        }
        v
    };
    let (allowed, retry_after) = requests_until_limited(&lb.url, &bob_token).await;
    assert_eq!(allowed, API_LIMIT);
    assert!(retry_after.parse::<u64>().unwrap() > 0, "{retry_after}");
    // The next one, on the other replica, is refused too.
    let again = reqwest::Client::new()
        .get(format!("{}/api/v1/docs", lb.url))
        .bearer_auth(&bob_token)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 429);
    for (u, before) in direct.iter().zip(bob_before) {
        assert!(
            requests_counted(u, &["status=\"429\""]).await > before,
            "{u} never refused bob"
        );
    }

    // The upload: chunks alternate replicas; one replica dies a quarter in.
    let src = work.path().join("big.bin");
    write_big(&src, MIB);
    let want = file_sha(&src);
    let mut upload = sb.cmd(&[
        "drive",
        "upload",
        src.to_str().unwrap(),
        "--chunk-size",
        CHUNK,
        "-o",
        "json",
    ]);
    upload.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut upload = KillOnDrop(upload.spawn().unwrap());
    let counts = wait_for_chunks(&direct, MIB / 4).await;
    upload.signal("STOP");
    let victim = replicas.pop().unwrap();
    tokio::task::block_in_place(|| victim.kill());
    upload.signal("CONT");
    let run = tokio::task::block_in_place(|| upload.finish_within(600));
    assert_eq!(run.code(), 0, "ws drive upload: {}", run.stderr());
    let survivor_chunks = requests_counted(&direct[0], &CHUNK_PUT).await;
    assert!(
        survivor_chunks > counts[0],
        "the survivor took no chunk after the kill: {counts:?} then {survivor_chunks}"
    );

    let out = work.path().join("back.bin");
    tokio::task::block_in_place(|| {
        sb.run(&["drive", "download", "big.bin", out.to_str().unwrap()], "")
            .expect(0);
    });
    assert_eq!(file_sha(&out), want);
}
