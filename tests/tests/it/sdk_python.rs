//! The official ZITADEL Python SDK (PyPI `zitadel-client`, in a cached venv) against
//! the embedded server, authenticated with the bootstrap's admin PAT: the script
//! `tests/python/sdk_roundtrip.py` creates and reads organizations (metadata, a
//! domain), users, a project with roles, a project grant and authorizations; this
//! test checks what the SDK read back, then finds every object in the server's
//! database through the Rust storage layer.
//!
//! Findings while writing it: the SDK reaches a plain-http loopback issuer as is
//! (`Zitadel.with_access_token("http://127.0.0.1:…", pat)`; only a bare host gets
//! `https://`), and its CreateUser sends the human password as UpdateUser's
//! `SetPassword{password{…}}` wrapper, which the server therefore accepts too.

use serde_json::Value;
use ws_storage::{ListQuery, State, Store, UserKind};
use ws_tests::TestServer;
use ws_tests::python::SdkVenv;

/// Runs the SDK script against `server`; its stdout parsed.
async fn run_script(server: &TestServer, venv: &SdkVenv) -> Value {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/python/sdk_roundtrip.py");
    let out = tokio::process::Command::new(venv.python())
        .args(["-W", "ignore", script])
        .env("WS_ISSUER", &server.base_url)
        .env("WS_PAT", &server.admin_pat)
        .env("WS_RUN", "t1")
        .output()
        .await
        .expect("start the SDK script");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "SDK script failed ({}):\n{stderr}",
        out.status
    );
    assert!(
        !stderr.contains(&server.admin_pat),
        "the PAT leaked into the script's output"
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

#[tokio::test]
async fn the_official_python_sdk_provisions_and_reads_back() {
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let venv = tokio::task::spawn_blocking(move || SdkVenv::ensure(cache))
        .await
        .unwrap()
        .expect("a venv with zitadel-client (needs python3-venv and PyPI)");
    let server = TestServer::start_demo().await;
    let out = run_script(&server, &venv).await;
    let id = |k: &str| out["ids"][k].as_str().unwrap().to_owned();

    // What the SDK parsed from our responses.
    let orgs = &out["orgs"];
    assert_eq!(orgs["name"], "SDK Acme t1");
    assert_eq!(orgs["state"], "ORGANIZATION_STATE_ACTIVE");
    assert_eq!(orgs["total"], 1);
    assert_eq!(orgs["metadata"]["tier"], "gold");
    assert_eq!(
        orgs["domains"],
        serde_json::json!(["sdk-acme-t1.localhost", "sdk-t1.example"])
    );
    let users = &out["users"];
    assert_eq!(users["username"], "ann-t1");
    assert_eq!(users["given_name"], "Ann");
    assert_eq!(users["email"], "ann-t1@sdk.example");
    assert_eq!(users["state"], "USER_STATE_ACTIVE");
    assert_eq!(users["login"], "ann-t1@sdk-acme-t1.localhost");
    assert_eq!(users["acme_users"], serde_json::json!(["ann-t1", "bot-t1"]));
    let projects = &out["projects"];
    assert_eq!(projects["name"], "SDK Portal t1");
    assert_eq!(projects["state"], "PROJECT_STATE_ACTIVE");
    assert_eq!(projects["role_assertion"], true);
    assert_eq!(projects["roles"], serde_json::json!(["admin", "viewer"]));
    assert_eq!(projects["grants"], 1);
    assert_eq!(projects["grant_org"], id("partner").as_str());
    assert_eq!(projects["grant_roles"], serde_json::json!(["viewer"]));
    assert_eq!(projects["grant_state"], "PROJECT_GRANT_STATE_ACTIVE");
    let authz = out["authorizations"].as_array().unwrap();
    assert_eq!(authz.len(), 2, "{authz:?}");
    for a in authz {
        assert_eq!(a["state"], "STATE_ACTIVE");
        let (org, role) = if a["user"] == id("ann").as_str() {
            (id("acme"), "admin")
        } else {
            (id("partner"), "viewer")
        };
        assert_eq!(
            (a["org"].as_str(), a["roles"][0].as_str()),
            (Some(org.as_str()), Some(role))
        );
    }

    // The same objects in the server's database, read through the storage layer.
    let store = server.store().await;
    check_store(&store, &out).await;
}

async fn check_store(store: &Store, out: &Value) {
    let id = |k: &str| out["ids"][k].as_str().unwrap().to_owned();
    let acme = store.orgs.get_org(&id("acme")).await.unwrap().unwrap();
    assert_eq!(
        (acme.name.as_str(), acme.state),
        ("SDK Acme t1", State::Active)
    );
    let meta = store
        .org_extras
        .list_org_metadata(&acme.id, &[], ListQuery::default())
        .await
        .unwrap();
    assert_eq!(meta.items[0].value, b"gold");
    let domain = store
        .org_extras
        .get_org_domain(&acme.id, "sdk-t1.example")
        .await
        .unwrap();
    assert!(domain.is_some_and(|d| d.is_verified && !d.is_primary));

    let ann = store.users.get_user(&id("ann")).await.unwrap().unwrap();
    assert_eq!(ann.org_id, acme.id);
    let UserKind::Human(h) = &ann.kind else {
        panic!("ann is not human: {ann:?}")
    };
    // The password the SDK sent (in its SetPassword wrapper) was hashed and works.
    let hash = h.password_hash.as_deref().expect("a password hash");
    assert!(ws_identity::password::verify_password("Sdk-pass-1!", hash));
    assert!(h.email_verified && !h.password_change_required);
    let bot = store.users.get_user(&id("bot")).await.unwrap().unwrap();
    assert!(matches!(&bot.kind, UserKind::Machine(m) if m.name == "SDK bot"));

    let project = store
        .projects
        .get_project(&id("project"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (project.org_id.as_str(), project.project_role_assertion),
        (acme.id.as_str(), true)
    );
    let grants = store
        .projects
        .list_grants(
            Some(&project.id),
            Some(&id("partner")),
            ListQuery::default(),
        )
        .await
        .unwrap();
    assert_eq!(grants.items[0].role_keys, ["viewer"]);
    let own = store
        .authz
        .get_authorization(&id("own"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (own.user_id, own.role_keys, own.project_grant_id),
        (id("ann"), vec!["admin".to_owned()], None)
    );
    let granted = store
        .authz
        .get_authorization(&id("granted"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(granted.org_id, id("partner"));
    assert_eq!(
        granted.project_grant_id.as_deref(),
        Some(grants.items[0].id.as_str())
    );
    // And the roles claim of pete's next token holds the granted role.
    let roles = store
        .authz
        .roles_for_user(&id("pete"), std::slice::from_ref(&project.id))
        .await
        .unwrap();
    assert_eq!(roles.len(), 1, "{roles:?}");
    assert_eq!(
        (
            roles[0].role_key.as_str(),
            roles[0].org_primary_domain.as_str()
        ),
        ("viewer", "sdk-partner-t1.localhost")
    );
}
