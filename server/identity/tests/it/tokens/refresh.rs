//! refresh_token with rotation and reuse detection.

use axum::http::StatusCode;

use super::fixture::*;

#[tokio::test]
async fn rotation_and_reuse_revokes_family() {
    let fx = Fx::new().await;
    let code = fx
        .code("ws-cli", "openid offline_access", Some(challenge(VERIFIER)))
        .await;
    let r = fx
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", "http://127.0.0.1:5555/callback"),
            ("client_id", "ws-cli"),
            ("code_verifier", VERIFIER),
        ])
        .await;
    let rt1 = r.body["refresh_token"].as_str().unwrap().to_owned();
    let refresh = |rt: String| {
        let fx = &fx;
        async move {
            fx.token(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", &rt),
                ("client_id", "ws-cli"),
            ])
            .await
        }
    };
    let r2 = refresh(rt1.clone()).await;
    assert_eq!(r2.status, StatusCode::OK, "{}", r2.text);
    let rt2 = r2.body["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(rt1, rt2);
    let id = jwt_claims(r2.body["id_token"].as_str().unwrap());
    assert_eq!(id["auth_time"], NOW - 10);

    // Narrowing is allowed, widening is not.
    let wide = fx
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", &rt2),
            ("client_id", "ws-cli"),
            ("scope", "openid email"),
        ])
        .await;
    assert_eq!(wide.body["error"], "invalid_scope");

    // Reusing rt1 revokes the family: rt2 dies too.
    let reuse = refresh(rt1).await;
    assert_eq!(reuse.body["error"], "invalid_grant");
    assert!(reuse.text.contains("already used"), "{}", reuse.text);
    let dead = refresh(rt2).await;
    assert_eq!(dead.body["error"], "invalid_grant");
    assert!(dead.text.contains("revoked"), "{}", dead.text);
}

#[tokio::test]
async fn refresh_expiry_wrong_client_and_no_offline_access() {
    let fx = Fx::new().await;
    let code = fx.code("ws-cli", "openid", Some(challenge(VERIFIER))).await;
    let r = fx
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", "http://127.0.0.1:5555/callback"),
            ("client_id", "ws-cli"),
            ("code_verifier", VERIFIER),
        ])
        .await;
    assert!(
        r.body.get("refresh_token").is_none(),
        "no offline_access, no refresh token"
    );

    let code = fx
        .code("ws-cli", "openid offline_access", Some(challenge(VERIFIER)))
        .await;
    let r = fx
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", "http://127.0.0.1:5555/callback"),
            ("client_id", "ws-cli"),
            ("code_verifier", VERIFIER),
        ])
        .await;
    let rt = r.body["refresh_token"].as_str().unwrap().to_owned();
    let other = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", "refresh_token"), ("refresh_token", &rt)],
            Some(("web", "web-secret")),
        )
        .await;
    assert_eq!(other.body["error"], "unauthorized_client");
    fx.advance(31 * 86400);
    let late = fx
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", &rt),
            ("client_id", "ws-cli"),
        ])
        .await;
    assert_eq!(late.body["error"], "invalid_grant");
    assert!(late.text.contains("expired"), "{}", late.text);
    let unknown = fx
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "nope"),
            ("client_id", "ws-cli"),
        ])
        .await;
    assert_eq!(unknown.body["error"], "invalid_grant");
}
