//! `ws audit` and `ws share` of the real binary against the real server (demo data),
//! signed in with real `ws login`-style access tokens through `WS_TOKEN`.

use crate::util;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use util::restart::{Lines, server_on};
use util::{Sandbox, admin_sandbox};
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, org_id, token_for, user_id};

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
        let missing = sb.run(&["share", "ls", "doc:no-such-doc"], "");
        missing.expect(5);
        assert!(
            missing.stderr().contains("doc 'no-such-doc' not found"),
            "{}",
            missing.stderr()
        );
        let add = sb.run(
            &[
                "share",
                "add",
                "--doc",
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
        // clap refuses a share without exactly one grantee or resource.
        sb.run(&["share", "add", "doc:x", "--role", "viewer"], "")
            .expect(2);
        sb.run(
            &[
                "share", "add", "doc:x", "--link", "--org", "o", "--role", "viewer",
            ],
            "",
        )
        .expect(2);
        sb.run(
            &[
                "share", "add", "doc:x", "--doc", "y", "--link", "--role", "viewer",
            ],
            "",
        )
        .expect(2);
        // A bare id is not a resource: the error says which forms are.
        let bare = sb.run(&["share", "ls", "2839472398"], "");
        bare.expect(2);
        assert!(bare.stderr().contains("drive:"), "{}", bare.stderr());
    })
    .await
    .unwrap();
}

/// The demo email of user `name`.
fn email(server: &TestServer, name: &str) -> String {
    let users = server.demo_credentials.as_ref().unwrap()["users"]
        .as_array()
        .unwrap();
    let u = users.iter().find(|u| u["username"] == name).unwrap();
    u["email"].as_str().unwrap().to_owned()
}

/// Runs `ws` in `sb` and parses its JSON output, asserting exit 0.
fn json_of(sb: &Sandbox, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    let out = sb.run(&all, "");
    out.expect(0);
    out.json()
}

/// `ws share ls` of `resource` as (grantee type, grantee id) pairs.
fn grantees(sb: &Sandbox, resource: &str) -> Vec<(String, String)> {
    json_of(sb, &["share", "ls", resource])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let g = &s["grantee"];
            (
                g["type"].as_str().unwrap().to_owned(),
                g["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn share_names_resources_by_path_title_and_name_and_grantees_by_login() {
    let server = TestServer::start_demo().await;
    let sb = user_sandbox(&server, &token_for(&server, "alice").await);
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let (charlie_id, bob_id, dave_id) = (
        user_id(&server, "charlie"),
        user_id(&server, "bob"),
        user_id(&server, "dave"),
    );
    let globex = org_id(&server, "Globex Inc");
    let charlie_email = email(&server, "charlie");

    let file_id = tokio::task::spawn_blocking(move || {
        sb.run(&["drive", "mkdir", "Reports"], "").expect(0);
        sb.run(
            &["drive", "upload", "-", "Reports", "--name", "q3.pdf"],
            "q3 numbers",
        )
        .expect(0);

        // A drive path and an email: charlie (Globex) gets the file.
        let share = json_of(
            &sb,
            &[
                "share",
                "add",
                "drive:/Reports/q3.pdf",
                "--user",
                &charlie_email,
                "--role",
                "viewer",
            ],
        );
        assert_eq!(share["kind"], "file");
        assert_eq!(share["grantee"]["id"], charlie_id.as_str());
        let file_id = share["resource_id"].as_str().unwrap().to_owned();
        assert_eq!(
            grantees(&sb, "drive:/Reports/q3.pdf"),
            [("user".to_owned(), charlie_id.clone())]
        );
        assert_eq!(
            json_of(&sb, &["share", "ls", "--file", "/Reports/q3.pdf"]),
            json_of(&sb, &["share", "ls", &format!("drive:id:{file_id}")])
        );

        // A folder through --folder and an org by name.
        let share = json_of(
            &sb,
            &[
                "share",
                "add",
                "--folder",
                "/Reports",
                "--org",
                "Globex Inc",
                "--role",
                "viewer",
            ],
        );
        assert_eq!(share["kind"], "folder");
        assert_eq!(share["grantee"]["id"], globex.as_str());

        // Two docs titled alike: an error listing both ids, and nothing shared.
        let first = sb.run(&["docs", "create", "--title", "Q3 plan", "-o", "json"], "");
        first.expect(0);
        let second = sb.run(&["docs", "create", "--title", "Q3 plan", "-o", "json"], "");
        second.expect(0);
        let ids = [first.json()["id"].clone(), second.json()["id"].clone()];
        let ambiguous = sb.run(
            &[
                "share", "add", "--doc", "Q3 plan", "--user", "bob", "--role", "editor",
            ],
            "",
        );
        ambiguous.expect(1);
        let err = ambiguous.stderr();
        assert!(err.contains("ambiguous"), "{err}");
        for id in &ids {
            let id = id.as_str().unwrap();
            assert!(err.contains(id), "{err}");
            assert!(grantees(&sb, &format!("doc:{id}")).is_empty());
        }

        // A unique title and a username work; an unknown email is exit 5, nothing shared.
        sb.run(&["docs", "create", "--title", "Budget"], "")
            .expect(0);
        json_of(
            &sb,
            &[
                "share",
                "add",
                "doc:Budget",
                "--user",
                "bob",
                "--role",
                "editor",
            ],
        );
        let unknown = sb.run(
            &[
                "share",
                "add",
                "doc:Budget",
                "--user",
                "nobody@globex.example",
                "--role",
                "viewer",
            ],
            "",
        );
        unknown.expect(5);
        assert!(
            unknown
                .stderr()
                .contains("workspace user 'nobody@globex.example' not found"),
            "{}",
            unknown.stderr()
        );
        assert_eq!(
            grantees(&sb, "doc:Budget"),
            [("user".to_owned(), bob_id.clone())]
        );
        sb.run(&["share", "rm", "doc:Budget", "--user", "bob"], "")
            .expect(0);
        assert!(grantees(&sb, "doc:Budget").is_empty());
        sb.run(&["share", "rm", "doc:Budget", "--user", "bob"], "")
            .expect(5);

        // A calendar by name, ignoring case.
        sb.run(&["cal", "create", "Team"], "").expect(0);
        json_of(
            &sb,
            &[
                "share",
                "add",
                "--calendar",
                "team",
                "--user",
                "dave",
                "--role",
                "viewer",
            ],
        );
        assert_eq!(
            grantees(&sb, "calendar:Team"),
            [("user".to_owned(), dave_id.clone())]
        );
        file_id
    })
    .await
    .unwrap();
    // The share is real: charlie reads the file.
    assert_eq!(
        charlie.get(&format!("/drive/files/{file_id}")).await.status,
        200
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn directory_answers_exact_grantee_questions_only() {
    let server = TestServer::start_demo().await;
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let alice_email = email(&server, "alice");
    // Cross-org: a Globex user finds an Acme user by exact email or username.
    let found = charlie
        .get(&format!("/directory/users?login={alice_email}"))
        .await;
    assert_eq!(found.status, 200);
    assert_eq!(found.body["id"], user_id(&server, "alice").as_str());
    assert_eq!(found.body["org_id"], org_id(&server, "Acme Corp").as_str());
    assert_eq!(found.body.as_object().unwrap().len(), 2, "{}", found.body);
    // No prefixes, no users without the workspace (the bootstrap admin), no hint
    // which of those it was: the same 404 as for a name nobody has.
    let admin = server.bootstrap["admin_username"]
        .as_str()
        .unwrap_or("admin")
        .to_owned();
    let nobody = charlie.get("/directory/users?login=nobody").await;
    assert_eq!(nobody.status, 404);
    for probe in ["alic", "ali%25", admin.as_str()] {
        let r = charlie
            .get(&format!("/directory/users?login={probe}"))
            .await;
        assert_eq!(r.status, 404, "{probe}: {}", r.body);
        assert_eq!(r.body["message"], nobody.body["message"], "{probe}");
    }
    let empty = charlie.get("/directory/users?login=%20").await;
    assert_eq!(empty.status, 400);
    assert!(empty.body["message"].as_str().unwrap().contains("login"));
    // Orgs: exact names of orgs holding the workspace; others as unknown.
    let acme = charlie.get("/directory/orgs?name=acme%20corp").await;
    assert_eq!(acme.status, 200);
    assert_eq!(acme.body["id"], org_id(&server, "Acme Corp").as_str());
    let other = server.bootstrap["orgs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] != "Acme Corp" && o["name"] != "Globex Inc")
        .map(|o| o["name"].as_str().unwrap().to_owned());
    let missing = charlie.get("/directory/orgs?name=No%20Such%20Org").await;
    assert_eq!(missing.status, 404);
    for probe in other.iter().map(String::as_str).chain(["Acme"]) {
        let r = charlie.get(&format!("/directory/orgs?name={probe}")).await;
        assert_eq!(r.status, 404, "{probe}: {}", r.body);
        assert_eq!(r.body["message"], missing.body["message"]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn audit_follow_resumes_across_a_server_restart_without_gaps_or_repeats() {
    let port = util::free_port();
    let server = server_on(port, None).await;
    let token = token_for(&server, "alice").await;
    let sb = user_sandbox(&server, &token);
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

    let create = |api: WsApi, title: &'static str| async move {
        let r = api
            .post("/docs", &serde_json::json!({ "title": title, "body": "" }))
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        format!("doc:{}", r.body["id"].as_str().unwrap())
    };
    let mut expected = vec![
        create(WsApi::new(&server, &token), "before 1").await,
        create(WsApi::new(&server, &token), "before 2").await,
    ];
    let mut printed: Vec<String> = Vec::new();
    let mut target_of = |line: String| {
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        printed.push(v["target"].as_str().unwrap().to_owned());
    };
    for _ in 0..2 {
        target_of(tokio::task::block_in_place(|| out.next()));
    }

    // The stream drops with the server; the first write after the restart may land
    // before ws has reconnected (it is replayed) or after (it arrives live).
    let dir = server.stop().unwrap();
    let server = server_on(port, Some(dir)).await;
    expected.push(create(WsApi::new(&server, &token), "after 1").await);
    expected.push(create(WsApi::new(&server, &token), "after 2").await);
    // Read up to the last write: a repeat of anything would show up before it.
    for _ in 0..2 {
        target_of(tokio::task::block_in_place(|| out.next()));
    }
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(printed, expected);
    let stderr: Vec<String> = err.0.try_iter().collect();
    let stderr = stderr.join("\n");
    assert!(stderr.contains("lost the audit stream"), "{stderr}");
    assert!(stderr.contains("Reconnected to the audit log"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn audit_stream_replays_after_last_event_id_within_the_callers_scope() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let mut seqs = Vec::new();
    for (api, title) in [(&alice, "a1"), (&bob, "b1"), (&alice, "a2")] {
        let r = api
            .post("/docs", &serde_json::json!({ "title": title, "body": "" }))
            .await;
        assert_eq!(r.status, 201);
        let page = api.get("/audit?action=docs.create").await;
        seqs.push(page.body["items"].as_array().unwrap().last().unwrap()["seq"].clone());
    }
    // bob (no admin) resumes from before everything: his own entries only, then live.
    let resp = bob
        .request(reqwest::Method::GET, "/audit/stream?action=docs.")
        .header("last-event-id", "0")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let mut body = resp.bytes_stream();
    let mut text = String::new();
    use futures::StreamExt;
    while !text.contains("\n\n") {
        let chunk = body.next().await.unwrap().unwrap();
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    let r = bob
        .post("/docs", &serde_json::json!({ "title": "b2", "body": "" }))
        .await;
    assert_eq!(r.status, 201);
    while text.matches("event: audit").count() < 2 {
        let chunk = body.next().await.unwrap().unwrap();
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    let ids = |text: &str| -> Vec<i64> {
        text.lines()
            .filter_map(|l| l.strip_prefix("id:"))
            .map(|id| id.trim().parse().unwrap())
            .collect()
    };
    let got = ids(&text);
    assert_eq!(got[0], seqs[1].as_i64().unwrap(), "{text}");
    assert!(
        got[1] > seqs[2].as_i64().unwrap(),
        "alice's a2 leaked: {text}"
    );
    drop(body);
    // alice (Acme admin) resuming after a1 gets b1 then a2, with ids to resume from.
    let resp = alice
        .request(reqwest::Method::GET, "/audit/stream?action=docs.")
        .header("last-event-id", seqs[0].as_i64().unwrap().to_string())
        .send()
        .await
        .unwrap();
    let mut body = resp.bytes_stream();
    let mut text = String::new();
    while text.matches("event: audit").count() < 2 {
        let chunk = body.next().await.unwrap().unwrap();
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert_eq!(
        ids(&text)[..2],
        [seqs[1].as_i64().unwrap(), seqs[2].as_i64().unwrap()],
        "{text}"
    );
    let bad = alice
        .send(
            alice
                .request(reqwest::Method::GET, "/audit/stream")
                .header("last-event-id", "yesterday"),
        )
        .await;
    assert_eq!(bad.status, 400);
    assert!(
        bad.body["message"]
            .as_str()
            .unwrap()
            .contains("Last-Event-ID")
    );
}
