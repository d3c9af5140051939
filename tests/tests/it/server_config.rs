//! Configuration layers (defaults < file < `WS_SERVER__*` env < flags) as the server
//! applies them.

use std::time::Duration;

use reqwest::Method;
use serde_json::json;
use ws_server::{FlagOverrides, ServerConfig};
use ws_tests::workspace::{WsApi, token_for};
use ws_tests::{TestOptions, TestServer};

fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn file_then_env_then_flags() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ws-server.toml");
    std::fs::write(
        &file,
        "[server]\nlisten = \"127.0.0.1:1111\"\nissuer = \"http://from-file.test\"\ndata_dir = \"/from/file\"\n\
         [identity]\naccess_token_ttl = \"1h\"\nsession_ttl = \"2h\"\ndevice_code_ttl = \"3m\"\n",
    )
    .unwrap();
    let vars = env(&[
        ("WS_SERVER__SERVER__ISSUER", "http://from-env.test"),
        ("WS_SERVER__IDENTITY__ACCESS_TOKEN_TTL", "15m"),
        ("WS_SERVER__IDENTITY__SESSION_TTL", "30m"),
    ]);
    let flags = FlagOverrides {
        issuer: Some("http://from-flag.test".parse().unwrap()),
        ..FlagOverrides::default()
    };
    let c = ServerConfig::load(Some(&file), vars, &flags).unwrap();
    assert_eq!(
        c.server.issuer.unwrap().as_str(),
        "http://from-flag.test/",
        "flag beats env"
    );
    assert_eq!(
        c.identity.access_token_ttl,
        Duration::from_secs(900),
        "env beats file"
    );
    assert_eq!(
        c.identity.device_code_ttl,
        Duration::from_secs(180),
        "file beats defaults"
    );
    assert_eq!(c.server.listen.port(), 1111, "file beats defaults");
    assert_eq!(
        c.identity.refresh_token_ttl,
        ServerConfig::default().identity.refresh_token_ttl
    );
    assert_eq!(c.server.data_dir.unwrap().to_str(), Some("/from/file"));
}

#[test]
fn a_bad_file_is_reported_with_key_and_line_before_anything_starts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(
        &file,
        "[server]\ndemo = false\nshutdown_grace = \"forever\"\n",
    )
    .unwrap();
    let err = ServerConfig::load(Some(&file), env(&[]), &FlagOverrides::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("bad.toml:3:"), "{err}");
    assert!(err.contains("server.shutdown_grace"), "{err}");

    let missing = dir.path().join("nope.toml");
    let err = ServerConfig::load(Some(&missing), env(&[]), &FlagOverrides::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("nope.toml"), "{err}");
}

#[test]
fn unknown_env_keys_are_refused() {
    let err = ServerConfig::load(
        None,
        env(&[("WS_SERVER__SERVER__LISTN", "x")]),
        &FlagOverrides::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("listn"), "{err}");
}

#[tokio::test]
async fn the_running_server_uses_the_configured_issuer() {
    let config = ServerConfig::load(
        None,
        env(&[("WS_SERVER__SERVER__ISSUER", "http://id.example.test:9443")]),
        &FlagOverrides::default(),
    )
    .unwrap();
    let server = TestServer::start_with(TestOptions {
        config,
        ..TestOptions::default()
    })
    .await;
    assert_eq!(server.bootstrap["issuer"], "http://id.example.test:9443");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_configured_drive_quota_refuses_uploads_beyond_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ws-server.toml");
    std::fs::write(&file, "[workspace]\ndrive_quota = \"1KiB\"\n").unwrap();
    let config = ServerConfig::load(Some(&file), env(&[]), &FlagOverrides::default()).unwrap();
    let server = TestServer::start_with(TestOptions {
        config,
        demo: true,
        ..TestOptions::default()
    })
    .await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let upload = |name: &str, len: usize| {
        let req = alice
            .request(Method::PUT, &format!("/drive/content?name={name}"))
            .body(vec![b'q'; len]);
        alice.send(req)
    };
    assert_eq!(upload("fits.bin", 1000).await.status, 201);
    let quota = alice.get("/drive/quota").await;
    assert_eq!(
        (quota.body["used"].clone(), quota.body["limit"].clone()),
        (json!(1000), json!(1024)),
        "{quota:?}"
    );
    // 1000 + 25 > 1024: both upload paths refuse before writing anything.
    let over = upload("over.bin", 25).await;
    assert_eq!((over.status, over.code()), (413, "too_large"), "{over:?}");
    assert!(
        over.body["message"].as_str().unwrap().contains("1024"),
        "{over:?}"
    );
    let session = alice
        .post("/drive/uploads", &json!({"name": "over2.bin", "size": 25}))
        .await;
    assert_eq!(
        (session.status, session.code()),
        (413, "too_large"),
        "{session:?}"
    );
    assert_eq!(alice.get("/drive/quota").await.body["used"], 1000);
    // Exactly filling it is fine.
    assert_eq!(upload("last.bin", 24).await.status, 201);
}
