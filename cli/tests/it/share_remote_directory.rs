//! `ws share add --user <email>` / `--org <name>` with a workspace server in front
//! of a remote identity provider: the real `ws` binary signs in at one `ws-server`
//! (the "remote ZITADEL") and talks to another one's workspace API, which finds
//! people through the provider's user API (`[workspace] directory_pat_file`).

use crate::util;

use util::{Sandbox, admin_sandbox};
use ws_tests::TestServer;
use ws_tests::idp::{human, workspace_trusting};
use ws_tests::workspace::{org_id, token_for};

/// A sandbox whose profile signs in at `idp` and calls `ws`'s API with `token`.
fn sandbox(idp: &TestServer, ws: &TestServer, token: &str) -> Sandbox {
    let mut sb = admin_sandbox(idp);
    sb.set("WS_API_URL", &ws.base_url).set("WS_TOKEN", token);
    sb
}

fn json_of(sb: &Sandbox, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    let out = sb.run(&all, "");
    out.expect(0);
    out.json()
}

#[tokio::test(flavor = "multi_thread")]
async fn share_add_finds_people_and_orgs_at_the_remote_provider() {
    let idp = TestServer::start_demo().await;
    let acme = org_id(&idp, "Acme Corp");
    let globex = org_id(&idp, "Globex Inc");
    let erin = human(
        &idp,
        &acme,
        "erin",
        "Erin.Smith@example.com",
        Some("editor"),
    )
    .await;
    let ws = workspace_trusting(&idp, Some(&idp.data_dir.join("admin.pat"))).await;
    let dir = tempfile::tempdir().unwrap();
    let bad_pat = dir.path().join("directory.pat");
    std::fs::write(&bad_pat, "revoked-token-0815").unwrap();
    let misconfigured = workspace_trusting(&idp, Some(&bad_pat)).await;
    let token = token_for(&idp, "alice").await;
    let sb = sandbox(&idp, &ws, &token);
    let bad = sandbox(&idp, &misconfigured, &token);

    tokio::task::spawn_blocking(move || {
        sb.run(&["docs", "create", "--title", "Plan"], "").expect(0);
        // erin never used this workspace; her email is enough.
        let share = json_of(
            &sb,
            &[
                "share",
                "add",
                "doc:Plan",
                "--user",
                "erin.smith@example.com",
                "--role",
                "editor",
            ],
        );
        assert_eq!(share["grantee"]["id"], erin.as_str());
        let share = json_of(
            &sb,
            &[
                "share",
                "add",
                "doc:Plan",
                "--org",
                "Globex Inc",
                "--role",
                "viewer",
            ],
        );
        assert_eq!(share["grantee"]["id"], globex.as_str());
        let unknown = sb.run(
            &[
                "share",
                "add",
                "doc:Plan",
                "--user",
                "nobody@example.com",
                "--role",
                "viewer",
            ],
            "",
        );
        unknown.expect(5);
        assert!(
            unknown
                .stderr()
                .contains("workspace user 'nobody@example.com' not found"),
            "{}",
            unknown.stderr()
        );

        // A refused directory credential is the operator's to fix, and says so:
        // not "not found", and never the token.
        bad.run(&["docs", "create", "--title", "Plan"], "")
            .expect(0);
        let refused = bad.run(
            &[
                "share", "add", "doc:Plan", "--user", "bob", "--role", "viewer",
            ],
            "",
        );
        assert_ne!(refused.code(), 0);
        assert_ne!(refused.code(), 5);
        let err = refused.stderr();
        assert!(err.contains("workspace.directory_pat_file"), "{err}");
        assert!(!err.contains("0815"), "{err}");
    })
    .await
    .unwrap();
}
