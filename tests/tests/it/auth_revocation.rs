//! Revocation through the real workspace routes of a real `ws-server`: with the
//! embedded identity provider every way a token ends (revoking it, revoking the
//! refresh token of its grant, signing out at end_session, deactivating, locking or
//! deleting its user) is
//! refused on the very next call; in front of a remote issuer (a second ws-server)
//! a revoked JWT is refused once the cached introspection answer ages out, which on
//! an injected clock is exactly at 5 s; a burst with one token makes one
//! introspection call.

use std::sync::Arc;
use std::time::Duration;

use crate::auth_support;

use auth_support::issuer::KeyIssuer;
use auth_support::{assert_401, authenticator, call, guarded_app};
use reqwest::StatusCode;
use serde_json::{Value, json};
use ws_auth::{AuthConfig, Clock, ManualClock, RevocationFeed, Secret};
use ws_tests::TestServer;
use ws_tests::login::{input, sign_in_keeping_session};
use ws_tests::workspace::{WsApi, login_scopes, tokens_for, user_id};

async fn me(server: &TestServer, token: &str) -> u16 {
    WsApi::new(server, token).get("/me").await.status
}

/// `POST /oauth/v2/revoke` of `token` by the CLI app (a public client).
async fn revoke(server: &TestServer, token: &str) {
    let client_id = server.bootstrap["cli_client_id"].as_str().unwrap();
    let resp = server
        .client()
        .post(server.url("/oauth/v2/revoke"))
        .form(&[("token", token), ("client_id", client_id)])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
}

fn text(v: &Value, key: &str) -> String {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} in {v}"))
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_issuer_revoked_access_and_refresh_tokens_are_refused_at_once() {
    let server = TestServer::start_demo().await;
    let first = tokens_for(&server, "alice").await;
    let access = text(&first, "access_token");
    assert_eq!(me(&server, &access).await, 200, "accepted and cached");
    revoke(&server, &access).await;
    assert_eq!(me(&server, &access).await, 401, "revoked access token");

    // Revoking the refresh token ends the access tokens of its grant, and no other.
    let second = tokens_for(&server, "alice").await;
    let other = tokens_for(&server, "alice").await;
    let access = text(&second, "access_token");
    assert_eq!(me(&server, &access).await, 200);
    assert_eq!(me(&server, &text(&other, "access_token")).await, 200);
    revoke(&server, &text(&second, "refresh_token")).await;
    assert_eq!(me(&server, &access).await, 401, "its grant's access token");
    let other_access = text(&other, "access_token");
    assert_eq!(me(&server, &other_access).await, 200, "another grant");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_issuer_end_session_ends_the_sessions_tokens_at_once() {
    let server = TestServer::start_demo().await;
    let scopes = login_scopes(&server);
    let (tokens, cookie) =
        sign_in_keeping_session(&server, &server.base_url, "alice", &scopes).await;
    let access = text(&tokens, "access_token");
    let elsewhere = text(&tokens_for(&server, "alice").await, "access_token");
    assert_eq!(me(&server, &access).await, 200);
    assert_eq!(me(&server, &elsewhere).await, 200);
    let resp = server
        .client()
        .get(server.url("/oidc/v1/end_session"))
        .query(&[("id_token_hint", text(&tokens, "id_token"))])
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(
        me(&server, &access).await,
        401,
        "the signed-out session's token"
    );
    assert_eq!(
        me(&server, &elsewhere).await,
        200,
        "another session's token"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn end_session_without_a_hint_asks_first_and_signs_out_only_when_confirmed() {
    let server = TestServer::start_demo().await;
    let scopes = login_scopes(&server);
    let (tokens, cookie) =
        sign_in_keeping_session(&server, &server.base_url, "alice", &scopes).await;
    let access = text(&tokens, "access_token");
    // What a cross-site link or image would send: the cookie, no hint.
    let resp = server
        .client()
        .get(server.url("/oidc/v1/end_session"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(
        cookie.contains("ws_csrf="),
        "the login left its CSRF cookie"
    );
    let page = resp.text().await.unwrap();
    assert!(page.contains("Sign out?"), "{page}");
    assert_eq!(me(&server, &access).await, 200, "nothing ended yet");
    let resp = server
        .client()
        .post(server.url("/oidc/v1/end_session"))
        .header("cookie", &cookie)
        .form(&[("csrf", input(&page, "csrf"))])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.text().await.unwrap().contains("You are signed out"));
    assert_eq!(
        me(&server, &access).await,
        401,
        "confirmed: the session's token ended"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_issuer_deactivated_locked_and_deleted_users_are_refused_at_once() {
    let server = TestServer::start_demo().await;
    for (name, method, action) in [
        ("bob", reqwest::Method::POST, "/deactivate"),
        ("charlie", reqwest::Method::POST, "/lock"),
        ("dave", reqwest::Method::DELETE, ""),
    ] {
        let access = text(&tokens_for(&server, name).await, "access_token");
        assert_eq!(me(&server, &access).await, 200, "{name}");
        let path = format!("/v2/users/{}{action}", user_id(&server, name));
        let resp = server
            .client()
            .request(method, server.url(&path))
            .bearer_auth(&server.admin_pat)
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{path}");
        assert_eq!(me(&server, &access).await, 401, "{name} after {path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_ws_server_as_issuer_revoked_jwt_is_refused_by_the_workspace() {
    let idp = TestServer::start_demo().await;
    let workspace = ws_tests::idp::workspace_trusting(&idp, None).await;
    let access = text(&tokens_for(&idp, "alice").await, "access_token");
    assert_eq!(me(&workspace, &access).await, 200);
    revoke(&idp, &access).await;
    // No event crosses processes: the workspace learns it from introspection once
    // its cached answer (≤ 5 s, on the system clock here) ages out. The exact bound is
    // the injected-clock test below; this one proves the real servers get there.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while me(&workspace, &access).await == 200 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "still accepted after 30 s"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(me(&workspace, &access).await, 401);
}

#[tokio::test]
async fn remote_issuer_revoked_jwt_is_refused_within_the_5s_window() {
    let issuer = KeyIssuer::start().await;
    let clock = Arc::new(ManualClock::starting_now());
    let config = AuthConfig::new(&issuer.url, "p1", "api@ws", Secret::new("s"));
    assert_eq!(config.introspection_positive_ttl, Duration::from_secs(5));
    let app = guarded_app(authenticator(config, clock.clone())).await;
    let token = issuer.key.sign(&issuer.claims("p1", clock.unix()));
    assert_eq!(call(&app, "/whoami", Some(&token)).await.status, 200);
    issuer.revoke(&token);
    clock.advance(Duration::from_millis(4_900));
    let cached = call(&app, "/whoami", Some(&token)).await;
    assert_eq!(cached.status, 200, "the cached answer, inside the window");
    clock.advance(Duration::from_millis(100));
    assert_401(&call(&app, "/whoami", Some(&token)).await, "inactive");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_with_one_token_makes_one_introspection_call() {
    let issuer = KeyIssuer::start().await;
    let clock: Arc<dyn Clock> = Arc::new(ManualClock::starting_now());
    let config = AuthConfig::new(&issuer.url, "p1", "api@ws", Secret::new("s"));
    let auth = authenticator(config, clock.clone());
    let token = issuer.key.sign(&issuer.claims("p1", clock.unix()));
    let calls = (0..32).map(|_| {
        let (auth, token) = (auth.clone(), token.clone());
        tokio::spawn(async move { auth.authenticate(&token).await.map(|p| p.sub) })
    });
    for c in calls {
        assert_eq!(c.await.unwrap().unwrap(), "u-crafted");
    }
    assert_eq!(issuer.introspections(), 1);
}

#[tokio::test]
async fn a_revocation_event_evicts_the_cached_answer_at_once() {
    let issuer = KeyIssuer::start().await;
    let clock = Arc::new(ManualClock::starting_now());
    let feed = Arc::new(RevocationFeed::default());
    let config = AuthConfig::new(&issuer.url, "p1", "api@ws", Secret::new("s"));
    let auth = ws_auth::Authenticator::builder(config)
        .clock(clock.clone())
        .revocations(feed.clone())
        .build()
        .unwrap();
    let token = issuer.key.sign(&issuer.claims("p1", clock.unix()));
    assert!(auth.authenticate(&token).await.is_ok());
    issuer.revoke(&token);
    assert!(
        auth.authenticate(&token).await.is_ok(),
        "cached, no event yet"
    );
    feed.subject("someone-else");
    assert!(
        auth.authenticate(&token).await.is_ok(),
        "another user's event"
    );
    feed.subject("u-crafted");
    let e = auth.authenticate(&token).await.unwrap_err();
    assert_eq!(e.reason.code(), "inactive");
}

/// A machine user `name` in Acme with the editor role on the workspace project and a
/// client secret; returns (user id, client secret).
async fn workspace_bot(server: &TestServer, name: &str) -> (String, String) {
    let acme = ws_tests::workspace::org_id(server, "Acme Corp");
    let created = connect(
        server,
        "/zitadel.user.v2.UserService/CreateUser",
        json!({"organizationId": acme, "username": name, "machine": {"name": name}}),
    )
    .await;
    let id = text(&created, "id");
    connect(
        server,
        "/zitadel.authorization.v2.AuthorizationService/CreateAuthorization",
        json!({"userId": id, "projectId": ws_tests::workspace::project_id(server),
               "organizationId": acme, "roleKeys": ["editor"]}),
    )
    .await;
    let secret = connect(
        server,
        "/zitadel.user.v2.UserService/AddSecret",
        json!({"userId": id}),
    )
    .await;
    (id, text(&secret, "clientSecret"))
}

/// An opaque access token (the machine user's default token type) from the client
/// credentials grant, with the workspace project's audience and roles.
async fn opaque_token(server: &TestServer, name: &str, secret: &str) -> String {
    let scope = format!(
        "openid urn:zitadel:iam:org:project:id:{}:aud urn:zitadel:iam:org:projects:roles",
        ws_tests::workspace::project_id(server)
    );
    let body: Value = server
        .client()
        .post(server.url("/oauth/v2/token"))
        .basic_auth(name, Some(secret))
        .form(&[("grant_type", "client_credentials"), ("scope", &scope)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = text(&body, "access_token");
    assert_eq!(token.matches('.').count(), 0, "opaque, not a JWT: {token}");
    token
}

/// A new PAT of user `id`; returns (token id, token).
async fn new_pat(server: &TestServer, id: &str) -> (String, String) {
    let pat = connect(
        server,
        "/zitadel.user.v2.UserService/AddPersonalAccessToken",
        json!({"userId": id}),
    )
    .await;
    (text(&pat, "tokenId"), text(&pat, "token"))
}

async fn deactivate(server: &TestServer, id: &str) {
    connect(
        server,
        "/zitadel.user.v2.UserService/DeactivateUser",
        json!({"userId": id}),
    )
    .await;
}

/// `POST /oauth/v2/revoke` of `token` by the confidential client that got it.
async fn revoke_as(server: &TestServer, token: &str, client_id: &str, secret: &str) {
    let resp = server
        .client()
        .post(server.url("/oauth/v2/revoke"))
        .basic_auth(client_id, Some(secret))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
}

async fn connect(server: &TestServer, path: &str, body: Value) -> Value {
    ws_tests::idp::connect(server, path, body).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_issuer_revoked_opaque_tokens_and_removed_pats_are_refused_at_once() {
    let server = TestServer::start_demo().await;
    let (bot, secret) = workspace_bot(&server, "report-bot").await;
    let token = opaque_token(&server, "report-bot", &secret).await;
    let kept = opaque_token(&server, "report-bot", &secret).await;
    assert_eq!(me(&server, &token).await, 200, "accepted and cached");
    revoke_as(&server, &token, "report-bot", &secret).await;
    assert_eq!(me(&server, &token).await, 401, "revoked opaque token");
    assert_eq!(me(&server, &kept).await, 200, "another token of the user");

    let (pat_id, pat) = new_pat(&server, &bot).await;
    let (_, other_pat) = new_pat(&server, &bot).await;
    assert_eq!(me(&server, &pat).await, 200, "accepted and cached");
    connect(
        &server,
        "/zitadel.user.v2.UserService/RemovePersonalAccessToken",
        json!({"userId": bot, "tokenId": pat_id}),
    )
    .await;
    assert_eq!(me(&server, &pat).await, 401, "removed PAT");
    assert_eq!(me(&server, &other_pat).await, 200, "another PAT");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_issuer_deactivated_users_opaque_tokens_and_pats_are_refused_at_once() {
    let server = TestServer::start_demo().await;
    let (bot, secret) = workspace_bot(&server, "sync-bot").await;
    let token = opaque_token(&server, "sync-bot", &secret).await;
    let (_, pat) = new_pat(&server, &bot).await;
    assert_eq!(me(&server, &token).await, 200);
    assert_eq!(me(&server, &pat).await, 200);
    deactivate(&server, &bot).await;
    assert_eq!(me(&server, &token).await, 401, "opaque token");
    assert_eq!(me(&server, &pat).await, 401, "PAT");
}

/// Polls `/me` at `workspace` with `token` until it is refused; a liveness bound of
/// 30 s (the promised bound, 5 s, is held exactly on an injected clock elsewhere).
async fn refused_eventually(workspace: &TestServer, token: &str, what: &str) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while me(workspace, token).await == 200 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "{what}: still accepted after 30 s"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(me(workspace, token).await, 401, "{what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_ws_server_as_issuer_revoked_opaque_tokens_and_pats_are_refused() {
    let idp = TestServer::start_demo().await;
    let workspace = ws_tests::idp::workspace_trusting(&idp, None).await;
    let (bot, secret) = workspace_bot(&idp, "remote-bot").await;
    let token = opaque_token(&idp, "remote-bot", &secret).await;
    let (pat_id, pat) = new_pat(&idp, &bot).await;
    assert_eq!(me(&workspace, &token).await, 200);
    assert_eq!(me(&workspace, &pat).await, 200);
    revoke_as(&idp, &token, "remote-bot", &secret).await;
    connect(
        &idp,
        "/zitadel.user.v2.UserService/RemovePersonalAccessToken",
        json!({"userId": bot, "tokenId": pat_id}),
    )
    .await;
    refused_eventually(&workspace, &token, "revoked opaque token").await;
    refused_eventually(&workspace, &pat, "removed PAT").await;

    let (other, secret) = workspace_bot(&idp, "remote-bot-2").await;
    let token = opaque_token(&idp, "remote-bot-2", &secret).await;
    let (_, pat) = new_pat(&idp, &other).await;
    assert_eq!(me(&workspace, &token).await, 200);
    assert_eq!(me(&workspace, &pat).await, 200);
    deactivate(&idp, &other).await;
    refused_eventually(&workspace, &token, "deactivated user's opaque token").await;
    refused_eventually(&workspace, &pat, "deactivated user's PAT").await;
}
