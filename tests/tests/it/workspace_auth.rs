//! Token validation through the real workspace routes (`GET /api/v1/me`) of a real
//! `ws-server`: crafted tokens from an issuer the workspace is configured to trust
//! (as it would trust any ZITADEL), a PAT through introspection at the server's own
//! identity provider, and an unreachable identity provider.

use crate::auth_support;

use auth_support::issuer::{KeyIssuer, bad_tokens};
use auth_support::{assert_401, call};
use serde_json::{Value, json};
use ws_server::config::{Secret, WorkspaceSection};
use ws_tests::workspace::{WsApi, org_id, project_id, tokens_for};
use ws_tests::{TestOptions, TestServer};

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// A demo server whose workspace trusts `issuer` for `audience`.
async fn server_trusting(issuer: &str, audience: &str) -> TestServer {
    let mut options = TestOptions {
        demo: true,
        ..TestOptions::default()
    };
    options.config.workspace = WorkspaceSection {
        issuer: Some(issuer.parse().unwrap()),
        audience: Some(audience.to_owned()),
        introspection_client_id: Some("api@ws".to_owned()),
        introspection_client_secret: Some(Secret::new("not-used-by-jwts")),
        ..WorkspaceSection::default()
    };
    TestServer::start_with(options).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_token_is_a_401_with_its_reason_on_the_workspace_routes() {
    let issuer = KeyIssuer::start().await;
    let server = server_trusting(&issuer.url, "project-1").await;
    let t = now();
    let good = issuer.claims("project-1", t);
    let valid = issuer.key.sign(&good);

    let me = call(&server.base_url, "/api/v1/me", Some(&valid)).await;
    assert_eq!(me.status, 200, "{me:?}");
    assert_eq!(me.body["org_id"], "org-crafted");
    assert_eq!(me.body["roles"], json!(["editor"]));

    for (code, token) in bad_tokens(&issuer, &good, &valid, t) {
        let a = call(&server.base_url, "/api/v1/me", Some(&token)).await;
        assert_401(&a, code);
        let text = a.body.to_string() + a.challenge.as_deref().unwrap_or_default();
        assert!(!text.contains(token.as_str()), "the token is never echoed");
    }
    // The server's own tokens are not accepted by a workspace configured elsewhere:
    // their key is not one the trusted issuer publishes.
    let own = ws_tests::workspace::token_for(&server, "alice").await;
    let a = call(&server.base_url, "/api/v1/me", Some(&own)).await;
    assert_401(&a, "unknown_key");

    // A valid token without a workspace role in the user's own org: 403, not 401.
    let mut roleless = good.clone();
    roleless["urn:zitadel:iam:org:project:project-1:roles"] =
        json!({"editor": {"another-org": "x.localhost"}});
    let a = call(
        &server.base_url,
        "/api/v1/me",
        Some(&issuer.key.sign(&roleless)),
    )
    .await;
    assert_eq!((a.status, a.code()), (403, "permission_denied"), "{a:?}");
}

/// `/zitadel.*` Connect call with the admin PAT; panics unless 200.
async fn connect(server: &TestServer, path: &str, body: Value) -> Value {
    let resp = server
        .client()
        .post(server.url(path))
        .bearer_auth(&server.admin_pat)
        .header("connect-protocol-version", "1")
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let body: Value = resp.json().await.unwrap();
    assert_eq!(status, 200, "{path}: {body}");
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pat_works_through_introspection_and_needs_a_workspace_role() {
    let server = TestServer::start_demo().await;
    let acme = org_id(&server, "Acme Corp");
    let bot = connect(
        &server,
        "/zitadel.user.v2.UserService/CreateUser",
        json!({"organizationId": acme, "username": "ci-bot", "machine": {"name": "CI"}}),
    )
    .await;
    let bot = bot["id"].as_str().unwrap().to_owned();
    let pat = connect(
        &server,
        "/zitadel.user.v2.UserService/AddPersonalAccessToken",
        json!({"userId": bot}),
    )
    .await["token"]
        .as_str()
        .unwrap()
        .to_owned();

    // No authorization on the workspace project yet: a valid PAT, but no workspace user.
    let api = WsApi::new(&server, &pat);
    let denied = api.get("/me").await;
    assert_eq!(
        (denied.status, denied.code()),
        (403, "permission_denied"),
        "{denied:?}"
    );

    connect(&server, "/zitadel.authorization.v2.AuthorizationService/CreateAuthorization",
        json!({"userId": bot, "projectId": project_id(&server), "organizationId": acme, "roleKeys": ["editor"]})).await;
    // The first PAT's answer (active, no role) is cached for up to 30 s; the next
    // token is introspected afresh and carries the role.
    let pat = connect(
        &server,
        "/zitadel.user.v2.UserService/AddPersonalAccessToken",
        json!({"userId": bot}),
    )
    .await["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let me = WsApi::new(&server, &pat).get("/me").await;
    assert_eq!(me.status, 200, "{me:?}");
    assert_eq!(me.body["user_id"], bot.as_str());
    assert_eq!(me.body["validated"], "introspection");
    assert_eq!(me.body["roles"], json!(["editor"]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_identity_provider_is_a_503_for_opaque_tokens() {
    // A port that refuses connections: bound, then released.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let server = server_trusting(&closed, "project-1").await;
    let a = call(
        &server.base_url,
        "/api/v1/me",
        Some("an-opaque-personal-access-token"),
    )
    .await;
    assert_eq!((a.status, a.code()), (503, "idp_unavailable"), "{a:?}");
    assert!(a.challenge.is_none());
    assert_eq!(a.body["request_id"], "test-req-1");
    let retry = server
        .client()
        .get(server.url("/api/v1/me"))
        .bearer_auth("an-opaque-personal-access-token")
        .send()
        .await
        .unwrap();
    assert_eq!(retry.headers()["retry-after"], "5");
    // Nothing about the provider's address leaks to the caller.
    assert!(!a.body.to_string().contains(&closed), "{a:?}");
}

#[tokio::test]
async fn an_id_token_is_refused_where_the_access_token_of_the_same_login_works() {
    let server = TestServer::start_demo().await;
    let tokens = tokens_for(&server, "alice").await;
    let access = tokens["access_token"].as_str().expect("access_token");
    let id_token = tokens["id_token"].as_str().expect("id_token");
    // The ID token carries the project audience and the roles claim too: only its kind
    // tells it apart.
    let ok = call(&server.base_url, "/api/v1/me", Some(access)).await;
    assert_eq!(ok.status, 200, "{ok:?}");
    let refused = call(&server.base_url, "/api/v1/me", Some(id_token)).await;
    assert_401(&refused, "not_an_access_token");
}
