//! `ws dashboard` end to end in a real terminal: tmux runs the real binary against the
//! real server with demo data; keys go in with `send-keys`, the screen comes back with
//! `capture-pane`, and every wait polls the screen with a bounded timeout.

use crate::util;

use util::tmux::{Tmux, row_with};
use util::{Sandbox, admin_sandbox};
use ws_tests::{TestOptions, TestServer};

fn port_of(server: &TestServer) -> u16 {
    server.base_url.rsplit(':').next().unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn navigate_filter_details_and_create_a_user() {
    let server = TestServer::start_demo().await;
    let sb = admin_sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let t = Tmux::start(&sb, "--refresh 2", (100, 30));
        t.wait_for("Signed in as");
        assert!(t.alternate(), "the dashboard draws on the alternate screen");
        t.wait_for("ok (live, ready)");
        // Users, then a filter, then the inverted filter.
        t.keys(&["2"]);
        t.wait(" users with alice and dave", |s| {
            s.contains("alice") && s.contains("dave")
        });
        t.keys(&["/"]);
        t.text("globex");
        t.keys(&["Enter"]);
        t.wait("the globex filter", |s| {
            s.contains("/globex ") && s.contains("charlie") && !s.contains("alice@")
        });
        t.keys(&["/"]);
        t.keys(&["BSpace"; 6]);
        t.text("!globex");
        t.keys(&["Enter"]);
        t.wait("the inverted filter", |s| {
            s.contains("/!globex ") && s.contains("alice") && !s.contains("charlie")
        });
        t.keys(&["Escape"]);
        t.wait("the filter cleared", |s| {
            s.contains("alice") && s.contains("charlie")
        });
        // Details of the second row.
        t.keys(&["j", "Enter"]);
        let s = t.wait_for("Details");
        assert!(
            s.contains("Login name") && s.contains("Organization"),
            "{s}"
        );
        t.keys(&["Escape"]);
        t.wait("details closed", |s| !s.contains("Details"));
        // Create a user through the form.
        t.keys(&["c"]);
        t.wait_for("Create user");
        t.keys(&["BSpace"; 40]);
        for v in ["Acme Corp", "erin", "erin@example.com", "Erin", "Ely"] {
            t.text(v);
            t.keys(&["Enter"]);
        }
        let s = t.wait_for("Same as: ws users create --org 'Acme Corp' --username erin");
        assert!(s.contains("Initial password"), "{s}");
        t.keys(&["Enter"]);
        t.wait_for("Created user erin");
        t.wait("erin in the list", |s| {
            row_with(s, "erin@example.com").is_some_and(|r| r.contains("active"))
        });
        // The palette reaches a view by a fuzzy name.
        t.keys(&[":"]);
        t.text("rgs");
        t.keys(&["Enter"]);
        t.wait("organizations", |s| {
            s.contains("Organizations (") && s.contains("Globex Inc")
        });
        t.quit();
        // The user exists on the server, in Acme Corp.
        let got = sb.run(&["users", "get", "erin", "-o", "json"], "");
        got.expect(0);
        let user = got.json();
        assert_eq!(user["human"]["email"]["email"], "erin@example.com");
        let acme = sb.run(&["orgs", "get", "acme corp", "-o", "json"], "");
        assert_eq!(user["details"]["resourceOwner"], acme.json()["id"]);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_server_going_away_and_coming_back() {
    let server = TestServer::start_demo().await;
    let sb = admin_sandbox(&server);
    let port = port_of(&server);
    let (sb, t) = tokio::task::spawn_blocking(move || {
        let t = Tmux::start(&sb, "--refresh 1", (120, 30));
        t.keys(&["2"]);
        t.wait_for("alice");
        (sb, t)
    })
    .await
    .unwrap();
    let dir = tokio::task::spawn_blocking(move || server.stop().unwrap())
        .await
        .unwrap();
    let t = tokio::task::spawn_blocking(move || {
        let s = t.wait_for("cannot load");
        assert!(
            s.contains("connection refused") || s.contains("unreachable"),
            "{s}"
        );
        assert!(s.contains("alice"), "stale rows stay on screen:\n{s}");
        // Still responsive while the server is down.
        t.keys(&["3"]);
        t.wait_for("Organizations");
        t.keys(&["2"]);
        t.wait("the users view", |s| {
            s.contains("Users (") && s.contains("alice")
        });
        t
    })
    .await
    .unwrap();
    let options = TestOptions {
        demo: true,
        data_dir: Some(dir),
        port: Some(port),
        ..TestOptions::default()
    };
    let _server = TestServer::start_with(options).await;
    tokio::task::spawn_blocking(move || {
        t.wait_for("Connected again");
        t.wait("no error left", |s| !s.contains("✗"));
        t.quit();
        drop(sb);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn tiny_terminal_then_resize_and_readonly() {
    let server = TestServer::start_demo().await;
    let sb = admin_sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let t = Tmux::start(&sb, "--readonly", (30, 8));
        let s = t.wait_for("Terminal too small");
        assert!(s.contains("30×8") && s.contains("press q"), "{s}");
        t.run(&["resize-window", "-t", "t", "-x", "90", "-y", "26"]);
        t.wait_for("Signed in as");
        t.keys(&["2"]);
        t.wait_for("alice");
        t.keys(&["c"]);
        let s = t.wait_for("--readonly");
        assert!(!s.contains("Create user"), "{s}");
        t.quit();
    })
    .await
    .unwrap();
}

#[test]
fn without_a_terminal_it_refuses_with_a_usage_error() {
    let sb = Sandbox::new();
    let run = sb.run(&["dashboard"], "");
    run.expect(2);
    assert!(
        run.stderr().contains("needs a terminal"),
        "{}",
        run.stderr()
    );
    util::assert_clean(&run.stderr());
    let alias = sb.run(&["tui", "--help"], "");
    alias.expect(0);
    assert!(alias.stdout().contains("--readonly") && alias.stdout().contains("--mouse"));
}

// docs/drive
#[tokio::test(flavor = "multi_thread")]
async fn drive_upload_download_and_docs() {
    let server = TestServer::start_demo().await;
    // A demo user with a workspace role (the instance admin has none).
    let mut sb = admin_sandbox(&server);
    sb.set(
        "WS_TOKEN",
        &ws_tests::workspace::token_for(&server, "alice").await,
    );
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("hello.txt");
    // Several read buffers' worth, with a pattern that catches reordered bytes.
    let bytes: Vec<u8> = (0..700_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&src, &bytes).unwrap();
    let out = dir.path().join("back.txt");
    let dest = out.clone();
    tokio::task::spawn_blocking(move || {
        let t = Tmux::start(&sb, "--refresh 2", (120, 30));
        t.wait_for("Signed in as");
        t.keys(&["8"]);
        t.wait("My Drive", |s| {
            s.contains("Drive (") && s.contains("My Drive")
        });
        // Upload into My Drive through the form; the transfers panel reports it.
        t.keys(&["u"]);
        t.wait_for("Upload into My Drive");
        t.text(&src.display().to_string());
        t.keys(&["Enter", "Enter"]);
        let s = t.wait_for("Uploaded hello.txt");
        assert!(s.contains("Transfers ("), "the panel opened:\n{s}");
        // The listing's row, not the transfers panel's line (which names the file too).
        t.wait("hello.txt listed", |s| {
            s.lines().any(|l| {
                l.contains("hello.txt") && l.contains("683.59 KiB") && l.contains("text/plain")
            })
        });
        // Download it back to a chosen path.
        t.keys(&["/"]);
        t.text("hello");
        t.keys(&["Enter"]);
        t.text("D");
        t.wait_for("Download hello.txt");
        t.keys(&["BSpace"]);
        t.text(&dest.display().to_string());
        t.keys(&["Enter"]);
        t.wait_for("Downloaded hello.txt");
        // Docs lists the demo user's first doc.
        t.keys(&["7"]);
        t.wait("the docs list", |s| {
            s.contains("Docs (") && s.contains("Getting started")
        });
        t.keys(&["Enter"]);
        t.wait("the doc's details", |s| {
            s.contains("History") && s.contains("Text")
        });
        t.keys(&["Escape"]);
        // Wait for the details to close before the next key: an Escape and a letter
        // read together are one Alt+letter to the terminal parser.
        t.wait("details closed", |s| !s.contains("History"));
        // Share it with bob through the form, which shows the equivalent command.
        t.keys(&["s"]);
        t.text("bob@acme-corp.localhost");
        t.keys(&["Enter"]);
        t.wait_for("ws share add doc:");
        t.keys(&["Enter"]);
        let s = t.wait_for("Shared Getting started with user");
        assert!(s.contains("as viewer"), "{s}");
        t.quit();
    })
    .await
    .unwrap();
    assert_eq!(
        std::fs::read(&out).unwrap(),
        bytes,
        "the same bytes came back"
    );
}

// calendar/audit
/// A sandbox signed in as demo user alice (the instance admin has no workspace
/// role), showing times in UTC.
async fn alice_sandbox(server: &TestServer) -> Sandbox {
    let mut sb = admin_sandbox(server);
    sb.set(
        "WS_TOKEN",
        &ws_tests::workspace::token_for(server, "alice").await,
    );
    sb.set("TZ", "UTC");
    sb
}

// calendar/audit
#[tokio::test(flavor = "multi_thread")]
async fn calendar_shows_an_event_and_audit_tails_live_writes() {
    let server = TestServer::start_demo().await;
    let sb = alice_sandbox(&server).await;
    tokio::task::spawn_blocking(move || {
        // An event today (so in the week the dashboard opens on), made through the API.
        let today = chrono::Utc::now().date_naive();
        let start = format!("{today} 10:00");
        let add = [
            "cal",
            "add",
            "Tmux review",
            "--start",
            &start,
            "--duration",
            "1h",
            "--location",
            "Room 7",
            "-o",
            "json",
        ];
        sb.run(&add, "").expect(0);
        let t = Tmux::start(&sb, "--refresh 2", (140, 35));
        t.wait_for("Signed in as");
        t.keys(&["9"]);
        t.wait("the week with the event", |s| {
            s.contains("Week · All calendars") && s.contains("Tmux review")
        });
        // The agenda lists it with its local time; Enter shows its details.
        t.keys(&["w"]);
        t.wait("the agenda row", |s| {
            row_with(s, "Tmux review")
                .is_some_and(|r| r.contains("10:00–11:00") && r.contains("Room 7"))
        });
        t.keys(&["/"]);
        t.text("tmux");
        t.keys(&["Enter", "Enter"]);
        let s = t.wait("the event details", |s| {
            s.contains("Event (esc: back)") && s.contains("none (single event)")
        });
        assert!(s.contains("Event zone") && s.contains("(UTC)"), "{s}");
        t.keys(&["Escape"]);
        // The next key only after the details closed (Escape + letter = Alt+letter).
        t.wait("event details closed", |s| !s.contains("Event (esc: back)"));

        // Audit: the creation is backfilled, a write made now shows up live.
        t.keys(&["0"]);
        t.wait("the live tail", |s| {
            s.contains("Audit · live") && s.contains("events.create")
        });
        let cal = sb.run(&["cal", "create", "Probe one", "-o", "json"], "");
        cal.expect(0);
        let first = format!("calendar:{}", cal.json()["id"].as_str().unwrap());
        t.wait("the new entry at the top", |s| {
            row_with(s, &first).is_some_and(|r| r.contains("calendars.create"))
        });
        // Paused: a new entry is counted, not shown, until resumed.
        t.keys(&["p"]);
        t.wait_for("Audit · paused · 0 new");
        let cal = sb.run(&["cal", "create", "Probe two", "-o", "json"], "");
        cal.expect(0);
        let second = format!("calendar:{}", cal.json()["id"].as_str().unwrap());
        let s = t.wait_for("Audit · paused · 1 new");
        assert!(!s.contains(&second), "{s}");
        t.keys(&["p"]);
        t.wait("the held entry after resuming", |s| {
            s.contains("Audit · live") && s.contains(&second)
        });
        // Enter shows an entry's request id and outcome.
        t.keys(&["Enter"]);
        let s = t.wait_for("Request id");
        assert!(s.contains("Outcome") && s.contains(&second), "{s}");
        t.keys(&["Escape"]);
        t.wait("entry details closed", |s| !s.contains("Request id"));
        t.quit();
    })
    .await
    .unwrap();
}

// calendar/audit
#[tokio::test(flavor = "multi_thread")]
async fn the_audit_tail_reconnects_after_a_server_restart() {
    let server = TestServer::start_demo().await;
    let sb = alice_sandbox(&server).await;
    let port = port_of(&server);
    let (sb, t) = tokio::task::spawn_blocking(move || {
        let t = Tmux::start(&sb, "--refresh 1", (120, 30));
        t.wait_for("Signed in as");
        t.keys(&["0"]);
        t.wait_for("Audit · live");
        (sb, t)
    })
    .await
    .unwrap();
    let dir = tokio::task::spawn_blocking(move || server.stop().unwrap())
        .await
        .unwrap();
    let t = tokio::task::spawn_blocking(move || {
        let s = t.wait_for("Audit · reconnecting");
        assert!(!s.contains("EXIT="), "still running:\n{s}");
        t
    })
    .await
    .unwrap();
    let options = TestOptions {
        demo: true,
        data_dir: Some(dir),
        port: Some(port),
        ..TestOptions::default()
    };
    let _server = TestServer::start_with(options).await;
    tokio::task::spawn_blocking(move || {
        t.wait_for("Audit · live");
        // Entries recorded after the restart arrive on the new stream.
        let cal = sb.run(&["cal", "create", "After restart", "-o", "json"], "");
        cal.expect(0);
        let target = format!("calendar:{}", cal.json()["id"].as_str().unwrap());
        t.wait_for(&target);
        t.quit();
    })
    .await
    .unwrap();
}
