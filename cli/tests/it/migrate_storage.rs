//! `ws-server migrate-storage` end to end, as a deployment moves: a SQLite + local-blob
//! server with users, a grant, doc versions, a file, audit events and a `ws` signed in
//! by the device flow (refresh token in a file token store) is stopped, migrated to a
//! fresh PostgreSQL database and a fresh S3 prefix, and started on them at the same
//! address; the same `ws`, renewing with the same refresh token, finds everything.
//! The copy is SIGKILLed midway first and finished with `--resume`, which verifies
//! row counts and every blob's sha256.

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use ws_server::migrate_storage::{MigrateStorageArgs, run};
use ws_tests::browser::{Browser, DeviceDecision};
use ws_tests::postgres::TestDatabase;
use ws_tests::workspace::WsApi;
use ws_tests::{TestOptions, TestServer};

use crate::util::Sandbox;
use crate::util::drive::file_sha;

/// What a client of the deployment sees; equal before and after the migration.
#[derive(Debug, PartialEq)]
struct Seen {
    users: Value,
    roles: Value,
    versions: Value,
    file_sha: String,
    events: Vec<Value>,
}

/// A configuration whose access tokens expire within `ws`'s renewal margin, so every
/// `ws` call renews with the refresh token first.
fn config() -> ws_server::ServerConfig {
    let mut config = ws_server::ServerConfig::default();
    config.identity.device_poll_interval = Duration::from_secs(1);
    config.identity.access_token_ttl = Duration::from_secs(30);
    config
}

/// `ws`, signed in as bob by the device flow approved in Chromium.
async fn device_login(server: &TestServer, browser: &Browser) -> Sandbox {
    let sb = Sandbox::new();
    let boot = server.data_dir.join("bootstrap.json");
    let boot = boot.to_str().unwrap();
    sb.run(
        &[
            "profile",
            "set",
            "local",
            "--bootstrap",
            boot,
            "--default",
            "token_store=file",
        ],
        "",
    )
    .expect(0);
    let creds = server.demo_credentials.as_ref().unwrap();
    let bob = creds["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "bob")
        .unwrap();
    let mut ws = sb.cmd(&["login", "--device"]);
    ws.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = ws.spawn().unwrap();
    let lines = crate::util::restart::Lines::of(child.stderr.take().unwrap());
    let url = loop {
        let line = lines.next();
        if let Some(at) = line.find("http")
            && line.contains("/device?user_code=")
        {
            break line[at..].split_whitespace().next().unwrap().to_owned();
        }
    };
    let (login, password) = (
        bob["login_name"].as_str().unwrap(),
        bob["password"].as_str().unwrap(),
    );
    browser
        .decide_device(&url, login, password, DeviceDecision::Approve)
        .await
        .unwrap();
    let status = tokio::task::block_in_place(|| child.wait()).unwrap();
    assert!(status.success(), "ws login --device failed");
    sb
}

/// Everything the checks compare, read as bob through `ws` (which renews its token
/// each time) and as the admin.
async fn seen(server: &TestServer, sb: &Sandbox, doc: &str, file: &str) -> Seen {
    let token = sb.run(&["auth", "token"], "");
    token.expect(0);
    let bob = WsApi::new(server, token.stdout().trim());
    let who = sb.run(&["whoami", "-o", "json"], "");
    who.expect(0);
    let mut admin = crate::util::admin_sandbox(server);
    admin.set("WS_TOKEN", &server.admin_pat);
    let users = admin.run(&["users", "list", "-o", "json"], "");
    users.expect(0);
    let out = tempfile::NamedTempFile::new().unwrap();
    let get = sb.run(
        &["drive", "download", file, out.path().to_str().unwrap()],
        "",
    );
    get.expect(0);
    let versions = bob.get(&format!("/docs/{doc}/versions")).await;
    assert_eq!(versions.status, 200, "{versions:?}");
    let audit = bob.get("/audit?page_size=100").await;
    assert_eq!(audit.status, 200, "{audit:?}");
    Seen {
        users: users.json(),
        roles: who.json()["roles"].clone(),
        versions: versions.body,
        file_sha: file_sha(out.path()),
        events: audit.body["items"].as_array().unwrap().clone(),
    }
}

/// A doc with two versions and a file, written as bob; returns (doc id, file name).
async fn write_state(server: &TestServer, sb: &Sandbox) -> (String, String) {
    let token = sb.run(&["auth", "token"], "").stdout();
    let bob = WsApi::new(server, token.trim());
    let doc = bob
        .post("/docs", &json!({"title": "Plan", "body": "v1"}))
        .await;
    assert_eq!(doc.status, 201, "{doc:?}");
    let id = doc.body["id"].as_str().unwrap().to_owned();
    let v2 = bob
        .send(
            bob.request(Method::PATCH, &format!("/docs/{id}"))
                .header("if-match", "\"v1\"")
                .json(&json!({"body": "v2"})),
        )
        .await;
    assert_eq!(v2.status, 200, "{v2:?}");
    let src = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(src.path(), b"the bytes that move to S3".repeat(1000)).unwrap();
    let up = sb.run(
        &[
            "drive",
            "upload",
            src.path().to_str().unwrap(),
            "--name",
            "moved.bin",
        ],
        "",
    );
    up.expect(0);
    (id, "moved.bin".to_owned())
}

/// The `[blobs]` part of a configuration file for the S3 target (endpoint and
/// credentials of the test server), for `migrate-storage --config`.
fn s3_config_file(dir: &std::path::Path, endpoint: &str) -> std::path::PathBuf {
    let file = dir.join("target.toml");
    let text = format!(
        "[blobs]\nendpoint = \"{endpoint}\"\nregion = \"us-east-1\"\n\
         access_key_id = \"{}\"\nsecret_access_key = \"{}\"\n",
        ws_tests::s3::ACCESS_KEY,
        ws_tests::s3::SECRET_KEY
    );
    std::fs::write(&file, text).unwrap();
    file
}

const ARGS_VAR: &str = "WS_TEST_MIGRATE_ARGS";

/// Runs `migrate-storage` with `args` in a child process (this test binary, running
/// only [`migrate_entry`]) and SIGKILLs it once it has copied some rows of a table
/// and before it is done, as a crash or an operator's kill -9 would.
fn kill_mid_copy(args: &MigrateStorageArgs) {
    let flags = json!([
        args.from,
        args.to,
        args.blobs_from,
        args.blobs_to,
        args.config
    ]);
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "migrate_storage::migrate_entry",
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .env(ARGS_VAR, flags.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let lines = crate::util::restart::Lines::of(child.stderr.take().unwrap());
    loop {
        let line = lines.next();
        assert!(
            !line.contains("row counts verified"),
            "finished before the kill: {line}"
        );
        // `table NAME: N/M rows` with 0 < N < M.
        let progress = line.strip_prefix("table ").and_then(|l| l.split_once(": "));
        let Some((_, counts)) = progress else {
            continue;
        };
        let (n, m) = counts.trim_end_matches(" rows").split_once('/').unwrap();
        let (n, m): (u64, u64) = (n.parse().unwrap(), m.parse().unwrap());
        if n > 0 && n < m {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

/// In the child: `migrate-storage` with the flags in its environment. Elsewhere: nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "the migrate-storage of kill_mid_copy, run in a child process"]
async fn migrate_entry() {
    let Ok(flags) = std::env::var(ARGS_VAR) else {
        return;
    };
    let flags: Value = serde_json::from_str(&flags).unwrap();
    let text = |i: usize| flags[i].as_str().map(str::to_owned);
    run(MigrateStorageArgs {
        from: text(0).unwrap(),
        to: text(1).unwrap(),
        blobs_from: text(2),
        blobs_to: text(3),
        config: text(4).map(Into::into),
        resume: false,
        batch_rows: 1,
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_migrated_deployment_keeps_every_record_blob_and_the_same_refresh_token() {
    let (Some(pg), Some((endpoint, bucket))) =
        (ws_tests::postgres::server_url(), ws_tests::s3::server())
    else {
        eprintln!("skipped: needs WS_TEST_DATABASE_URL and WS_TEST_S3_ENDPOINT");
        return;
    };
    let Some(browser) = crate::e2e::browser().await else {
        return;
    };
    // 1. A SQLite + local-blob deployment with a `ws` signed in and some history.
    // SQLite and local files whatever the harness is asked for (WS_TEST_STORAGE, _BLOBS).
    let dir = tempfile::TempDir::with_prefix("ws-test-").unwrap();
    let data = dir.path().join("data");
    let mut source = config();
    let sqlite_url = format!("sqlite://{}", data.join("ws.db").display());
    source.storage.database_url = Some(sqlite_url.clone().try_into().unwrap());
    source.blobs.url = Some(format!("file://{}", data.display()));
    let server = TestServer::start_with(TestOptions {
        demo: true,
        config: source,
        data_dir: Some(dir),
        ..TestOptions::default()
    })
    .await;
    let port: u16 = server.base_url.rsplit(':').next().unwrap().parse().unwrap();
    let sb = device_login(&server, &browser).await;
    let (doc, file) = write_state(&server, &sb).await;
    let before = seen(&server, &sb, &doc, &file).await;
    assert_eq!(
        before.versions["items"].as_array().unwrap().len(),
        2,
        "{before:?}"
    );
    assert!(before.events.len() >= 3, "{before:?}");
    let dir = server.stop().unwrap();

    // 2. Stopped, it moves to PostgreSQL and S3 (a fresh database and prefix).
    let target = TestDatabase::create(&pg).await.unwrap();
    let prefix = ws_tests::s3::fresh_prefix("migrate");
    let args = MigrateStorageArgs {
        from: sqlite_url,
        to: target.url.clone(),
        blobs_from: Some(format!("file://{}", data.display())),
        blobs_to: Some(format!("s3://{bucket}/{prefix}")),
        config: Some(s3_config_file(dir.path(), &endpoint)),
        resume: false,
        // One row per transaction: a kill lands mid-copy.
        batch_rows: 1,
    };
    // Killed (SIGKILL) mid-copy, then finished with --resume, which verifies.
    tokio::task::block_in_place(|| kill_mid_copy(&args));
    run(MigrateStorageArgs {
        resume: true,
        ..args
    })
    .await
    .unwrap();
    let sqlite = std::fs::metadata(data.join("ws.db")).unwrap().len();

    // 3. The server starts on them at the same address; the same `ws` finds it all.
    let mut config = config();
    config.storage = target.section();
    config.blobs = ws_tests::s3::section(&endpoint, &bucket, &prefix);
    let server = TestServer::start_with(TestOptions {
        demo: true,
        config,
        data_dir: Some(dir),
        port: Some(port),
    })
    .await;
    let after = seen(&server, &sb, &doc, &file).await;
    assert_eq!(after.users, before.users);
    assert_eq!(after.roles, before.roles);
    assert_eq!(after.versions, before.versions);
    assert_eq!(after.file_sha, before.file_sha);
    // The reads of `seen` add audit events of their own: every earlier one is kept.
    for event in &before.events {
        assert!(after.events.contains(event), "lost event {event}");
    }
    // The source was never written: its size is what the copy read.
    assert_eq!(
        std::fs::metadata(server.data_dir.join("ws.db"))
            .unwrap()
            .len(),
        sqlite
    );
    browser.quit().await;
}
