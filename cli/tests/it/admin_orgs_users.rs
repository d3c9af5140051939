//! `ws orgs` and `ws users` of the real binary against the real server with demo data
//! (Acme Corp, Globex Inc), signed in with the bootstrap admin PAT through `WS_TOKEN`.

use crate::util;

use util::{Sandbox, admin_sandbox as sandbox};
use ws_tests::TestServer;

#[tokio::test(flavor = "multi_thread")]
async fn orgs_list_get_and_name_resolution() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let table = sb.run(&["orgs", "list"], "");
        table.expect(0);
        util::assert_clean(&table.stdout());
        let header = table.stdout().lines().next().unwrap().to_owned();
        assert!(
            header.starts_with("ID") && header.contains("PRIMARYDOMAIN"),
            "{header}"
        );
        assert!(table.stdout().contains("Acme Corp") && table.stdout().contains("Globex Inc"));
        let json = sb.run(&["orgs", "list", "-o", "json"], "");
        json.expect(0);
        let names: Vec<String> = json
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap().to_owned())
            .collect();
        assert!(
            names.contains(&"Acme Corp".to_owned()) && names.contains(&"Globex Inc".to_owned()),
            "{names:?}"
        );
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "sorted by name");
        // --limit cuts, --search narrows.
        let one = sb.run(&["orgs", "list", "-o", "json", "--limit", "1"], "");
        assert_eq!(one.json().as_array().unwrap().len(), 1);
        let glob = sb.run(&["orgs", "list", "-o", "jsonl", "--search", "glob"], "");
        glob.expect(0);
        assert_eq!(glob.stdout().lines().count(), 1, "{}", glob.stdout());
        // By name (any case) and by primary domain, the same id.
        let by_name = sb.run(&["orgs", "get", "acme corp", "-o", "json"], "");
        by_name.expect(0);
        let id = by_name.json()["id"].as_str().unwrap().to_owned();
        let domain = by_name.json()["primaryDomain"].as_str().unwrap().to_owned();
        let by_domain = sb.run(&["orgs", "get", &domain, "-o", "json"], "");
        assert_eq!(by_domain.json()["id"], id.as_str());
        let by_id = sb.run(&["orgs", "get", &id, "--fields", "name", "-o", "csv"], "");
        assert_eq!(by_id.stdout(), "name\nAcme Corp\n");
        let missing = sb.run(&["orgs", "get", "no-such-org"], "");
        missing.expect(5);
        assert!(
            missing
                .stderr()
                .contains("organization 'no-such-org' not found"),
            "{}",
            missing.stderr()
        );
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn org_lifecycle_and_duplicate_name() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let c = sb.run(&["orgs", "create", "Initech", "-o", "json"], "");
        c.expect(0);
        assert_eq!(c.json()["state"], "ORGANIZATION_STATE_ACTIVE");
        sb.run(&["orgs", "create", "Initech"], "").expect(6);
        let d = sb.run(&["orgs", "deactivate", "initech", "-o", "json"], "");
        d.expect(0);
        assert_eq!(d.json()["state"], "ORGANIZATION_STATE_INACTIVE");
        let inactive = sb.run(&["orgs", "list", "--state", "inactive", "-o", "json"], "");
        assert_eq!(inactive.json().as_array().unwrap().len(), 1);
        sb.run(&["orgs", "activate", "Initech"], "").expect(0);
        let u = sb.run(
            &[
                "orgs", "update", "Initech", "--name", "Initrode", "-o", "json",
            ],
            "",
        );
        u.expect(0);
        assert_eq!(u.json()["name"], "Initrode");
        sb.run(&["orgs", "delete", "Initrode", "--yes"], "")
            .expect(0);
        sb.run(&["orgs", "get", "Initrode"], "").expect(5);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn user_lifecycle_and_resolution() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let create = sb.run(
            &[
                "users",
                "create",
                "--org",
                "Acme Corp",
                "--username",
                "erin",
                "--email",
                "erin@example.com",
                "--given-name",
                "Erin",
                "--family-name",
                "Ely",
                "--email-verified",
                "--password-stdin",
                "-o",
                "json",
            ],
            "Erin-pass-123!\n",
        );
        create.expect(0);
        assert!(!create.stderr().contains("Erin-pass-123"));
        let id = create.json()["userId"].as_str().unwrap().to_owned();
        assert_eq!(create.json()["state"], "USER_STATE_ACTIVE");
        // Again: already exists, exit 6.
        sb.run(
            &[
                "users",
                "create",
                "--org",
                "acme corp",
                "--username",
                "erin",
                "--email",
                "e2@example.com",
                "--given-name",
                "E",
                "--family-name",
                "E",
            ],
            "",
        )
        .expect(6);
        // Resolution by id, username, login name and email.
        let get = sb.run(&["users", "get", "erin", "-o", "json"], "");
        get.expect(0);
        assert_eq!(get.json()["userId"], id.as_str());
        let login = get.json()["preferredLoginName"]
            .as_str()
            .unwrap()
            .to_owned();
        for name in [id.as_str(), login.as_str(), "erin@example.com"] {
            let r = sb.run(
                &["users", "get", name, "--fields", "userId", "-o", "csv"],
                "",
            );
            r.expect(0);
            assert_eq!(r.stdout(), format!("userId\n{id}\n"));
        }
        let upd = sb.run(
            &[
                "users",
                "update",
                "erin",
                "--family-name",
                "Smith",
                "-o",
                "json",
            ],
            "",
        );
        upd.expect(0);
        assert_eq!(upd.json()["human"]["profile"]["familyName"], "Smith");
        let deact = sb.run(&["users", "deactivate", "erin", "-o", "json"], "");
        deact.expect(0);
        assert_eq!(deact.json()["state"], "USER_STATE_INACTIVE");
        let inactive = sb.run(&["users", "list", "--state", "inactive", "-o", "jsonl"], "");
        assert!(inactive.stdout().contains(&id), "{}", inactive.stdout());
        sb.run(&["users", "reactivate", "erin"], "").expect(0);
        let lock = sb.run(&["users", "lock", "erin", "-o", "json"], "");
        assert_eq!(lock.json()["state"], "USER_STATE_LOCKED");
        sb.run(&["users", "unlock", "erin"], "").expect(0);
        sb.run(&["users", "set-password", "erin"], "N3w-pass-456!\n")
            .expect(0);
        sb.run(&["users", "set-password", "erin"], "").expect(2);
        sb.run(&["users", "delete", "erin", "--yes"], "").expect(0);
        sb.run(&["users", "get", &id], "").expect(5);
        sb.run(&["users", "get", "nobody-here"], "").expect(5);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn users_list_formats_filters_and_ambiguity() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        // Two users with one email, in two orgs: the email is ambiguous.
        for org in ["Acme Corp", "Globex Inc"] {
            sb.run(
                &[
                    "users",
                    "create",
                    "--org",
                    org,
                    "--username",
                    &format!("sam-{}", &org[..4]),
                    "--email",
                    "sam@example.com",
                    "--given-name",
                    "Sam",
                    "--family-name",
                    "Same",
                ],
                "",
            )
            .expect(0);
        }
        let amb = sb.run(&["users", "get", "sam@example.com"], "");
        amb.expect(1);
        assert!(
            amb.stderr().contains("ambiguous")
                && amb.stderr().contains("sam-Acme")
                && amb.stderr().contains("sam-Glob"),
            "{}",
            amb.stderr()
        );
        // Within one org it is not.
        sb.run(
            &["users", "get", "sam@example.com", "--org", "globex inc"],
            "",
        )
        .expect(0);
        let acme = sb.run(&["users", "list", "--org", "Acme Corp", "-o", "json"], "");
        acme.expect(0);
        let acme_users = acme.json();
        let names: Vec<&str> = acme_users
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["username"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&"alice") && names.contains(&"sam-Acme") && !names.contains(&"charlie"),
            "{names:?}"
        );
        let csv = sb.run(
            &[
                "users",
                "list",
                "--search",
                "SAM",
                "-o",
                "csv",
                "--fields",
                "username,state",
            ],
            "",
        );
        csv.expect(0);
        let text = csv.stdout();
        let mut rdr = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2, "{}", csv.stdout());
        assert!(rows.iter().all(|r| &r[1] == "USER_STATE_ACTIVE"));
        let yaml = sb.run(&["users", "list", "--limit", "2", "-o", "yaml"], "");
        yaml.expect(0);
        assert_eq!(
            yaml.stdout().matches("- userId:").count()
                + yaml.stdout().matches("\n  userId:").count(),
            2,
            "{}",
            yaml.stdout()
        );
    })
    .await
    .unwrap();
}

/// A PAT for a new machine user of `org` (created through `ws`), from AddPersonalAccessToken.
async fn machine_pat(server: &TestServer, sb: &Sandbox, org: &str, name: &str) -> (String, String) {
    let run = sb.run(
        &[
            "users",
            "create",
            "--org",
            org,
            "--machine",
            name,
            "--username",
            name,
            "-o",
            "json",
        ],
        "",
    );
    run.expect(0);
    let id = run.json()["userId"].as_str().unwrap().to_owned();
    let resp: serde_json::Value = server
        .client()
        .post(server.url("/zitadel.user.v2.UserService/AddPersonalAccessToken"))
        .bearer_auth(&server.admin_pat)
        .json(&serde_json::json!({"userId": id, "expirationDate": "2099-01-01T00:00:00Z"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    (id, resp["token"].as_str().unwrap().to_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_caller_without_manager_roles_is_denied_clearly() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    let (_id, pat) = machine_pat(&server, &sb, "Globex Inc", "no-roles-bot").await;
    let mut bot = Sandbox {
        dir: tempfile::tempdir().unwrap(),
        env: sb.env.clone(),
    };
    bot.set("WS_TOKEN", &pat);
    tokio::task::spawn_blocking(move || {
        let denied = bot.run(&["orgs", "create", "Hooli"], "");
        denied.expect(1);
        assert!(
            denied.stderr().contains("ask an administrator"),
            "{}",
            denied.stderr()
        );
        assert!(
            !denied.stderr().contains(&pat),
            "the token never shows in errors"
        );
        // Acme's users are invisible to it: a name there is "not found", not a leak.
        bot.run(&["users", "get", "alice"], "").expect(5);
        // The admin still sees Hooli was not created.
        sb.run(&["orgs", "get", "Hooli"], "").expect(5);
    })
    .await
    .unwrap();
}
