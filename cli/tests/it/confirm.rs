//! Destructive commands confirm first: without a terminal and without `--yes` they
//! refuse with exit 2 and change nothing; on a real terminal (tmux) `users delete`
//! wants the username typed back and `drive rm --permanent` a y/N answer.

use crate::util;

use util::admin_sandbox;
use util::drive::signed_in;
use util::tmux::Tmux;
use ws_tests::TestServer;

#[tokio::test(flavor = "multi_thread")]
async fn without_a_terminal_destructive_commands_need_yes() {
    let server = TestServer::start_demo().await;
    let admin = admin_sandbox(&server);
    let (alice, _api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("keep.txt");
    std::fs::write(&file, "keep").unwrap();
    let file = file.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || {
        for args in [
            &["orgs", "delete", "Globex Inc"][..],
            &["users", "delete", "bob"][..],
        ] {
            let refused = admin.run(args, "");
            refused.expect(2);
            let err = refused.stderr();
            assert!(
                err.contains("no terminal to ask") && err.contains("--yes"),
                "{err}"
            );
        }
        admin.run(&["orgs", "get", "Globex Inc"], "").expect(0);
        admin.run(&["users", "get", "bob"], "").expect(0);

        alice.run(&["drive", "upload", &file], "").expect(0);
        let refused = alice.run(&["drive", "rm", "keep.txt", "--permanent"], "");
        refused.expect(2);
        assert!(
            refused.stderr().contains("delete keep.txt for good"),
            "{}",
            refused.stderr()
        );
        alice
            .run(&["drive", "download", "keep.txt", "-"], "")
            .expect(0);
        // Moving to the trash can be undone: it asks nothing.
        alice.run(&["drive", "rm", "keep.txt"], "").expect(0);

        admin.run(&["users", "delete", "bob", "-y"], "").expect(0);
        admin.run(&["users", "get", "bob"], "").expect(5);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_terminal_the_name_is_typed_back_or_y_answered() {
    let server = TestServer::start_demo().await;
    let admin = admin_sandbox(&server);
    let (alice, _api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("gone.txt");
    std::fs::write(&file, "bye").unwrap();
    let file = file.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || {
        // A wrong name is no; nothing is deleted.
        let t = Tmux::start_ws(&admin, "users delete bob", (100, 20));
        t.wait_for("Type bob to confirm:");
        t.text("bobby");
        t.keys(&["Enter"]);
        let s = t.wait_for("EXIT=");
        assert!(s.contains("not confirmed") && s.contains("EXIT=1"), "{s}");
        admin.run(&["users", "get", "bob"], "").expect(0);
        drop(t);

        let t = Tmux::start_ws(&admin, "users delete bob", (100, 20));
        t.wait_for("Type bob to confirm:");
        t.text("bob");
        t.keys(&["Enter"]);
        let s = t.wait_for("EXIT=");
        assert!(s.contains("EXIT=0"), "{s}");
        admin.run(&["users", "get", "bob"], "").expect(5);
        drop(t);

        alice.run(&["drive", "upload", &file], "").expect(0);
        let t = Tmux::start_ws(&alice, "drive rm gone.txt --permanent", (100, 20));
        t.wait_for("Continue? [y/N]");
        t.keys(&["Enter"]);
        let s = t.wait_for("EXIT=");
        assert!(s.contains("EXIT=1"), "{s}");
        alice
            .run(&["drive", "download", "gone.txt", "-"], "")
            .expect(0);
        drop(t);
        let t = Tmux::start_ws(&alice, "drive rm gone.txt --permanent", (100, 20));
        t.wait_for("Continue? [y/N]");
        t.text("y");
        t.keys(&["Enter"]);
        let s = t.wait_for("EXIT=");
        assert!(
            s.contains("deleted gone.txt") && s.contains("EXIT=0"),
            "{s}"
        );
        alice
            .run(&["drive", "download", "gone.txt", "-"], "")
            .expect(5);
    })
    .await
    .unwrap();
}
