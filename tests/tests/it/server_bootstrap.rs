//! Bootstrap as a client sees it: the files in the data directory, their modes, a
//! restart on the same directory, and `--demo`.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;
use ws_tests::{TestOptions, TestServer};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn read(dir: &std::path::Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap()
}

#[tokio::test]
async fn first_start_writes_ids_and_private_credentials() {
    let server = TestServer::start().await;
    let b = &server.bootstrap;
    assert_eq!(b["issuer"], server.base_url);
    for key in [
        "instance_id",
        "project_id",
        "cli_client_id",
        "introspection_client_id",
        "admin_user_id",
        "service_account_user_id",
    ] {
        let id = b[key]
            .as_str()
            .unwrap_or_else(|| panic!("{key} missing: {b}"));
        assert!(!id.is_empty(), "{key}");
    }
    assert_eq!(b["default_org"]["name"], "Default");
    assert_eq!(b["default_org"]["primary_domain"], "default.localhost");
    assert_eq!(b["project_org_id"], b["default_org"]["id"]);
    assert_eq!(b["service_account_username"], "ws-admin");
    assert_eq!(b["demo"], false);
    assert!(server.demo_credentials.is_none());
    assert!(server.admin_pat.len() >= 40, "a long random PAT");

    let dir = &server.data_dir;
    assert_eq!(mode(dir), 0o700);
    for f in ["admin.pat", "introspection-client.json", "bootstrap.json"] {
        assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
    }
    let client: Value = serde_json::from_slice(&read(dir, "introspection-client.json")).unwrap();
    assert_eq!(client["client_id"], b["introspection_client_id"]);
    let secret = client["client_secret"].as_str().unwrap();
    assert!(secret.len() >= 40);

    // bootstrap.json is shareable: no secret in it, and none in the database file.
    let public = String::from_utf8(read(dir, "bootstrap.json")).unwrap();
    assert!(!public.contains(&server.admin_pat) && !public.contains(secret));
    let db = [
        read(dir, "ws.db"),
        std::fs::read(dir.join("ws.db-wal")).unwrap_or_default(),
    ]
    .concat();
    for s in [server.admin_pat.as_bytes(), secret.as_bytes()] {
        assert!(
            !db.windows(s.len()).any(|w| w == s),
            "a plaintext secret reached the database"
        );
    }
}

#[tokio::test]
async fn restarting_on_the_same_directory_changes_nothing() {
    let mut options = TestOptions {
        demo: true,
        ..TestOptions::default()
    };
    // A fixed issuer, so even bootstrap.json must come out byte-identical.
    options.config.server.issuer = Some("http://issuer.test".parse().unwrap());
    let first = TestServer::start_with(options).await;
    let files = [
        "bootstrap.json",
        "admin.pat",
        "introspection-client.json",
        "demo-credentials.json",
    ];
    let before: Vec<_> = files.iter().map(|f| read(&first.data_dir, f)).collect();
    let dir = first.stop().unwrap();

    let mut options = TestOptions {
        demo: true,
        data_dir: Some(dir),
        ..TestOptions::default()
    };
    options.config.server.issuer = Some("http://issuer.test".parse().unwrap());
    let second = TestServer::start_with(options).await;
    let after: Vec<_> = files.iter().map(|f| read(&second.data_dir, f)).collect();
    assert_eq!(before, after);
    let ready = second
        .client()
        .get(second.url("/readyz"))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 200);

    // Without --demo the demo data simply stays.
    let dir = second.stop().unwrap();
    let third = TestServer::start_with(TestOptions {
        data_dir: Some(dir),
        ..TestOptions::default()
    })
    .await;
    assert_eq!(third.bootstrap["demo"], true);
    assert_eq!(
        third.bootstrap["instance_id"],
        serde_json::from_slice::<Value>(&before[0]).unwrap()["instance_id"]
    );
}

#[tokio::test]
async fn demo_creates_the_two_tenants_and_their_users() {
    let server = TestServer::start_demo().await;
    let b = &server.bootstrap;
    assert_eq!(b["demo"], true);
    let orgs: Vec<&str> = b["orgs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(orgs, ["Default", "Acme Corp", "Globex Inc"]);
    let acme = &b["orgs"][1];
    let globex = &b["orgs"][2];
    assert_eq!(
        b["project_org_id"], acme["id"],
        "Acme owns the workspace project"
    );
    assert!(b["project_grant_id"].is_string());

    let creds = server
        .demo_credentials
        .as_ref()
        .expect("demo-credentials.json");
    assert_eq!(mode(&server.data_dir.join("demo-credentials.json")), 0o600);
    let user = |name: &str| {
        creds["users"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["username"] == name)
            .unwrap()
            .clone()
    };
    for (name, org, role, owner) in [
        ("alice", acme, "admin", true),
        ("bob", acme, "editor", false),
        ("charlie", globex, "viewer", true),
        ("dave", globex, "viewer", false),
    ] {
        let u = user(name);
        assert_eq!(u["org_id"], org["id"], "{name}");
        assert_eq!(u["project_roles"], serde_json::json!([role]), "{name}");
        assert_eq!(
            u["org_roles"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r == "ORG_OWNER"),
            owner,
            "{name}"
        );
        assert!(u["password"].as_str().unwrap().len() >= 16, "{name}");
        assert_eq!(
            u["login_name"],
            format!("{name}@{}", org["primary_domain"].as_str().unwrap())
        );
    }
}

#[tokio::test]
async fn demo_on_a_directory_bootstrapped_without_it_is_refused() {
    let plain = TestServer::start().await;
    let dir = plain.stop().unwrap();
    let err = TestServer::try_start_with(TestOptions {
        demo: true,
        data_dir: Some(dir),
        ..TestOptions::default()
    })
    .await
    .unwrap_err();
    let msg = format!("{err:#}");
    assert!(msg.contains("bootstrapped without --demo"), "{msg}");
}

#[tokio::test]
async fn the_bootstrap_credentials_work_against_the_provider() {
    let server = TestServer::start().await;
    let client = server.client();
    let b = &server.bootstrap;

    // The admin PAT is a bearer credential of the ws-admin service account.
    let me: Value = client
        .get(server.url("/oidc/v1/userinfo"))
        .bearer_auth(&server.admin_pat)
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["sub"], b["service_account_user_id"]);

    // The introspection client authenticates with the secret from its 0600 file.
    let file: Value =
        serde_json::from_slice(&read(&server.data_dir, "introspection-client.json")).unwrap();
    let (id, secret) = (
        file["client_id"].as_str().unwrap(),
        file["client_secret"].as_str().unwrap(),
    );
    let introspect = |secret: String| {
        client
            .post(server.url("/oauth/v2/introspect"))
            .basic_auth(id, Some(secret))
            .form(&[("token", server.admin_pat.as_str())])
            .send()
    };
    let ok = introspect(secret.to_owned()).await.unwrap();
    assert_eq!(ok.status(), 200);
    let body: Value = ok.json().await.unwrap();
    assert!(body["active"].is_boolean(), "{body}");
    // A wrong secret is refused the way ZITADEL refuses it at this endpoint.
    let wrong = introspect(format!("{secret}x")).await.unwrap();
    assert_eq!(wrong.status(), 400);
    let body: Value = wrong.json().await.unwrap();
    assert_eq!(body["error"], "unauthorized_client", "{body}");
}

#[tokio::test]
async fn the_admin_pat_is_an_iam_owner_on_the_management_api() {
    let server = TestServer::start_demo().await;
    let resp = server
        .client()
        .post(server.url("/zitadel.org.v2.OrganizationService/ListOrganizations"))
        .bearer_auth(&server.admin_pat)
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    let mut names: Vec<&str> = body["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    // An instance owner sees every organization bootstrap made.
    assert_eq!(names, ["Acme Corp", "Default", "Globex Inc"]);
}
