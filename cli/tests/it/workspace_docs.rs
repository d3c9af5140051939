//! `ws docs` of the real binary against the real server (demo data), signed in as
//! demo users through `WS_TOKEN`: the whole lifecycle, optimistic concurrency (exit
//! 6, nothing written; `edit` keeps the text it could not save), exports, comments
//! and tenant isolation.

use crate::util;

use serde_json::Value;
use util::{Sandbox, admin_sandbox};
use ws_tests::TestServer;
use ws_tests::workspace::token_for;

/// A sandbox with the server's profile, signed in as demo user `name`.
async fn user(server: &TestServer, name: &str) -> Sandbox {
    let mut sb = admin_sandbox(server);
    sb.set("WS_TOKEN", &token_for(server, name).await);
    sb
}

fn json_of(sb: &Sandbox, args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.extend(["-o", "json"]);
    let run = sb.run(&full, "");
    run.expect(0);
    run.json()
}

#[tokio::test]
async fn docs_lifecycle_with_versions_history_comments_and_exports() {
    let server = TestServer::start_demo().await;
    let alice = user(&server, "alice").await;

    let created = alice.run(
        &[
            "docs", "create", "--title", "Plan", "--file", "-", "-o", "json",
        ],
        "# Plan\n\nv1 text\n",
    );
    created.expect(0);
    let doc = created.json();
    let id = doc["id"].as_str().unwrap().to_owned();
    assert_eq!(doc["version"], 1);
    assert!(
        created.stderr().contains("Created doc"),
        "{}",
        created.stderr()
    );
    let body = alice.run(&["docs", "get", &id, "--body"], "");
    assert_eq!(body.expect(0).stdout(), "# Plan\n\nv1 text\n");

    // Conditional update from a file, then a stale one: exit 6, nothing written.
    let file = alice.dir.path().join("v2.md");
    std::fs::write(&file, "# Plan\n\nv2 text\n").unwrap();
    let v2 = json_of(
        &alice,
        &[
            "docs",
            "update",
            &id,
            "--file",
            file.to_str().unwrap(),
            "--if-version",
            "1",
        ],
    );
    assert_eq!(v2["version"], 2);
    let stale = alice.run(
        &[
            "docs",
            "update",
            &id,
            "--title",
            "Lost",
            "--if-version",
            "1",
        ],
        "",
    );
    stale.expect(6);
    assert!(
        stale.stderr().contains("changed on the server"),
        "{}",
        stale.stderr()
    );
    assert!(
        stale.stderr().contains("Nothing was written"),
        "{}",
        stale.stderr()
    );
    assert_eq!(json_of(&alice, &["docs", "get", &id])["title"], "Plan");
    alice.run(&["docs", "update", &id], "").expect(2);

    // Edit in $EDITOR: saved as a new version; no change saves nothing.
    let mut editing = alice;
    editing.set("EDITOR", "sed -i s/v2/v3-edited/");
    let edited = editing.run(&["docs", "edit", &id, "-o", "json"], "");
    edited.expect(0);
    assert_eq!(edited.json()["version"], 3);
    editing.set("EDITOR", "true");
    let unchanged = editing.run(&["docs", "edit", &id], "");
    assert!(
        unchanged.expect(0).stderr().contains("No changes"),
        "{}",
        unchanged.stderr()
    );
    let alice = editing;
    let at2 = alice.run(&["docs", "get", &id, "--at", "2", "--body"], "");
    assert_eq!(at2.expect(0).stdout(), "# Plan\n\nv2 text\n");

    // History and restore.
    let history = json_of(&alice, &["docs", "history", &id]);
    let versions: Vec<u64> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    assert_eq!(versions, [3, 2, 1]);
    let restored = json_of(&alice, &["docs", "restore", &id, "1"]);
    assert_eq!(restored["version"], 4);
    assert_eq!(restored["body"], "# Plan\n\nv1 text\n");
    alice
        .run(&["docs", "restore", &id, "2", "--if-version", "3"], "")
        .expect(6);

    // Lists, search, exports.
    let listed = json_of(&alice, &["docs", "ls"]);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == id.as_str())
    );
    let hits = json_of(&alice, &["docs", "search", "v1 text"]);
    assert_eq!(hits.as_array().unwrap().len(), 1, "{hits}");
    let html = alice.dir.path().join("plan.html");
    alice
        .run(
            &[
                "docs",
                "export",
                &id,
                "--format",
                "html",
                "--file",
                html.to_str().unwrap(),
            ],
            "",
        )
        .expect(0);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("<h1>Plan</h1>"),
        "{page}"
    );
    let txt = alice.run(&["docs", "export", &id, "--format", "txt"], "");
    assert_eq!(txt.expect(0).stdout(), "Plan\n====\n\nv1 text\n");

    // Comment threads.
    let thread = json_of(
        &alice,
        &["docs", "comment", &id, "Is v1 right?", "--quote", "v1 text"],
    );
    let tid = thread["id"].as_str().unwrap().to_owned();
    let reply = json_of(&alice, &["docs", "comment", &id, "Yes", "--reply-to", &tid]);
    assert_eq!(reply["parent_id"], tid.as_str());
    let threads = json_of(&alice, &["docs", "comments", &id]);
    assert_eq!(threads[0]["replies"][0]["body"], "Yes");
    let table = alice.run(&["docs", "comments", &id], "");
    let text = table.expect(0).stdout();
    assert!(text.contains("↳ Yes") && text.contains("open"), "{text}");
    alice.run(&["docs", "resolve", &id, &tid], "").expect(0);
    assert_eq!(
        json_of(&alice, &["docs", "comments", &id, "--open"]),
        Value::Array(vec![])
    );
    alice.run(&["docs", "resolve", &id, "nope"], "").expect(5);

    // Delete: conditional, then for good.
    alice
        .run(&["docs", "rm", &id, "--if-version", "1"], "")
        .expect(6);
    alice.run(&["docs", "rm", &id], "").expect(0);
    alice.run(&["docs", "get", &id], "").expect(5);
}

#[tokio::test]
async fn edit_refused_when_the_doc_changed_meanwhile_keeps_the_text() {
    let server = TestServer::start_demo().await;
    let mut alice = user(&server, "alice").await;
    let doc = json_of(&alice, &["docs", "create", "--title", "Draft"]);
    let id = doc["id"].as_str().unwrap().to_owned();
    // The "editor" first lets someone else save a new version, then edits the file.
    let ws = env!("CARGO_BIN_EXE_ws");
    alice.set(
        "EDITOR",
        &format!("'{ws}' docs update {id} --title Meanwhile >/dev/null 2>&1; echo 'my words' >>"),
    );
    let refused = alice.run(&["docs", "edit", &id], "");
    refused.expect(6);
    let err = refused.stderr();
    let kept = err
        .lines()
        .find_map(|l| l.strip_prefix("Your edited text is kept in "))
        .unwrap_or_else(|| panic!("{err}"));
    assert_eq!(std::fs::read_to_string(kept.trim()).unwrap(), "my words\n");
    let now = json_of(&alice, &["docs", "get", &id]);
    assert_eq!(
        (
            now["title"].as_str(),
            now["body"].as_str(),
            now["version"].as_u64()
        ),
        (Some("Meanwhile"), Some(""), Some(2))
    );
    let _ = std::fs::remove_file(kept.trim());
}

#[tokio::test]
async fn another_orgs_docs_are_not_found_and_viewers_cannot_create() {
    let server = TestServer::start_demo().await;
    let alice = user(&server, "alice").await;
    let charlie = user(&server, "charlie").await;
    let doc = json_of(&alice, &["docs", "create", "--title", "Acme secret"]);
    let id = doc["id"].as_str().unwrap();
    let hidden = charlie.run(&["docs", "get", id], "");
    hidden.expect(5);
    let listed = json_of(&charlie, &["docs", "ls"]);
    assert!(!listed.to_string().contains("Acme secret"), "{listed}");
    assert!(
        json_of(&charlie, &["docs", "search", "secret"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    let denied = charlie.run(&["docs", "create", "--title", "Mine"], "");
    assert_ne!(denied.code(), 0);
    assert!(denied.stderr().contains("viewer"), "{}", denied.stderr());
}

#[test]
fn docs_help_has_examples_and_flags_are_checked() {
    let sb = Sandbox::new();
    let help = sb.run(&["docs", "--help"], "");
    let text = help.expect(0).stdout();
    assert!(
        text.contains("Examples:") && text.contains("ws docs edit DOC"),
        "{text}"
    );
    sb.run(&["docs", "export", "x", "--format", "pdf"], "")
        .expect(2);
    sb.run(
        &[
            "docs",
            "comment",
            "x",
            "hi",
            "--quote",
            "q",
            "--reply-to",
            "c",
        ],
        "",
    )
    .expect(2);
}
