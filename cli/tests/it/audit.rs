//! `ws audit` as people use it: `--limit N` is the newest N, `--actor` takes a login
//! name, and `--follow` started on a quiet log still misses nothing written while
//! the server was away.

use crate::util;

use std::process::Stdio;

use util::admin_sandbox;
use util::restart::{Lines, server_on};
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, token_for, user_id};

/// Creates a doc as `api`'s user; its audit target.
async fn create_doc(api: &WsApi, title: &str) -> String {
    let r = api
        .post("/docs", &serde_json::json!({ "title": title, "body": "" }))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    format!("doc:{}", r.body["id"].as_str().unwrap())
}

fn column(v: &serde_json::Value, key: &str) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e[key].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn limit_keeps_the_newest_and_actor_takes_a_login_name() {
    let server = TestServer::start_demo().await;
    let alice_token = token_for(&server, "alice").await;
    let alice = WsApi::new(&server, &alice_token);
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let mut created = Vec::new();
    for title in ["one", "two", "three", "four"] {
        created.push(create_doc(&alice, title).await);
    }
    let bob_doc = create_doc(&bob, "bob's").await;
    let bob_id = user_id(&server, "bob");
    let mut sb = admin_sandbox(&server);
    sb.set("WS_TOKEN", &alice_token);

    tokio::task::spawn_blocking(move || {
        let args = [
            "audit",
            "--action",
            "docs.create",
            "--limit",
            "2",
            "-o",
            "json",
        ];
        let newest = sb.run(&args, "");
        newest.expect(0);
        assert_eq!(
            column(&newest.json(), "target"),
            [created[3].clone(), bob_doc.clone()]
        );

        let by_name = sb.run(&["audit", "--actor", "bob", "-o", "json"], "");
        by_name.expect(0);
        let entries = by_name.json();
        let actors = column(&entries, "actor");
        assert!(!actors.is_empty(), "no entry of bob");
        assert!(actors.iter().all(|a| *a == bob_id), "{actors:?}");
        assert!(column(&entries, "target").contains(&bob_doc));
        let by_id = sb.run(&["audit", "--actor", &bob_id, "-o", "json"], "");
        assert_eq!(by_id.json(), entries);

        let nobody = sb.run(&["audit", "--actor", "nobody-here"], "");
        nobody.expect(5);
        assert!(
            nobody.stderr().contains("nobody-here"),
            "{}",
            nobody.stderr()
        );
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn follow_on_a_quiet_log_shows_what_was_written_while_it_was_away() {
    let port = util::free_port();
    let server = server_on(port, None).await;
    let token = token_for(&server, "alice").await;
    let mut sb = admin_sandbox(&server);
    sb.set("WS_TOKEN", &token);
    // Nothing matches yet, so ws has received no entry to resume after.
    let mut child = sb
        .cmd(&["audit", "--follow", "-o", "jsonl", "--action", "docs."])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = Lines::of(child.stdout.take().unwrap());
    let err = Lines::of(child.stderr.take().unwrap());
    let said = tokio::task::block_in_place(|| err.next());
    assert!(said.starts_with("Following the audit log"), "{said}");

    let dir = server.stop().unwrap();
    let said = tokio::task::block_in_place(|| err.next());
    assert!(said.contains("lost the audit stream"), "{said}");
    // The gap: an entry written while ws cannot reach the server (here by the same
    // server on another port, so ws surely has not reconnected yet).
    let elsewhere = server_on(util::free_port(), Some(dir)).await;
    let api = WsApi::new(&elsewhere, &token_for(&elsewhere, "alice").await);
    let in_gap = create_doc(&api, "in the gap").await;
    let dir = elsewhere.stop().unwrap();

    let server = server_on(port, Some(dir)).await;
    let after = create_doc(&WsApi::new(&server, &token), "after").await;
    let mut printed = Vec::new();
    for _ in 0..2 {
        let line =
            tokio::task::block_in_place(|| out.0.recv_timeout(std::time::Duration::from_secs(120)));
        let Ok(line) = line else {
            let _ = child.kill();
            let e: Vec<String> = err.0.try_iter().collect();
            panic!(
                "ws printed no further line; stderr: {e:?} printed {printed:?} gap {in_gap} after {after}"
            );
        };
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        printed.push(v["target"].as_str().unwrap().to_owned());
    }
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(printed, [in_gap, after]);
}
