//! Configuration layers (defaults < file < `WS_SERVER__*` env < flags) as the server
//! applies them.

use std::time::Duration;

use ws_server::{FlagOverrides, ServerConfig};
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
