//! Opaque tokens and PATs through introspection at the real `ws-server`, counted by
//! a reverse proxy in front of it (the server's issuer URL is the proxy, so every
//! call the validator makes passes through it).
//!
//! Cache semantics under test: an active answer is reused for the positive TTL
//! (30 s), so a revoked PAT is accepted for at most that long after its last
//! introspection; an inactive answer is reused for the negative TTL (5 s) only.

use crate::auth_support;

use std::sync::Arc;
use std::time::Duration;

use auth_support::login::access_token;
use auth_support::proxy::CountingProxy;
use auth_support::{assert_401, authenticator, call, config_for, guarded_app};
use serde_json::{Value, json};
use ws_auth::{ManualClock, Secret};
use ws_identity::secrets::random_token;
use ws_tests::{TestOptions, TestServer};

const INTROSPECT: &str = "/oauth/v2/introspect";

/// The demo server behind a counting proxy that is its public issuer URL.
async fn server_behind_proxy() -> (TestServer, CountingProxy) {
    let proxy = CountingProxy::start().await;
    let mut options = TestOptions {
        demo: true,
        ..TestOptions::default()
    };
    options.config.server.issuer = Some(proxy.url.parse().unwrap());
    let server = TestServer::start_with(options).await;
    proxy.forward_to(&server.base_url);
    (server, proxy)
}

/// A new PAT of the bootstrap service account, through the management API
/// (`AddPersonalAccessToken`); returns (token id, token).
async fn new_pat(server: &TestServer) -> (String, String) {
    let user = server.bootstrap["service_account_user_id"]
        .as_str()
        .unwrap();
    let r: Value = server
        .client()
        .post(server.url(&format!("/v2/users/{user}/pats")))
        .bearer_auth(&server.admin_pat)
        .json(&json!({}))
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    (
        r["tokenId"].as_str().unwrap().to_owned(),
        r["token"].as_str().unwrap().to_owned(),
    )
}

/// Revokes a PAT of the bootstrap service account (`RemovePersonalAccessToken`).
async fn remove_pat(server: &TestServer, token_id: &str) {
    let user = server.bootstrap["service_account_user_id"]
        .as_str()
        .unwrap();
    server
        .client()
        .delete(server.url(&format!("/v2/users/{user}/pats/{token_id}")))
        .bearer_auth(&server.admin_pat)
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pats_are_introspected_once_per_cache_window() {
    let (server, proxy) = server_behind_proxy().await;
    let clock = Arc::new(ManualClock::starting_now());
    let app = guarded_app(authenticator(
        config_for(&server, &proxy.url),
        clock.clone(),
    ))
    .await;

    let me = call(&app, "/whoami", Some(&server.admin_pat)).await;
    assert_eq!(me.status, 200, "{me:?}");
    assert_eq!(me.body["sub"], server.bootstrap["service_account_user_id"]);
    assert_eq!(me.body["org"], server.bootstrap["default_org"]["id"]);
    assert_eq!(me.body["validated"], "Introspection");
    for _ in 0..4 {
        assert_eq!(
            call(&app, "/whoami", Some(&server.admin_pat)).await.status,
            200
        );
    }
    assert_eq!(
        proxy.hits(INTROSPECT),
        1,
        "answers reused within the window"
    );
    clock.advance(Duration::from_secs(5));
    assert_eq!(
        call(&app, "/whoami", Some(&server.admin_pat)).await.status,
        200
    );
    assert_eq!(
        proxy.hits(INTROSPECT),
        2,
        "asked again after the positive TTL"
    );

    // Unknown opaque tokens: inactive, remembered only for seconds.
    let unknown = random_token(32);
    assert_401(&call(&app, "/whoami", Some(&unknown)).await, "inactive");
    assert_401(&call(&app, "/whoami", Some(&unknown)).await, "inactive");
    assert_eq!(proxy.hits(INTROSPECT), 3);
    clock.advance(Duration::from_secs(6));
    assert_401(&call(&app, "/whoami", Some(&unknown)).await, "inactive");
    assert_eq!(
        proxy.hits(INTROSPECT),
        4,
        "negative answers expire after seconds"
    );

    // JWTs are introspected too (only the issuer knows whether one was revoked),
    // once per window as well.
    let alice = access_token(&server, &proxy.url, "alice").await;
    for _ in 0..3 {
        assert_eq!(call(&app, "/whoami", Some(&alice)).await.status, 200);
    }
    assert_eq!(proxy.hits(INTROSPECT), 5);
    assert_eq!(
        proxy.hits("/.well-known/openid-configuration"),
        1,
        "discovery read once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_pat_is_refused_once_the_positive_window_ends() {
    let (server, proxy) = server_behind_proxy().await;
    let clock = Arc::new(ManualClock::starting_now());
    let app = guarded_app(authenticator(
        config_for(&server, &proxy.url),
        clock.clone(),
    ))
    .await;
    let (token_id, token) = new_pat(&server).await;

    assert_eq!(call(&app, "/whoami", Some(&token)).await.status, 200);
    remove_pat(&server, &token_id).await;
    clock.advance(Duration::from_millis(4_900));
    assert_eq!(
        call(&app, "/whoami", Some(&token)).await.status,
        200,
        "still inside the documented 5 s positive window"
    );
    assert_eq!(proxy.hits(INTROSPECT), 1);
    clock.advance(Duration::from_millis(100));
    assert_401(&call(&app, "/whoami", Some(&token)).await, "inactive");
    assert_401(&call(&app, "/whoami", Some(&token)).await, "inactive");
    assert_eq!(
        proxy.hits(INTROSPECT),
        2,
        "the inactive answer is cached briefly"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identity_provider_down_is_503_once_no_answer_is_cached() {
    let server = TestServer::start_demo().await;
    let clock = Arc::new(ManualClock::starting_now());
    let config = config_for(&server, &server.base_url);
    let app = guarded_app(authenticator(config.clone(), clock.clone())).await;

    // A wrong introspection secret is the operator's problem: 503, not the caller's 401.
    let mut wrong = config.clone();
    wrong.introspection_client_secret = Secret::new("not-the-secret");
    let misconfigured = guarded_app(authenticator(wrong, clock.clone())).await;
    let a = call(&misconfigured, "/whoami", Some(&server.admin_pat)).await;
    assert_eq!((a.status, a.code()), (503, "idp_unavailable"), "{a:?}");

    let alice = access_token(&server, &server.base_url, "alice").await;
    let admin_pat = server.admin_pat.clone();
    assert_eq!(call(&app, "/whoami", Some(&alice)).await.status, 200);
    assert_eq!(call(&app, "/whoami", Some(&admin_pat)).await.status, 200);
    let (_, other_pat) = new_pat(&server).await;

    server.stop().unwrap();
    let a = call(&app, "/whoami", Some(&other_pat)).await;
    assert_eq!((a.status, a.code()), (503, "idp_unavailable"), "{a:?}");
    assert_eq!(a.body["request_id"], "test-req-1");
    assert!(a.challenge.is_none());
    // What was already validated keeps working through the outage until its cached
    // introspection answer ages out (5 s); then JWTs too are 503, since only the
    // issuer can say whether they were revoked.
    assert_eq!(call(&app, "/whoami", Some(&admin_pat)).await.status, 200);
    assert_eq!(call(&app, "/whoami", Some(&alice)).await.status, 200);
    clock.advance(Duration::from_secs(6));
    for token in [&admin_pat, &alice] {
        let a = call(&app, "/whoami", Some(token)).await;
        assert_eq!((a.status, a.code()), (503, "idp_unavailable"), "{a:?}");
    }
}
