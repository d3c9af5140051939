//! `ws admins` of the real binary against the real server with demo data.

use crate::util;

use util::{Sandbox, admin_sandbox as sandbox};
use ws_tests::TestServer;

fn admin_logins(sb: &Sandbox, args: &[&str]) -> Vec<String> {
    let run = sb.run(args, "");
    run.expect(0);
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            a["user"]["preferredLoginName"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn add_list_and_remove_org_and_project_admins() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let bob = sb.run(&["users", "get", "bob", "-o", "json"], "");
        bob.expect(0);
        let login = bob.json()["preferredLoginName"]
            .as_str()
            .unwrap()
            .to_owned();
        let org_list = ["admins", "list", "--org", "Acme Corp", "-o", "json"];
        assert!(!admin_logins(&sb, &org_list).contains(&login));
        sb.run(
            &[
                "admins",
                "add",
                "bob",
                "--org",
                "Acme Corp",
                "--role",
                "ORG_USER_MANAGER",
            ],
            "",
        )
        .expect(0);
        let run = sb.run(&org_list, "");
        let entry = run
            .json()
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["user"]["preferredLoginName"] == login.as_str())
            .cloned()
            .expect("bob listed");
        assert_eq!(entry["roles"], serde_json::json!(["ORG_USER_MANAGER"]));
        sb.run(
            &[
                "admins",
                "add",
                "bob",
                "--project",
                "workspace",
                "--role",
                "PROJECT_OWNER",
            ],
            "",
        )
        .expect(0);
        assert!(
            admin_logins(
                &sb,
                &["admins", "list", "--project", "workspace", "-o", "json"]
            )
            .contains(&login)
        );
        sb.run(&["admins", "remove", "bob", "--org", "Acme Corp"], "")
            .expect(0);
        assert!(!admin_logins(&sb, &org_list).contains(&login));
        // No resource for add: a usage error naming the flags.
        let bad = sb.run(&["admins", "add", "bob", "--role", "ORG_OWNER"], "");
        bad.expect(2);
        assert!(
            bad.stderr()
                .contains("--org ORG, --project PROJECT or --instance"),
            "{}",
            bad.stderr()
        );
    })
    .await
    .unwrap();
}
