//! A workspace-only server (`[identity] enabled = false`) in front of a real
//! `ws-server` playing the remote identity provider: no bootstrap, no identity
//! routes, no signing keys; tokens, people and orgs come from the provider. Docs,
//! sharing, calendar invitations and free/busy name provider users who never used
//! this workspace; `/readyz` follows the provider's JWKS.

use serde_json::{Value, json};
use ws_tests::idp::trusting;
use ws_tests::workspace::{WsApi, token_for, user_id};
use ws_tests::{TestOptions, TestServer};

/// A workspace-only server trusting `idp`, with a credential for its user API.
async fn workspace_only(idp: &TestServer) -> TestServer {
    let mut options = TestOptions::default();
    options.config.identity.enabled = false;
    options.config.workspace = trusting(idp, Some(&idp.data_dir.join("admin.pat")));
    TestServer::start_with(options).await
}

async fn readyz(server: &TestServer) -> (u16, Value) {
    let r = server
        .client()
        .get(server.url("/readyz"))
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_workspace_only_server_serves_provider_users_and_mounts_no_identity_routes() {
    let idp = TestServer::start_demo().await;
    let ws = workspace_only(&idp).await;
    // Nothing was bootstrapped: no admin credential, no keys, no database of users.
    for file in ["admin.pat", "bootstrap.json", "introspection-client.json"] {
        assert!(!ws.data_dir.join(file).exists(), "{file} was written");
    }
    let http = ws.client();
    for path in [
        "/.well-known/openid-configuration",
        "/oauth/v2/keys",
        "/oauth/v2/token",
        "/ui/login/login",
        "/zitadel.user.v2.UserService/ListUsers",
    ] {
        let r = http.get(ws.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 404, "{path} is served");
    }
    let (status, body) = readyz(&ws).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["checks"]["issuer_jwks"], "ok", "{body}");
    assert!(body["checks"].get("signing_keys").is_none(), "{body}");

    // Docs with a token of the provider.
    let alice = WsApi::new(&ws, &token_for(&idp, "alice").await);
    let doc = alice
        .post("/docs", &json!({"title": "Fleet notes", "body": "# hi"}))
        .await;
    assert_eq!(doc.status, 201, "{doc:?}");
    let doc_id = doc.body["id"].as_str().unwrap().to_owned();

    // Sharing with bob, who has never used this workspace: found at the provider.
    let bob_id = user_id(&idp, "bob");
    let found = alice.get("/directory/users?login=bob").await;
    assert_eq!(found.body["id"], bob_id.as_str(), "{found:?}");
    let share = alice
        .post(
            "/shares",
            &json!({"kind": "doc", "resource_id": doc_id,
                    "grantee": {"type": "user", "id": bob_id}, "role": "viewer"}),
        )
        .await;
    assert_eq!(share.status, 201, "{share:?}");
    let bob = WsApi::new(&ws, &token_for(&idp, "bob").await);
    let read = bob.get(&format!("/docs/{doc_id}")).await;
    assert_eq!(read.status, 200, "{read:?}");

    // A calendar invitation and free/busy name bob by username: the provider's
    // directory resolves him (the store has never heard of "bob").
    let alice = WsApi::new(&ws, &token_for(&idp, "alice").await);
    let cal = alice.post("/calendars", &json!({"name": "Work"})).await;
    assert_eq!(cal.status, 201, "{cal:?}");
    let cal = cal.body["id"].as_str().unwrap().to_owned();
    let meeting = alice
        .post(
            &format!("/calendars/{cal}/events"),
            &json!({"summary": "Planning", "start": "2026-12-02T14:00:00Z",
                    "end": "2026-12-02T15:00:00Z", "attendees": ["bob"]}),
        )
        .await;
    assert_eq!(meeting.status, 201, "{meeting:?}");
    assert_eq!(meeting.body["attendees"][0]["user_id"], bob_id.as_str());
    let fb = alice
        .post(
            "/freebusy",
            &json!({"users": ["bob"], "from": "2026-12-02T00:00:00Z",
                    "to": "2026-12-03T00:00:00Z"}),
        )
        .await;
    assert_eq!(fb.status, 200, "{fb:?}");
    assert_eq!(fb.body["users"][0]["user_id"], bob_id.as_str());
    assert_eq!(
        fb.body["users"][0]["busy"],
        json!([{"start": "2026-12-02T14:00:00Z", "end": "2026-12-02T15:00:00Z"}])
    );
    // Someone the provider does not know is refused like before, naming the field.
    let nobody = alice
        .post(
            &format!("/calendars/{cal}/events"),
            &json!({"summary": "x", "start": "2026-12-02T16:00:00Z",
                    "end": "2026-12-02T17:00:00Z", "attendees": ["nobody-here"]}),
        )
        .await;
    assert_eq!((nobody.status, nobody.code()), (400, "invalid_argument"));
    assert!(
        nobody.body["message"]
            .as_str()
            .unwrap()
            .starts_with("attendees[0]")
    );

    // The provider goes away: not ready, naming the issuer; the store is still fine.
    let issuer = idp.base_url.clone();
    let _kept = idp.stop().unwrap();
    let (status, body) = readyz(&ws).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["checks"]["database"], "ok");
    let jwks = body["checks"]["issuer_jwks"].as_str().unwrap();
    assert!(
        jwks.contains(&issuer) && jwks.contains("unavailable"),
        "{jwks}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workspace_only_without_an_issuer_is_a_config_error() {
    let mut options = TestOptions::default();
    options.config.identity.enabled = false;
    let err = format!(
        "{:#}",
        TestServer::try_start_with(options).await.unwrap_err()
    );
    assert!(
        err.contains("identity.enabled = false") && err.contains("workspace.issuer"),
        "{err}"
    );
}
