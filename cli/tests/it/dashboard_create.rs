//! `ws dashboard` creating a doc (Docs, `c`) and a folder (Drive, `c`) in a real
//! terminal against the real demo server, with the server's refusals (bad title 400,
//! taken name 409, bad name 400) shown and nothing made by them; what was made is
//! then checked on the server with `ws docs ls` and `ws drive ls`.

use crate::util;

use serde_json::Value;
use util::admin_sandbox;
use util::tmux::{Tmux, row_with};
use ws_tests::TestServer;

/// Submits the one-field create form with `text` and waits for `answer`.
fn create(t: &Tmux, form: &str, text: &str, answer: &str) -> String {
    t.keys(&["c"]);
    t.wait_for(form);
    t.text(text);
    t.keys(&["Enter"]);
    t.wait_for(answer)
}

/// Closes a form left open by an error, waiting until it is gone (the next key must
/// not reach the terminal together with the Escape).
fn close_form(t: &Tmux, form: &str) {
    t.keys(&["Escape"]);
    t.wait("the form closed", |s| !s.contains(form));
}

#[tokio::test(flavor = "multi_thread")]
async fn create_a_doc_and_a_folder_from_the_dashboard() {
    let server = TestServer::start_demo().await;
    // A demo user with a workspace role (the instance admin has none).
    let mut sb = admin_sandbox(&server);
    sb.set(
        "WS_TOKEN",
        &ws_tests::workspace::token_for(&server, "alice").await,
    );
    tokio::task::spawn_blocking(move || {
        let t = Tmux::start(&sb, "--refresh 2", (120, 30));
        t.wait_for("Signed in as");
        t.keys(&["7"]);
        t.wait("the docs list", |s| {
            s.contains("Docs (") && s.contains("Getting started")
        });
        // A doc: the status shows the equivalent command, the list selects it.
        let s = create(&t, "Create a doc", "Tmux plan", "Created doc 'Tmux plan'");
        assert!(
            s.contains("same as: ws docs create --title 'Tmux plan'"),
            "{s}"
        );
        t.wait("the new doc listed", |s| row_with(s, "Tmux plan").is_some());
        t.keys(&["Enter"]);
        t.wait_for("Tmux plan (esc: back)");
        close_form(&t, "(esc: back)");
        // A title over 200 characters: the server's 400, in the status line.
        let long = "x".repeat(201);
        let s = create(&t, "Create a doc", &long, "HTTP 400");
        assert!(s.contains("failed: title"), "{s}");
        close_form(&t, "Create a doc");

        // A folder in My Drive, then the same name again (409) and a bad name (400).
        t.keys(&["8"]);
        t.wait("My Drive", |s| {
            s.contains("Drive (") && s.contains("My Drive")
        });
        let form = "New folder in My Drive";
        let s = create(&t, form, "Tmux folder", "Created folder 'Tmux folder'");
        assert!(s.contains("same as: ws drive mkdir 'Tmux folder'"), "{s}");
        t.wait("the new folder listed", |s| {
            row_with(s, "Tmux folder").is_some_and(|r| r.contains("folder"))
        });
        let s = create(&t, form, "Tmux folder", "HTTP 409");
        assert!(s.contains("already exists"), "{s}");
        close_form(&t, form);
        let s = create(&t, form, "a/b", "HTTP 400");
        assert!(s.contains("must not contain '/'"), "{s}");
        close_form(&t, form);
        t.quit();

        // On the server: one new doc, one new folder, nothing from the refusals.
        let docs = sb.run(&["docs", "ls", "-o", "json"], "");
        docs.expect(0);
        let titles: Vec<String> = docs
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["title"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(
            titles.iter().filter(|t| *t == "Tmux plan").count(),
            1,
            "{titles:?}"
        );
        assert!(!titles.iter().any(|t| t.starts_with("xxx")), "{titles:?}");
        let ls = sb.run(&["drive", "ls", "-o", "json"], "");
        ls.expect(0);
        let items: Value = ls.json();
        let named: Vec<&Value> = items
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["name"] == "Tmux folder")
            .collect();
        assert_eq!(named.len(), 1, "{items}");
        assert_eq!(named[0]["kind"], "folder", "{items}");
        assert!(!items.to_string().contains("\"a/b\""), "{items}");
    })
    .await
    .unwrap();
}
