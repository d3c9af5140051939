//! authorization_code + PKCE.

use axum::http::StatusCode;
use serde_json::Value;

use super::fixture::*;

const CB: &str = "http://127.0.0.1:5555/callback";

#[tokio::test]
async fn code_with_pkce_issues_tokens_once_and_replay_revokes() {
    let fx = Fx::new().await;
    let code = fx
        .code(
            "ws-cli",
            "openid profile email offline_access",
            Some(challenge(VERIFIER)),
        )
        .await;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", CB),
        ("client_id", "ws-cli"),
        ("code_verifier", VERIFIER),
    ];
    let r = fx.token(&form).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.headers["cache-control"], "no-store");
    assert_eq!(r.body["token_type"], "Bearer");
    let at = r.body["access_token"].as_str().unwrap();
    let claims = jwt_claims(at);
    assert_eq!(claims["iss"], ISSUER);
    assert_eq!(claims["sub"], Value::String(fx.alice.id.clone()));
    assert_eq!(claims["client_id"], "ws-cli");
    assert_eq!(claims["aud"], serde_json::json!(["ws-cli", fx.project.id]));
    assert_eq!(
        claims["urn:zitadel:iam:user:resourceowner:id"],
        Value::String(fx.org.id.clone())
    );
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        12 * 3600
    );
    let id = jwt_claims(r.body["id_token"].as_str().unwrap());
    assert_eq!(id["nonce"], "n-0S6_WzA2Mj");
    assert_eq!(id["azp"], "ws-cli");
    assert_eq!(id["auth_time"], NOW - 10);
    assert_eq!(id["email"], "alice@example.com");
    assert_eq!(id["preferred_username"], "alice@acme.localhost");
    // The app asserts roles in ID tokens: both claim forms, org id → primary domain.
    let roles = serde_json::json!({"admin": {fx.org.id.clone(): "acme.localhost"}});
    assert_eq!(id["urn:zitadel:iam:org:project:roles"], roles);
    assert_eq!(
        id[format!("urn:zitadel:iam:org:project:{}:roles", fx.project.id)],
        roles
    );
    let rt = r.body["refresh_token"].as_str().unwrap().to_owned();
    assert_eq!(fx.rows("refresh_tokens").await, 1);

    // Second use: refused, and the refresh token and access token are revoked.
    let again = fx.token(&form).await;
    assert_eq!(
        (again.status, again.body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_grant"))
    );
    assert!(
        again.body["error_description"]
            .as_str()
            .unwrap()
            .contains("already used")
    );
    let refresh = fx
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", &rt),
            ("client_id", "ws-cli"),
        ])
        .await;
    assert_eq!(refresh.body["error"], "invalid_grant", "{}", refresh.text);
    assert_eq!(
        fx.introspect(at).await,
        serde_json::json!({"active": false})
    );
}

#[tokio::test]
async fn code_failures_are_rfc_errors_and_store_no_tokens() {
    let fx = Fx::new().await;
    let wrong_verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXx";
    type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let cases: Vec<Case> = vec![
        (
            "wrong verifier",
            vec![("code_verifier", wrong_verifier)],
            "invalid_grant",
            "does not match",
        ),
        ("no verifier", vec![], "invalid_request", "code_verifier"),
        (
            "redirect mismatch",
            vec![
                ("code_verifier", VERIFIER),
                ("redirect_uri", "http://127.0.0.1:5556/callback"),
            ],
            "invalid_grant",
            "redirect_uri",
        ),
    ];
    for (name, extra, code_want, desc_want) in cases {
        let code = fx
            .code("ws-cli", "openid offline_access", Some(challenge(VERIFIER)))
            .await;
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("client_id", "ws-cli"),
        ];
        if !extra.iter().any(|(k, _)| *k == "redirect_uri") {
            form.push(("redirect_uri", CB));
        }
        form.extend(extra);
        let r = fx.token(&form).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{name}: {}", r.text);
        assert_eq!(r.body["error"], code_want, "{name}");
        assert!(
            r.body["error_description"]
                .as_str()
                .unwrap()
                .contains(desc_want),
            "{name}: {}",
            r.text
        );
    }
    // Public client without PKCE at all.
    let code = fx.code("ws-cli", "openid", None).await;
    let r = fx
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("client_id", "ws-cli"),
            ("redirect_uri", CB),
        ])
        .await;
    assert_eq!(r.body["error"], "invalid_grant");
    // Unknown code, missing code, unknown client, code of another client.
    let r = fx
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", "nope"),
            ("client_id", "ws-cli"),
            ("redirect_uri", CB),
        ])
        .await;
    assert_eq!(r.body["error"], "invalid_grant");
    let r = fx
        .token(&[
            ("grant_type", "authorization_code"),
            ("client_id", "ws-cli"),
            ("redirect_uri", CB),
        ])
        .await;
    assert_eq!(r.body["error"], "invalid_request");
    assert!(r.text.contains("'code'"));
    let r = fx
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", "x"),
            ("client_id", "ghost"),
            ("redirect_uri", CB),
        ])
        .await;
    assert_eq!(
        (r.status, r.body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_client"))
    );
    let code = fx.code("web", "openid", None).await;
    let r = fx
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("client_id", "ws-cli"),
            ("redirect_uri", CB),
            ("code_verifier", VERIFIER),
        ])
        .await;
    assert_eq!(r.body["error"], "invalid_grant");
    assert_eq!(fx.rows("refresh_tokens").await, 0);
}

#[tokio::test]
async fn expired_code_and_confidential_client() {
    let fx = Fx::new().await;
    let code = fx.code("web", "openid", None).await;
    fx.advance(601);
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", CB),
    ];
    let r = fx
        .post("/oauth/v2/token", &form, Some(("web", "web-secret")))
        .await;
    assert_eq!(r.body["error"], "invalid_grant");
    assert!(r.text.contains("expired"));

    let code = fx.code("web", "openid", None).await;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", CB),
    ];
    let r = fx
        .post("/oauth/v2/token", &form, Some(("web", "wrong")))
        .await;
    assert_eq!(
        (r.status, r.body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_client"))
    );
    let r = fx
        .post("/oauth/v2/token", &form, Some(("web", "web-secret")))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    // The web app receives opaque access tokens; introspection reads them.
    let at = r.body["access_token"].as_str().unwrap();
    assert_eq!(at.matches('.').count(), 0);
    let info = fx.introspect(at).await;
    assert_eq!(info["active"], true);
    assert_eq!(info["client_id"], "web");
    assert_eq!(info["sub"], serde_json::json!(fx.alice.id));
    // client_secret_post works too, and the web app may not use refresh_token.
    let r = fx
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "x"),
            ("client_id", "web"),
            ("client_secret", "web-secret"),
        ])
        .await;
    assert_eq!(r.body["error"], "unauthorized_client");
}
