//! The device-code grant.

use axum::http::StatusCode;
use ws_identity::secrets::digest;
use ws_storage::{DeviceCode, DeviceStatus};

use super::fixture::*;

const DEVICE: &str = "urn:ietf:params:oauth:grant-type:device_code";

async fn device_code(fx: &Fx, user_code: &str) -> String {
    let code = ws_identity::secrets::random_token(32);
    fx.state
        .store
        .oidc
        .insert_device_code(&DeviceCode {
            device_code_digest: digest(&code),
            user_code: user_code.into(),
            client_id: "ws-cli".into(),
            scopes: vec!["openid".into(), "offline_access".into()],
            expires_at: fx.state.clock.now() + 300,
            interval_secs: 5,
            last_poll_at: None,
            status: DeviceStatus::Pending,
        })
        .await
        .unwrap();
    code
}

#[tokio::test]
async fn pending_slow_down_approved_once() {
    let fx = Fx::new().await;
    let code = device_code(&fx, "BCDFGHJK").await;
    let form = [
        ("grant_type", DEVICE),
        ("device_code", code.as_str()),
        ("client_id", "ws-cli"),
    ];
    let poll = || fx.token(&form);
    assert_eq!(poll().await.body["error"], "authorization_pending");
    assert_eq!(poll().await.body["error"], "slow_down");
    fx.advance(6);
    assert_eq!(poll().await.body["error"], "authorization_pending");
    let now = fx.state.clock.now();
    fx.state
        .store
        .oidc
        .approve_device_code("BCDFGHJK", &fx.alice.id, now, &["pwd".to_owned()], now)
        .await
        .unwrap();
    fx.advance(6);
    let r = poll().await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(r.body["refresh_token"].is_string());
    let id = jwt_claims(r.body["id_token"].as_str().unwrap());
    assert_eq!(id["sub"], serde_json::json!(fx.alice.id));
    fx.advance(6);
    assert_eq!(poll().await.body["error"], "invalid_grant");
}

#[tokio::test]
async fn denied_expired_unknown_and_wrong_client() {
    let fx = Fx::new().await;
    let code = device_code(&fx, "LMNPQRST").await;
    let now = fx.state.clock.now();
    fx.state
        .store
        .oidc
        .deny_device_code("LMNPQRST", now)
        .await
        .unwrap();
    let r = fx
        .token(&[
            ("grant_type", DEVICE),
            ("device_code", &code),
            ("client_id", "ws-cli"),
        ])
        .await;
    assert_eq!(r.body["error"], "access_denied");

    let code = device_code(&fx, "VWXZBCDF").await;
    fx.advance(301);
    let r = fx
        .token(&[
            ("grant_type", DEVICE),
            ("device_code", &code),
            ("client_id", "ws-cli"),
        ])
        .await;
    assert_eq!(r.body["error"], "expired_token");

    let r = fx
        .token(&[
            ("grant_type", DEVICE),
            ("device_code", "nope"),
            ("client_id", "ws-cli"),
        ])
        .await;
    assert_eq!(r.body["error"], "invalid_grant");
    let r = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", DEVICE), ("device_code", &code)],
            Some(("web", "web-secret")),
        )
        .await;
    assert_eq!(r.body["error"], "unauthorized_client");
    assert_eq!(fx.rows("refresh_tokens").await, 0);
}

#[tokio::test]
async fn housekeeping_purges_expired_device_codes_only() {
    let fx = Fx::new().await;
    let expired = device_code(&fx, "GHJKLMNP").await;
    fx.advance(301);
    let live = device_code(&fx, "QRSTVWXZ").await;
    assert_eq!(fx.rows("device_codes").await, 2);

    let purged = ws_identity::housekeeping::purge_once(&fx.state)
        .await
        .unwrap();
    assert_eq!(purged, 1, "only the code whose expiry passed goes");
    assert_eq!(fx.rows("device_codes").await, 1);
    // The purged code is unknown now; the live one still polls normally.
    let poll = |code: String| {
        let fx = &fx;
        async move {
            fx.token(&[
                ("grant_type", DEVICE),
                ("device_code", &code),
                ("client_id", "ws-cli"),
            ])
            .await
        }
    };
    assert_eq!(poll(expired).await.body["error"], "invalid_grant");
    assert_eq!(poll(live).await.body["error"], "authorization_pending");
}
