//! Discovery, JWKS and signing-key rotation.

use axum::http::StatusCode;
use serde_json::Value;

use super::fixture::*;

#[tokio::test]
async fn discovery_has_zitadel_fields() {
    let fx = Fx::new().await;
    let d = fx.get("/.well-known/openid-configuration", None).await.body;
    assert_eq!(d["issuer"], ISSUER);
    assert_eq!(d["jwks_uri"], format!("{ISSUER}/oauth/v2/keys"));
    assert_eq!(d["token_endpoint"], format!("{ISSUER}/oauth/v2/token"));
    assert_eq!(d["userinfo_endpoint"], format!("{ISSUER}/oidc/v1/userinfo"));
    assert_eq!(
        d["end_session_endpoint"],
        format!("{ISSUER}/oidc/v1/end_session")
    );
    assert_eq!(
        d["device_authorization_endpoint"],
        format!("{ISSUER}/oauth/v2/device_authorization")
    );
    assert_eq!(
        d["code_challenge_methods_supported"],
        serde_json::json!(["S256"])
    );
    assert_eq!(
        d["id_token_signing_alg_values_supported"],
        serde_json::json!(["RS256"])
    );
    let grants: Vec<&str> = d["grant_types_supported"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for g in [
        "urn:ietf:params:oauth:grant-type:device_code",
        "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "client_credentials",
    ] {
        assert!(grants.contains(&g), "{g}");
    }
}

#[tokio::test]
async fn rotation_keeps_old_key_published_until_its_tokens_expired() {
    let fx = Fx::new().await;
    let r = fx.get("/oauth/v2/keys", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers["cache-control"], "public, max-age=300");
    let kids = |v: &Value| {
        v["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["kid"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(kids(&r.body), ["100"]);
    assert_eq!(r.body["keys"][0]["alg"], "RS256");
    assert_eq!(r.body["keys"][0]["e"], "AQAB");

    let old = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", "client_credentials"), ("scope", "openid")],
            Some(("ci-bot", "bot-secret")),
        )
        .await;
    let old_id_token = old.body["id_token"].as_str().unwrap().to_owned();
    // The signing period of key 100 ends (30 days): the next grant makes a new key.
    fx.advance(30 * 86400);
    let new = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", "client_credentials"), ("scope", "openid")],
            Some(("ci-bot", "bot-secret")),
        )
        .await;
    assert_eq!(new.status, StatusCode::OK, "{}", new.text);
    let header = jsonwebtoken::decode_header(new.body["id_token"].as_str().unwrap()).unwrap();
    let new_kid = header.kid.unwrap();
    assert_ne!(new_kid, "100");
    let jwks = fx.get("/oauth/v2/keys", None).await.body;
    assert_eq!(kids(&jwks), ["100", new_kid.as_str()]);
    assert!(ws_identity::tokens::verify_own_jwt(&fx.state, &old_id_token, true).is_ok());
    // Key 100 is published until one day after its period: then it is gone.
    fx.advance(86400);
    assert_eq!(
        kids(&fx.get("/oauth/v2/keys", None).await.body),
        [new_kid.as_str()]
    );
    assert!(ws_identity::tokens::verify_own_jwt(&fx.state, &old_id_token, true).is_err());
}

#[tokio::test]
async fn a_restarted_provider_loads_the_stored_keys_and_accepts_old_tokens() {
    let fx = Fx::new().await;
    let r = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", "client_credentials")],
            Some(("jwt-bot", "jwt-secret")),
        )
        .await;
    let at = r.body["access_token"].as_str().unwrap().to_owned();
    // A new process over the same database, which never called ensure_signing_keys.
    let mut state =
        ws_identity::IdentityState::new((*fx.state.config).clone(), fx.state.store.clone());
    state.clock = fx.clock.clone();
    state.master_keys = fx.state.master_keys.clone();
    assert!(!state.signing.is_loaded());
    let router = ws_identity::router(state.clone());
    let req = axum::http::Request::get("/oidc/v1/userinfo")
        .header("authorization", format!("Bearer {at}"))
        .body(axum::body::Body::empty())
        .unwrap();
    let resp = tower::ServiceExt::oneshot(router, req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(state.signing.is_loaded());
    assert!(
        state.signing.get("100", NOW).is_some(),
        "the stored key, not a new one"
    );
}
