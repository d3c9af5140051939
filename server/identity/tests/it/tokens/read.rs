//! Introspection, userinfo and revocation.

use axum::http::StatusCode;
use serde_json::json;

use super::fixture::*;

async fn alice_tokens(fx: &Fx, client: &str, scope: &str) -> serde_json::Value {
    let code = fx.code(client, scope, Some(challenge(VERIFIER))).await;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", "http://127.0.0.1:5555/callback"),
        ("client_id", client),
        ("code_verifier", VERIFIER),
    ];
    let r = fx.token(&form).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.body
}

#[tokio::test]
async fn introspection_audience_caller_auth_and_roles() {
    let fx = Fx::new().await;
    let t = alice_tokens(&fx, "ws-cli", "openid profile email offline_access").await;
    let at = t["access_token"].as_str().unwrap();
    let info = fx.introspect(at).await;
    assert_eq!(info["active"], true);
    assert_eq!(info["token_type"], "Bearer");
    assert_eq!(info["username"], "alice@acme.localhost");
    assert_eq!(info["email"], "alice@example.com");
    assert_eq!(info["iss"], ISSUER);
    // The workspace project asserts roles: generic claim = the caller's project.
    assert_eq!(
        info["urn:zitadel:iam:org:project:roles"],
        json!({"admin": {fx.org.id.clone(): "acme.localhost"}})
    );
    for k in [
        "scope",
        "client_id",
        "exp",
        "iat",
        "nbf",
        "sub",
        "aud",
        "jti",
        "auth_time",
    ] {
        assert!(info.get(k).is_some(), "{k} missing: {info}");
    }
    // Refresh tokens, ID tokens, garbage: inactive.
    for t in [
        t["refresh_token"].as_str().unwrap(),
        t["id_token"].as_str().unwrap(),
        "garbage",
        "a.b.c",
    ] {
        assert_eq!(fx.introspect(t).await, json!({"active": false}));
    }
    // Expired.
    fx.advance(12 * 3600);
    assert_eq!(fx.introspect(at).await, json!({"active": false}));
}

#[tokio::test]
async fn introspection_refuses_bad_callers_and_foreign_audiences() {
    let fx = Fx::new().await;
    let t = alice_tokens(&fx, "ws-cli", "openid").await;
    let at = t["access_token"].as_str().unwrap();
    for basic in [Some(("api", "wrong")), Some(("ghost", "x")), None] {
        let r = fx
            .post("/oauth/v2/introspect", &[("token", at)], basic)
            .await;
        assert_eq!(
            (r.status, r.body["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("unauthorized_client")),
            "{basic:?}"
        );
    }
    let r = fx
        .post(
            "/oauth/v2/introspect",
            &[
                ("token", at),
                ("client_id", "api"),
                ("client_secret", "api-secret"),
            ],
            None,
        )
        .await;
    assert_eq!(r.body["error"], "unauthorized_client");
    assert!(r.text.contains("client_secret_basic"));
    // A token for ci-bot without the workspace audience is not the API's business.
    let cc = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", "client_credentials")],
            Some(("ci-bot", "bot-secret")),
        )
        .await;
    let foreign = cc.body["access_token"].as_str().unwrap();
    assert_eq!(fx.introspect(foreign).await, json!({"active": false}));
    // PATs are instance-wide credentials: introspectable by any API.
    let pat = fx.introspect(&fx.pat).await;
    assert_eq!(pat["active"], true);
    assert_eq!(pat["sub"], json!(fx.bot.id));
}

#[tokio::test]
async fn userinfo_with_jwt_opaque_and_pat() {
    let fx = Fx::new().await;
    let t = alice_tokens(&fx, "ws-cli", "openid profile email").await;
    let at = t["access_token"].as_str().unwrap();
    let r = fx.get("/oidc/v1/userinfo", Some(at)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["sub"], json!(fx.alice.id));
    assert_eq!(r.body["given_name"], "Alice");
    assert_eq!(r.body["email_verified"], true);
    assert_eq!(
        r.body["urn:zitadel:iam:org:project:roles"],
        json!({"admin": {fx.org.id.clone(): "acme.localhost"}})
    );
    let post = fx
        .post("/oidc/v1/userinfo", &[("access_token", at)], None)
        .await;
    assert_eq!(post.body["sub"], json!(fx.alice.id));

    let r = fx.get("/oidc/v1/userinfo", Some(&fx.pat)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.body["preferred_username"], "ci-bot@acme.localhost");

    for bad in [None, Some("garbage"), Some(t["id_token"].as_str().unwrap())] {
        let r = fx.get("/oidc/v1/userinfo", bad).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{bad:?}");
        assert_eq!(
            r.headers["www-authenticate"],
            "Bearer error=\"invalid_token\""
        );
    }
}

#[tokio::test]
async fn revocation_of_access_and_refresh_tokens() {
    let fx = Fx::new().await;
    let t = alice_tokens(&fx, "ws-cli", "openid offline_access").await;
    let at = t["access_token"].as_str().unwrap();
    let rt = t["refresh_token"].as_str().unwrap();
    // Another client cannot revoke it (200, no effect); unknown tokens are 200.
    let r = fx
        .post(
            "/oauth/v2/revoke",
            &[("token", at)],
            Some(("web", "web-secret")),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(fx.introspect(at).await["active"], true);
    let r = fx
        .post(
            "/oauth/v2/revoke",
            &[("token", "unknown"), ("client_id", "ws-cli")],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let r = fx.post("/oauth/v2/revoke", &[("token", at)], None).await;
    assert_eq!(r.body["error"], "invalid_client");

    let r = fx
        .post(
            "/oauth/v2/revoke",
            &[
                ("token", at),
                ("client_id", "ws-cli"),
                ("token_type_hint", "access_token"),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(fx.introspect(at).await, json!({"active": false}));
    assert_eq!(
        fx.get("/oidc/v1/userinfo", Some(at)).await.status,
        StatusCode::UNAUTHORIZED
    );

    let r = fx
        .post(
            "/oauth/v2/revoke",
            &[("token", rt), ("client_id", "ws-cli")],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let again = fx
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", rt),
            ("client_id", "ws-cli"),
        ])
        .await;
    assert_eq!(again.body["error"], "invalid_grant");
}

#[tokio::test]
async fn cached_reads_are_dropped_after_a_state_changing_request() {
    let fx = Fx::new().await;
    assert_eq!(
        fx.get("/oidc/v1/userinfo", Some(&fx.pat)).await.status,
        StatusCode::OK
    );
    // Deactivate the PAT's owner behind the provider's back: the cached user may
    // still be served (for at most a second)...
    let users = &fx.state.store.users;
    users
        .set_user_state(&fx.bot.id, ws_storage::UserState::Inactive, NOW)
        .await
        .unwrap();
    // ...until any state-changing request passes through the identity router, as
    // every management API call does.
    let r = fx
        .post(
            "/oauth/v2/device_authorization",
            &[("client_id", "nobody")],
            None,
        )
        .await;
    assert!(r.status.is_client_error(), "{}", r.text);
    let r = fx.get("/oidc/v1/userinfo", Some(&fx.pat)).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.text);
    assert_eq!(fx.introspect(&fx.pat).await, json!({"active": false}));
}

#[tokio::test]
async fn metadata_and_org_scopes_add_their_claims() {
    let fx = Fx::new().await;
    let entry = ws_storage::UserMetadata {
        user_id: fx.alice.id.clone(),
        key: "team".into(),
        value: b"blue?".to_vec(),
    };
    fx.state.store.users.set_metadata(&entry).await.unwrap();
    let scope = format!(
        "openid urn:zitadel:iam:user:metadata urn:zitadel:iam:org:id:{} urn:zitadel:iam:org:domain:primary:acme.localhost",
        fx.org.id
    );
    let t = alice_tokens(&fx, "ws-cli", &scope).await;
    let r = fx
        .get(
            "/oidc/v1/userinfo",
            Some(t["access_token"].as_str().unwrap()),
        )
        .await;
    // base64url without padding of "blue?" (README §9.3).
    assert_eq!(
        r.body["urn:zitadel:iam:user:metadata"],
        json!({"team": "Ymx1ZT8"})
    );
    assert_eq!(r.body["urn:zitadel:iam:org:id"], json!(fx.org.id));
    assert_eq!(
        r.body["urn:zitadel:iam:org:domain:primary"],
        "acme.localhost"
    );
    let id = jwt_claims(t["id_token"].as_str().unwrap());
    assert_eq!(
        id["urn:zitadel:iam:user:metadata"],
        json!({"team": "Ymx1ZT8"})
    );
}
