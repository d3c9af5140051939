//! Every login flow of the real `ws` binary end to end against the real `ws-server`
//! (in-process, 127.0.0.1:0, temp SQLite) with the demo tenants, and a real headless
//! Chromium completing the login and device pages. Needs `chromium` and
//! `chromium-driver` (scripts/test.sh installs them); the browser tests skip with a
//! printed reason when chromedriver is missing.

use crate::util;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;
use util::{Sandbox, wait_bounded};
use ws_tests::browser::DeviceDecision;
use ws_tests::{TestOptions, TestServer};

/// A server with the demo tenants and a sandbox whose default profile points at it.
async fn setup(options: TestOptions) -> (TestServer, Sandbox) {
    let server = TestServer::start_with(TestOptions {
        demo: true,
        ..options
    })
    .await;
    let sb = Sandbox::new();
    let boot = server.data_dir.join("bootstrap.json");
    sb.run(
        &[
            "profile",
            "set",
            "local",
            "--bootstrap",
            boot.to_str().unwrap(),
            "--default",
            "token_store=file",
        ],
        "",
    )
    .expect(0);
    (server, sb)
}

fn demo_user(server: &TestServer, name: &str) -> (String, String) {
    let creds = server.demo_credentials.as_ref().expect("demo credentials");
    let u = creds["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == name)
        .unwrap();
    (
        u["login_name"].as_str().unwrap().to_owned(),
        u["password"].as_str().unwrap().to_owned(),
    )
}

/// `ws` running in the background; its stderr lines arrive on a channel.
struct Background {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Background {
    fn start(sb: &Sandbox, args: &[&str]) -> Self {
        let mut cmd = sb.cmd(args);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Self {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// The first stderr line containing `needle` (trimmed).
    fn line_with(&mut self, needle: &str) -> String {
        loop {
            match self.lines.recv_timeout(Duration::from_secs(60)) {
                Ok(l) => {
                    self.seen.push(l.clone());
                    if l.contains(needle) {
                        return l.trim().to_owned();
                    }
                }
                Err(_) => panic!(
                    "ws printed no line with {needle:?}; so far: {:#?}",
                    self.seen
                ),
            }
        }
    }

    /// Waits for exit; returns (code, rest of stderr).
    fn finish(mut self) -> (i32, String) {
        let stdout = self.child.stdout.take();
        let out = wait_bounded(self.child);
        drop(stdout);
        let rest: Vec<String> = self.lines.try_iter().collect();
        self.seen.extend(rest);
        (out.status.code().unwrap_or(-1), self.seen.join("\n"))
    }
}

pub(crate) async fn browser() -> Option<ws_tests::browser::Browser> {
    if !std::path::Path::new("/usr/bin/chromedriver").exists() {
        eprintln!(
            "SKIPPED: /usr/bin/chromedriver missing (apt-get install chromium chromium-driver)"
        );
        return None;
    }
    Some(
        ws_tests::browser::Browser::start()
            .await
            .expect("chromium starts"),
    )
}

/// The message of `ws doctor -o json`'s login check.
fn login_check(checks: &Value) -> String {
    let c = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "login")
        .expect("a login check");
    c["message"].as_str().unwrap().to_owned()
}

fn status_json(sb: &Sandbox) -> Value {
    let run = sb.run(&["auth", "status", "-o", "json"], "");
    run.expect(0);
    run.json()
}

#[tokio::test(flavor = "multi_thread")]
async fn pkce_login_in_chromium_then_refresh_and_logout() {
    let Some(browser) = browser().await else {
        return;
    };
    let (server, sb) = setup(TestOptions::default()).await;
    let (alice, password) = demo_user(&server, "alice");
    let mut ws = Background::start(&sb, &["login", "--web", "--no-browser"]);
    let url = ws.line_with("/oauth/v2/authorize?");
    assert!(
        url.contains("code_challenge_method=S256")
            && url.contains("nonce=")
            && url.contains("state="),
        "{url}"
    );
    assert!(
        url.contains("offline_access")
            && url.contains("urn%3Azitadel%3Aiam%3Aorg%3Aproject%3Aid%3Azitadel%3Aaud"),
        "{url}"
    );
    browser.sign_in_at(&url, &alice, &password).await.unwrap();
    // The loopback listener's page: the browser got back to ws.
    browser.wait_for_heading("Signed in").await.unwrap();
    let (code, stderr) = ws.finish();
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("Signed in to") && stderr.contains("browser login (PKCE)"),
        "{stderr}"
    );

    let st = status_json(&sb);
    assert_eq!(st["org_name"], "Acme Corp");
    assert_eq!(st["grant"], "browser login (PKCE)");
    assert_eq!(st["renewable"], true);
    assert!(
        st["roles"].as_array().unwrap().iter().any(|r| r == "admin"),
        "{st}"
    );
    assert!(st["store"].as_str().unwrap().starts_with("file "), "{st}");

    let before = sb.run(&["auth", "token"], "").stdout();
    sb.run(&["auth", "refresh"], "").expect(0);
    let after = sb.run(&["auth", "token"], "").stdout();
    assert_ne!(before, after, "refresh must yield a new access token");
    sb.run(&["whoami", "-o", "json"], "").expect(0);

    // The access token revoked behind ws's back: the next call gets a 401, renews once
    // with the refresh token and succeeds.
    let client_id = server.bootstrap["cli_client_id"].as_str().unwrap();
    let revoke = server.client().post(server.url("/oauth/v2/revoke"));
    let resp = revoke
        .form(&[("token", after.trim()), ("client_id", client_id)])
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success());
    let mut revoked_sb = Sandbox {
        dir: tempfile::tempdir().unwrap(),
        env: sb.env.clone(),
    };
    revoked_sb.set("WS_TOKEN", after.trim());
    revoked_sb.run(&["whoami"], "").expect(4);
    sb.run(&["whoami", "-o", "json"], "").expect(0);
    let renewed = sb.run(&["auth", "token"], "").stdout();
    assert_ne!(renewed, after, "the 401 must have renewed the token");

    let out = sb.run(&["logout"], "");
    out.expect(0);
    assert!(
        !out.stderr().contains("could not revoke"),
        "{}",
        out.stderr()
    );
    sb.run(&["auth", "status"], "").expect(4);
    // The token revoked by logout is rejected by the issuer too.
    let mut env_sb = sb;
    env_sb.set("WS_TOKEN", renewed.trim());
    env_sb.run(&["whoami"], "").expect(4);
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn device_login_approved_in_chromium() {
    let Some(browser) = browser().await else {
        return;
    };
    let mut config = ws_server::ServerConfig::default();
    config.identity.device_poll_interval = Duration::from_secs(1);
    // Shorter than ws's renewal margin: every use of the token renews it first.
    config.identity.access_token_ttl = Duration::from_secs(30);
    let (server, sb) = setup(TestOptions {
        config,
        ..TestOptions::default()
    })
    .await;
    let (bob, password) = demo_user(&server, "bob");
    let mut ws = Background::start(&sb, &["login", "--device"]);
    let url = ws.line_with("/device?user_code=");
    let code_line = ws.line_with("shows the code");
    assert!(code_line.contains('-'), "{code_line}");
    ws.line_with("expires in");
    browser
        .decide_device(&url, &bob, &password, DeviceDecision::Approve)
        .await
        .unwrap();
    let (code, stderr) = ws.finish();
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("(device code)"), "{stderr}");
    let who = sb.run(&["whoami", "-o", "json"], "");
    who.expect(0);
    assert_eq!(who.json()["roles"], serde_json::json!(["editor"]));
    let t1 = sb.run(&["auth", "token"], "").stdout();
    let t2 = sb.run(&["auth", "token"], "").stdout();
    assert_ne!(
        t1, t2,
        "a token within the renewal margin is renewed before use"
    );
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn device_login_denied_in_chromium() {
    let Some(browser) = browser().await else {
        return;
    };
    let mut config = ws_server::ServerConfig::default();
    config.identity.device_poll_interval = Duration::from_secs(1);
    let (server, sb) = setup(TestOptions {
        config,
        ..TestOptions::default()
    })
    .await;
    let (bob, password) = demo_user(&server, "bob");
    let mut ws = Background::start(&sb, &["login", "--device"]);
    let url = ws.line_with("/device?user_code=");
    browser
        .decide_device(&url, &bob, &password, DeviceDecision::Deny)
        .await
        .unwrap();
    let (code, stderr) = ws.finish();
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("the device authorization was denied"),
        "{stderr}"
    );
    sb.run(&["auth", "status"], "").expect(4);
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn expired_device_code() {
    let mut config = ws_server::ServerConfig::default();
    config.identity.device_poll_interval = Duration::from_secs(1);
    config.identity.device_code_ttl = Duration::from_secs(2);
    let (_server, sb) = setup(TestOptions {
        config,
        ..TestOptions::default()
    })
    .await;
    let run = tokio::task::spawn_blocking(move || (sb.run(&["login", "--device"], ""), sb))
        .await
        .unwrap();
    run.0.expect(1);
    assert!(
        run.0
            .stderr()
            .contains("the device code expired before it was approved"),
        "{}",
        run.0.stderr()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn listen_address_in_use() {
    let (_server, sb) = setup(TestOptions::default()).await;
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let run = tokio::task::spawn_blocking(move || {
        sb.run(
            &["login", "--web", "--no-browser", "--listen-address", &addr],
            "",
        )
    })
    .await
    .unwrap();
    run.expect(1);
    assert!(
        run.stderr().contains("address already in use")
            && run.stderr().contains("--listen-address"),
        "{}",
        run.stderr()
    );
    drop(taken);
}

#[tokio::test(flavor = "multi_thread")]
async fn with_token_pat_and_invalid_ws_token() {
    let (server, sb) = setup(TestOptions::default()).await;
    let pat = server.admin_pat.clone();
    let sb = tokio::task::spawn_blocking(move || {
        sb.run(&["login", "--with-token"], &pat).expect(0);
        let st = status_json(&sb);
        assert_eq!(st["grant"], "personal access token");
        let doctor = sb.run(&["doctor", "-o", "json"], "");
        doctor.expect(0);
        let checks = doctor.json();
        assert!(
            checks
                .as_array()
                .unwrap()
                .iter()
                .all(|c| c["status"] != "fail"),
            "{checks}"
        );
        assert!(
            login_check(&checks).starts_with("signed in as ws-admin"),
            "{checks}"
        );
        assert_eq!(st["user"], "ws-admin@default.localhost");
        let mut bad = Sandbox {
            dir: tempfile::tempdir().unwrap(),
            env: sb.env.clone(),
        };
        bad.set("WS_TOKEN", "not-a-valid-token");
        let run = bad.run(&["auth", "status"], "");
        run.expect(4);
        assert!(
            run.stderr().contains("the server rejected the token"),
            "{}",
            run.stderr()
        );
        assert!(!run.stderr().contains("not-a-valid-token"));
        let doctor = bad.run(&["doctor", "-o", "json"], "");
        doctor.expect(1);
        assert!(
            login_check(&doctor.json()).contains("rejects the stored token"),
            "{}",
            doctor.stdout()
        );
        sb
    })
    .await
    .unwrap();
    drop(sb);
}

#[tokio::test(flavor = "multi_thread")]
async fn ctrl_c_cancels_the_device_flow_cleanly() {
    let (_server, sb) = setup(TestOptions::default()).await;
    let mut ws = Background::start(&sb, &["login", "--device"]);
    ws.line_with("Waiting for approval");
    let pid = ws.child.id().to_string();
    let sent = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap();
    assert!(sent.success());
    let (code, stderr) = ws.finish();
    assert_eq!(code, 130, "{stderr}");
    assert!(stderr.contains("ws: error: cancelled"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    sb.run(&["auth", "status"], "").expect(4);
}
