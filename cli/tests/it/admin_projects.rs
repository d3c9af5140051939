//! `ws projects` and `ws roles` of the real binary against the real server with demo
//! data (Acme's `workspace` project, granted to Globex), as the bootstrap admin.

use crate::util;

use util::admin_sandbox as sandbox;
use ws_tests::TestServer;

#[tokio::test(flavor = "multi_thread")]
async fn projects_and_roles_lifecycle() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let list = sb.run(&["projects", "list", "-o", "json"], "");
        list.expect(0);
        let names: Vec<String> = list
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect();
        assert!(names.iter().any(|n| n == "workspace"), "{names:?}");
        let create = sb.run(
            &[
                "projects",
                "create",
                "Portal",
                "--org",
                "Acme Corp",
                "-o",
                "json",
            ],
            "",
        );
        create.expect(0);
        let id = create.json()["projectId"].as_str().unwrap().to_owned();
        let get = sb.run(
            &[
                "projects",
                "get",
                "portal",
                "--fields",
                "projectId",
                "-o",
                "csv",
            ],
            "",
        );
        get.expect(0);
        assert_eq!(get.stdout(), format!("projectId\n{id}\n"));
        sb.run(
            &[
                "roles",
                "add",
                "editor",
                "--project",
                "Portal",
                "--display-name",
                "Editor",
                "--group",
                "docs",
            ],
            "",
        )
        .expect(0);
        sb.run(&["roles", "add", "reader", "--project", &id], "")
            .expect(0);
        sb.run(&["roles", "add", "editor", "--project", "Portal"], "")
            .expect(6);
        let roles = sb.run(&["roles", "list", "--project", "Portal", "-o", "json"], "");
        roles.expect(0);
        let roles_json = roles.json();
        let keys: Vec<&str> = roles_json
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["key"].as_str().unwrap())
            .collect();
        assert_eq!(keys, ["editor", "reader"]);
        sb.run(&["roles", "remove", "editor", "--project", "Portal"], "")
            .expect(0);
        let after = sb.run(&["roles", "list", "--project", "Portal", "-o", "jsonl"], "");
        assert_eq!(after.stdout().lines().count(), 1, "{}", after.stdout());
        sb.run(&["roles", "list"], "").expect(2);
        sb.run(&["projects", "delete", "Portal"], "").expect(0);
        sb.run(&["projects", "get", "Portal"], "").expect(5);
        sb.run(&["roles", "list", "--project", "nope"], "")
            .expect(5);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn grants_and_authorizations() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        // The seed grants `workspace` to Globex with `viewer`.
        let list = sb.run(
            &["grants", "list", "--project", "workspace", "-o", "json"],
            "",
        );
        list.expect(0);
        let grants = list.json();
        assert_eq!(grants.as_array().unwrap().len(), 1, "{grants}");
        assert_eq!(grants[0]["grantedOrganizationName"], "Globex Inc");
        // A new project granted to Globex, then the grant removed.
        sb.run(&["projects", "create", "Wiki", "--org", "Acme Corp"], "")
            .expect(0);
        sb.run(&["roles", "add", "reader", "--project", "Wiki"], "")
            .expect(0);
        sb.run(
            &[
                "grants",
                "create",
                "--project",
                "Wiki",
                "--granted-org",
                "globex inc",
                "--role",
                "reader",
            ],
            "",
        )
        .expect(0);
        sb.run(
            &[
                "grants",
                "create",
                "--project",
                "Wiki",
                "--granted-org",
                "globex inc",
                "--role",
                "reader",
            ],
            "",
        )
        .expect(6);
        let csv = sb.run(
            &[
                "grants",
                "list",
                "--project",
                "Wiki",
                "-o",
                "csv",
                "--fields",
                "grantedOrganizationName,grantedRoleKeys",
            ],
            "",
        );
        assert_eq!(
            csv.stdout(),
            "grantedOrganizationName,grantedRoleKeys\nGlobex Inc,reader\n"
        );
        sb.run(&["roles", "add", "writer", "--project", "Wiki"], "")
            .expect(0);
        let upd = sb.run(
            &[
                "grants",
                "update",
                "--project",
                "Wiki",
                "--granted-org",
                "Globex Inc",
                "--role",
                "reader",
                "--role",
                "writer",
            ],
            "",
        );
        upd.expect(0);
        let keys = sb.run(&["grants", "list", "--project", "Wiki", "-o", "json"], "");
        assert_eq!(
            keys.json()[0]["grantedRoleKeys"],
            serde_json::json!(["reader", "writer"])
        );
        // Authorizations: alice gets reader on Wiki, listed by user and by project, then deleted.
        let created = sb.run(
            &[
                "authz",
                "create",
                "--user",
                "alice",
                "--project",
                "Wiki",
                "--role",
                "reader",
                "-o",
                "json",
            ],
            "",
        );
        created.expect(0);
        let id = created.json()["id"].as_str().unwrap().to_owned();
        let by_user = sb.run(
            &[
                "authz",
                "list",
                "--user",
                "alice",
                "--project",
                "Wiki",
                "-o",
                "json",
            ],
            "",
        );
        by_user.expect(0);
        let rows = by_user.json();
        assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
        assert_eq!(rows[0]["id"], id.as_str());
        assert_eq!(rows[0]["roles"][0]["key"], "reader");
        sb.run(&["authz", "delete", &id], "").expect(0);
        let after = sb.run(&["authz", "list", "--project", "Wiki", "-o", "jsonl"], "");
        assert_eq!(after.stdout(), "");
        sb.run(
            &[
                "grants",
                "delete",
                "--project",
                "Wiki",
                "--granted-org",
                "Globex Inc",
            ],
            "",
        )
        .expect(0);
        let none = sb.run(&["grants", "list", "--project", "Wiki", "-o", "json"], "");
        assert_eq!(none.json(), serde_json::json!([]));
        // These lists have no server-side search: the flag is refused, not ignored.
        for list in ["grants", "authz"] {
            let searched = sb.run(&[list, "list", "--search", "Globex"], "");
            searched.expect(2);
            assert!(
                searched.stderr().contains("--search"),
                "{}",
                searched.stderr()
            );
            assert!(searched.stdout().is_empty(), "{}", searched.stdout());
        }
    })
    .await
    .unwrap();
}
