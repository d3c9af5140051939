//! `ws projects` and `ws roles` of the real binary against the real server with demo
//! data (Acme's `workspace` project, granted to Globex), as the bootstrap admin.

mod util;

use util::Sandbox;
use ws_tests::TestServer;

fn sandbox(server: &TestServer) -> Sandbox {
    let mut sb = Sandbox::new();
    let boot = server.data_dir.join("bootstrap.json");
    sb.run(
        &[
            "profile",
            "set",
            "local",
            "--bootstrap",
            boot.to_str().unwrap(),
            "--default",
            "token_store=file",
        ],
        "",
    )
    .expect(0);
    sb.set("WS_TOKEN", &server.admin_pat);
    sb
}

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
