//! `ws audit` and `ws share` of the real binary against the real server (demo data),
//! signed in with real `ws login`-style access tokens through `WS_TOKEN`.

mod util;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use util::{Sandbox, admin_sandbox};
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, token_for, user_id};

/// A sandbox with the server's profile, signed in as demo user `token`'s owner.
fn user_sandbox(server: &TestServer, token: &str) -> Sandbox {
    let mut sb = admin_sandbox(server);
    sb.set("WS_TOKEN", token);
    sb
}

#[tokio::test(flavor = "multi_thread")]
async fn audit_lists_and_follows_as_jsonl() {
    let server = TestServer::start_demo().await;
    let alice_token = token_for(&server, "alice").await;
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let (alice_id, bob_id) = (user_id(&server, "alice"), user_id(&server, "bob"));
    let sb = user_sandbox(&server, &alice_token);

    // Follow first (alice's own first use is recorded as the stream opens).
    let mut child = sb
        .cmd(&["audit", "--follow", "-o", "jsonl", "--action", "workspace."])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    // The stream is open once ws says so on stderr.
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut said = String::new();
    err.read_line(&mut said).unwrap();
    assert!(said.starts_with("Following the audit log"), "{said}");

    assert_eq!(bob.get("/me").await.status, 200);
    let line = tokio::task::spawn_blocking(move || lines.next().unwrap().unwrap())
        .await
        .unwrap();
    child.kill().unwrap();
    let _ = child.wait();
    let entry: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(entry["actor"], bob_id.as_str());
    assert_eq!(entry["action"], "workspace.provision");

    let bob_id2 = bob_id.clone();
    tokio::task::spawn_blocking(move || {
        let out = sb.run(&["audit", "-o", "jsonl"], "");
        out.expect(0);
        let actors: Vec<String> = out
            .stdout()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["actor"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(actors, [alice_id.clone(), bob_id2.clone()]);
        let table = sb.run(&["audit", "--actor", &bob_id2, "--since", "1h"], "");
        table.expect(0);
        let text = table.stdout();
        assert!(text.lines().next().unwrap().starts_with("TIME"), "{text}");
        assert_eq!(text.lines().count(), 2, "{text}");
        let bad = sb.run(&["audit", "--since", "last tuesday"], "");
        bad.expect(2);
        assert!(bad.stderr().contains("--since"), "{}", bad.stderr());
        let none = sb.run(&["audit", "--limit", "1", "-o", "json"], "");
        none.expect(0);
        assert_eq!(none.json().as_array().unwrap().len(), 1);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn share_commands_report_server_errors_with_exit_codes() {
    let server = TestServer::start_demo().await;
    let sb = user_sandbox(&server, &token_for(&server, "bob").await);
    let alice_id = user_id(&server, "alice");
    tokio::task::spawn_blocking(move || {
        let missing = sb.run(&["share", "ls", "doc", "no-such-doc"], "");
        missing.expect(5);
        assert!(
            missing.stderr().contains("doc not found"),
            "{}",
            missing.stderr()
        );
        let add = sb.run(
            &[
                "share",
                "add",
                "doc",
                "no-such-doc",
                "--user",
                &alice_id,
                "--role",
                "viewer",
            ],
            "",
        );
        add.expect(5);
        let rm = sb.run(&["share", "rm", "no-such-share"], "");
        rm.expect(5);
        assert!(rm.stderr().contains("share not found"), "{}", rm.stderr());
        // clap refuses a share without exactly one grantee.
        sb.run(&["share", "add", "doc", "x", "--role", "viewer"], "")
            .expect(2);
        sb.run(
            &[
                "share", "add", "doc", "x", "--link", "--org", "o", "--role", "viewer",
            ],
            "",
        )
        .expect(2);
    })
    .await
    .unwrap();
}
