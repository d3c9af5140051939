//! Cross-organization authorizations through the real binary against the demo server
//! (Acme's `workspace` project, granted to Globex with `viewer`): `ws authz create`
//! and `update` place them in the user's organization through the grant and refuse a
//! role the grant lacks; `ws users import` checks the same in `--dry-run` and
//! completes a row whose user exists without its authorization.

use crate::util;

use serde_json::Value;
use util::admin_sandbox as sandbox;
use ws_tests::TestServer;
use ws_tests::workspace::{org_id, token_for};

fn authz_of(sb: &util::Sandbox, user: &str) -> Vec<Value> {
    let list = sb.run(
        &[
            "authz",
            "list",
            "--user",
            user,
            "--project",
            "workspace",
            "-o",
            "json",
        ],
        "",
    );
    list.expect(0);
    list.json().as_array().unwrap().clone()
}

fn keys(a: &Value) -> Vec<&str> {
    a["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn authorizations_of_a_granted_orgs_user_go_through_the_grant() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    let globex = org_id(&server, "Globex Inc");
    let sb = tokio::task::spawn_blocking(move || {
        // editor is not in Globex's grant: refused before any write, nothing changes.
        let refused = sb.run(
            &[
                "authz",
                "create",
                "--user",
                "charlie",
                "--project",
                "workspace",
                "--role",
                "editor",
            ],
            "",
        );
        refused.expect(2);
        assert!(
            refused
                .stderr()
                .contains("role 'editor' is not granted to Globex Inc")
                && refused.stderr().contains("granted: viewer"),
            "{}",
            refused.stderr()
        );
        let held = authz_of(&sb, "charlie");
        assert_eq!(held.len(), 1, "{held:?}");
        assert_eq!(keys(&held[0]), ["viewer"]);
        // The one charlie holds is named, with the command that changes it.
        let twice = sb.run(
            &[
                "authz",
                "create",
                "--user",
                "charlie",
                "--project",
                "workspace",
                "--role",
                "viewer",
            ],
            "",
        );
        twice.expect(6);
        let id = held[0]["id"].as_str().unwrap();
        assert!(
            twice.stderr().contains(&format!("ws authz update {id}")),
            "{}",
            twice.stderr()
        );
        // Acme grants editor; the update goes to the authorization in Globex.
        sb.run(
            &[
                "grants",
                "update",
                "--project",
                "workspace",
                "--granted-org",
                "Globex Inc",
                "--role",
                "viewer",
                "--role",
                "editor",
            ],
            "",
        )
        .expect(0);
        sb.run(
            &[
                "authz",
                "update",
                "--user",
                "charlie",
                "--project",
                "workspace",
                "--role",
                "viewer",
                "--role",
                "editor",
            ],
            "",
        )
        .expect(0);
        let held = authz_of(&sb, "charlie");
        assert_eq!(held.len(), 1, "{held:?}");
        assert_eq!(held[0]["organization"]["name"], "Globex Inc");
        assert_eq!(keys(&held[0]), ["viewer", "editor"]);
        // admin is still not granted: update by id is refused the same way.
        let admin = sb.run(&["authz", "update", id, "--role", "admin"], "");
        admin.expect(2);
        assert!(
            admin.stderr().contains("'admin' is not granted"),
            "{}",
            admin.stderr()
        );
        // A new Globex user's authorization is created in Globex.
        sb.run(
            &[
                "users",
                "create",
                "--org",
                "Globex Inc",
                "--username",
                "erin",
                "--email",
                "erin@example.com",
                "--given-name",
                "Erin",
                "--family-name",
                "Ek",
            ],
            "",
        )
        .expect(0);
        let made = sb.run(
            &[
                "authz",
                "create",
                "--user",
                "erin",
                "--project",
                "workspace",
                "--role",
                "viewer",
                "-o",
                "json",
            ],
            "",
        );
        made.expect(0);
        assert_eq!(made.json()["organizationId"], globex.as_str());
        sb
    })
    .await
    .unwrap();
    // charlie's next token carries editor, from Globex.
    let token = token_for(&server, "charlie").await;
    let mut me = util::Sandbox::new();
    me.set("WS_TOKEN", &token);
    let boot = server.data_dir.join("bootstrap.json");
    let boot = boot.to_str().unwrap().to_owned();
    drop(sb);
    tokio::task::spawn_blocking(move || {
        me.run(
            &["profile", "set", "local", "--bootstrap", &boot, "--default"],
            "",
        )
        .expect(0);
        let who = me.run(&["whoami", "-o", "json"], "");
        who.expect(0);
        let roles = who.json()["roles"].to_string();
        assert!(
            roles.contains("editor") && roles.contains("viewer"),
            "{roles}"
        );
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn import_checks_grant_roles_in_the_dry_run_and_completes_existing_users() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let csv = "username,email,given_name,family_name,org,roles
gail,gail@example.com,Gail,Gray,Globex Inc,workspace:editor
hank,hank@example.com,Hank,Hill,Globex Inc,workspace:viewer
";
        // The dry run refuses gail's row as the real run would.
        let dry = sb.run(&["users", "import", "-", "--dry-run", "-o", "json"], csv);
        dry.expect(3);
        let report = dry.json();
        assert_eq!(report[0]["action"], "failed");
        assert!(
            report[0]["error"]
                .as_str()
                .unwrap()
                .contains("'editor' is not granted to Globex Inc"),
            "{report}"
        );
        assert_eq!(report[1]["action"], "create");
        // The real run creates hank (in Globex, through the grant) and not gail.
        let real = sb.run(&["users", "import", "-", "-o", "json"], csv);
        real.expect(3);
        assert_eq!(real.json()[0]["action"], "failed");
        sb.run(&["users", "get", "gail"], "").expect(5);
        let hank = authz_of(&sb, "hank");
        assert_eq!(hank.len(), 1, "{hank:?}");
        assert_eq!(hank[0]["organization"]["name"], "Globex Inc");
        // A user that exists without its authorization (as after a failed run):
        // the dry run plans an update and the run adds the authorization.
        sb.run(
            &[
                "users",
                "create",
                "--org",
                "Globex Inc",
                "--username",
                "gail",
                "--email",
                "gail@example.com",
                "--given-name",
                "Gail",
                "--family-name",
                "Gray",
            ],
            "",
        )
        .expect(0);
        let fixed = csv.replace("workspace:editor", "workspace:viewer");
        let plan = sb.run(&["users", "import", "-", "--dry-run", "-o", "json"], &fixed);
        plan.expect(0);
        assert_eq!(plan.json()[0]["action"], "update");
        assert_eq!(plan.json()[1]["action"], "unchanged");
        sb.run(&["users", "import", "-", "-o", "json"], &fixed)
            .expect(0);
        let gail = authz_of(&sb, "gail");
        assert_eq!(gail.len(), 1, "{gail:?}");
        assert_eq!(keys(&gail[0]), ["viewer"]);
        assert_eq!(gail[0]["organization"]["name"], "Globex Inc");
        let again = sb.run(&["users", "import", "-", "-o", "json"], &fixed);
        again.expect(0);
        assert_eq!(again.json()[0]["action"], "unchanged");
    })
    .await
    .unwrap();
}
