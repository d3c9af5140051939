//! `ws plan` / `ws apply` of `config/tenant.example.yaml` with the real binary against
//! the real server: the plan writes nothing, the apply creates everything, the second
//! apply changes nothing; then a changed file with `--prune` is planned (nothing
//! written) and applied (updates and removals land), and is idempotent too.

use crate::util;

use serde_json::Value;
use util::admin_sandbox as sandbox;
use ws_tests::TestServer;

fn actions(run: &util::Run) -> Vec<(String, String)> {
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["key"].as_str().unwrap().to_owned(),
                r["action"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn action_of(list: &[(String, String)], key: &str) -> String {
    list.iter()
        .find(|(k, _)| k == key)
        .unwrap_or_else(|| panic!("no {key} in {list:?}"))
        .1
        .clone()
}

fn roles_of(authz: &Value, login_prefix: &str) -> Vec<String> {
    let a = authz.as_array().unwrap().iter().find(|a| {
        a["user"]["preferredLoginName"]
            .as_str()
            .unwrap_or("")
            .starts_with(login_prefix)
    });
    let mut keys: Vec<String> = a.map_or(vec![], |a| {
        a["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["key"].as_str().unwrap().to_owned())
            .collect()
    });
    keys.sort();
    keys
}

const CHANGED: &str = "
orgs:
  - name: Initech
    projects:
      - name: payroll
        roles: [clerk, {key: auditor, display_name: External auditor, group: external}]
        grants:
          - org: Acme Corp
            roles: [auditor, clerk]
    users:
      - username: peter
        email: peter@initech.example
        given_name: Peter
        family_name: Gibbons-Smith
        metadata: {team: tps, floor: \"4\"}
        roles: [\"payroll:clerk\"]
";

#[tokio::test(flavor = "multi_thread")]
async fn plan_apply_reapply_then_prune_a_changed_tenant() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let example = util::repo_root().join("config/tenant.example.yaml");
        let example = example.to_str().unwrap();
        let plan = sb.run(&["plan", "-f", example, "-o", "json"], "");
        plan.expect(0);
        let planned = actions(&plan);
        assert_eq!(action_of(&planned, "org:Initech"), "create");
        assert_eq!(action_of(&planned, "org:Acme Corp"), "unchanged");
        assert_eq!(action_of(&planned, "grant:payroll→Acme Corp"), "create");
        assert_eq!(action_of(&planned, "user:Acme Corp/bob.auditor"), "create");
        assert!(plan.stderr().contains("(dry run: nothing was written)"));
        sb.run(&["orgs", "get", "Initech"], "").expect(5);
        sb.run(&["users", "get", "bob.auditor"], "").expect(5);

        let apply = sb.run(&["apply", "-f", example, "-o", "json"], "");
        apply.expect(0);
        assert!(
            apply.stderr().contains("10 items: 9 created, 1 unchanged"),
            "{}",
            apply.stderr()
        );
        let authz = sb
            .run(&["authz", "list", "--project", "payroll", "-o", "json"], "")
            .json();
        assert_eq!(roles_of(&authz, "peter@"), ["clerk"]);
        assert_eq!(roles_of(&authz, "joanna@"), ["admin", "clerk"]);
        assert_eq!(roles_of(&authz, "bob.auditor@"), ["auditor"]);
        let again = sb.run(&["apply", "-f", example], "");
        again.expect(0);
        assert!(
            again
                .stderr()
                .contains("10 items: 10 unchanged — nothing to change"),
            "{}",
            again.stderr()
        );

        let changed = sb.dir.path().join("changed.yaml");
        std::fs::write(&changed, CHANGED).unwrap();
        let changed = changed.to_str().unwrap();
        let plan = sb.run(&["plan", "-f", changed, "--prune", "-o", "json"], "");
        plan.expect(0);
        let planned = actions(&plan);
        assert_eq!(action_of(&planned, "grant:payroll→Acme Corp"), "update");
        assert_eq!(action_of(&planned, "user:Initech/peter"), "update");
        assert_eq!(action_of(&planned, "role:payroll/admin"), "delete");
        assert_eq!(action_of(&planned, "user:Initech/joanna"), "delete");
        sb.run(&["users", "get", "joanna", "--org", "Initech"], "")
            .expect(0);

        // Without a terminal to ask on, a real prune needs --yes and changes nothing.
        let refused = sb.run(&["apply", "-f", changed, "--prune"], "");
        refused.expect(2);
        assert!(
            refused.stderr().contains("add --yes"),
            "{}",
            refused.stderr()
        );
        sb.run(&["users", "get", "joanna", "--org", "Initech"], "")
            .expect(0);
        let apply = sb.run(
            &["apply", "-f", changed, "--prune", "--yes", "-o", "json"],
            "",
        );
        apply.expect(0);
        sb.run(&["users", "get", "joanna", "--org", "Initech"], "")
            .expect(5);
        let peter = sb.run(
            &["users", "get", "peter", "--org", "Initech", "-o", "json"],
            "",
        );
        assert_eq!(
            peter.json()["human"]["profile"]["familyName"],
            "Gibbons-Smith"
        );
        let roles = sb.run(&["roles", "list", "--project", "payroll", "-o", "json"], "");
        assert!(!roles.stdout().contains("\"admin\""), "{}", roles.stdout());
        let grants = sb.run(
            &["grants", "list", "--project", "payroll", "-o", "json"],
            "",
        );
        let mut keys: Vec<String> = grants.json()[0]["grantedRoleKeys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap().to_owned())
            .collect();
        keys.sort();
        assert_eq!(keys, ["auditor", "clerk"]);
        let again = sb.run(&["apply", "-f", changed, "--prune", "--yes"], "");
        again.expect(0);
        assert!(
            again.stderr().contains("nothing to change"),
            "{}",
            again.stderr()
        );
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_tenant_file_is_a_usage_error_naming_the_field() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let bad = sb.run(&["plan", "-f", "-"], "orgs:\n  - name: X\n    projetcs: []\n");
        bad.expect(2);
        assert!(bad.stderr().contains("projetcs"), "{}", bad.stderr());
        let row = sb.run(
            &["apply", "-f", "-", "-o", "json"],
            "orgs:\n  - name: Acme Corp\n    users:\n      - {username: x, given_name: X, family_name: Y}\n",
        );
        row.expect(3);
        assert!(row.stdout().contains("missing email"), "{}", row.stdout());
        sb.run(&["users", "get", "x", "--org", "Acme Corp"], "").expect(5);
    })
    .await
    .unwrap();
}
