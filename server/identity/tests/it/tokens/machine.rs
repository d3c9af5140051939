//! client_credentials and jwt-bearer for machine users.

use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};

use super::fixture::*;

const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";

#[tokio::test]
async fn client_credentials_basic_and_post() {
    let fx = Fx::new().await;
    let scope = format!(
        "openid urn:zitadel:iam:org:project:id:{}:aud urn:zitadel:iam:org:project:id:zitadel:aud",
        fx.project.id
    );
    let r = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", "client_credentials"), ("scope", &scope)],
            Some(("ci-bot", "bot-secret")),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(r.body.get("refresh_token").is_none());
    // ci-bot's access-token type is Bearer: opaque, read through introspection.
    let at = r.body["access_token"].as_str().unwrap();
    assert!(!at.contains('.'));
    let info = fx.introspect(at).await;
    assert_eq!(info["active"], true);
    assert_eq!(info["client_id"], "ci-bot");
    assert_eq!(info["username"], "ci-bot@acme.localhost");
    assert_eq!(info["aud"], json!(["ci-bot", fx.project.id, "zitadel"]));
    let id = jwt_claims(r.body["id_token"].as_str().unwrap());
    assert_eq!(id["sub"], json!(fx.bot.id));

    let r = fx
        .token(&[
            ("grant_type", "client_credentials"),
            ("client_id", "ci-bot"),
            ("client_secret", "bot-secret"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(r.body.get("id_token").is_none(), "no openid, no ID token");

    for (id, secret) in [
        ("ci-bot", "guess-123"),
        ("ghost", "bot-secret"),
        ("alice", "guess-456"),
    ] {
        let r = fx
            .post(
                "/oauth/v2/token",
                &[("grant_type", "client_credentials")],
                Some((id, secret)),
            )
            .await;
        assert_eq!(
            (r.status, r.body["error"].as_str()),
            (StatusCode::UNAUTHORIZED, Some("invalid_client")),
            "{id}"
        );
        assert!(!r.text.contains(secret), "the secret must not be echoed");
    }
    let r = fx.token(&[("grant_type", "client_credentials")]).await;
    assert_eq!(r.body["error"], "invalid_client");
}

fn assertion(fx: &Fx, claims: Value, kid: &str) -> String {
    let mut h = Header::new(Algorithm::RS256);
    h.kid = Some(kid.to_owned());
    let key = EncodingKey::from_rsa_pem(shared_keys().1.as_bytes()).unwrap();
    let _ = fx;
    jsonwebtoken::encode(&h, &claims, &key).unwrap()
}

#[tokio::test]
async fn jwt_bearer_success_gives_jwt_with_roles() {
    let fx = Fx::new().await;
    let uid = fx.jwtbot.id.clone();
    let a = assertion(
        &fx,
        json!({"iss": uid, "sub": uid, "aud": ISSUER, "iat": NOW, "exp": NOW + 3600}),
        &fx.machine_key_id,
    );
    let scope = format!(
        "openid urn:zitadel:iam:org:project:id:{}:aud",
        fx.project.id
    );
    let r = fx
        .token(&[
            ("grant_type", JWT_BEARER),
            ("assertion", &a),
            ("scope", &scope),
        ])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let at = jwt_claims(r.body["access_token"].as_str().unwrap());
    assert_eq!(at["sub"], json!(uid));
    assert_eq!(at["client_id"], json!(uid));
    assert_eq!(at["scope"], scope);
    let roles = json!({"viewer": {fx.org.id.clone(): "acme.localhost"}});
    assert_eq!(
        at[format!("urn:zitadel:iam:org:project:{}:roles", fx.project.id)],
        roles
    );
    assert_eq!(
        at["urn:zitadel:iam:user:resourceowner:primary_domain"],
        "acme.localhost"
    );
    for k in ["iss", "aud", "exp", "iat", "nbf", "jti"] {
        assert!(at.get(k).is_some(), "{k}");
    }
}

#[tokio::test]
async fn jwt_bearer_refusals() {
    let fx = Fx::new().await;
    let uid = fx.jwtbot.id.clone();
    let kid = fx.machine_key_id.clone();
    let good = json!({"iss": uid, "sub": uid, "aud": ISSUER, "iat": NOW, "exp": NOW + 3600});
    let mut cases: Vec<(&str, String, &str)> = Vec::new();
    let mut with = |name, f: &dyn Fn(&mut Value), want| {
        let mut c = good.clone();
        f(&mut c);
        cases.push((name, assertion(&fx, c, &kid), want));
    };
    with(
        "expired",
        &|c| {
            c["iat"] = json!(NOW - 7200);
            c["exp"] = json!(NOW - 3600);
        },
        "expired",
    );
    with("wrong aud", &|c| c["aud"] = json!("http://evil"), "'aud'");
    with("wrong sub", &|c| c["sub"] = json!("123"), "'iss' and 'sub'");
    with(
        "too long",
        &|c| c["exp"] = json!(NOW + 86400),
        "longer than one hour",
    );
    with("future", &|c| c["iat"] = json!(NOW + 600), "future");
    cases.push(("unknown kid", assertion(&fx, good.clone(), "999"), "no key"));
    let signed = assertion(&fx, good.clone(), &kid);
    let parts: Vec<&str> = signed.split('.').collect();
    let forged = URL_SAFE_NO_PAD.encode(
        json!({"iss": uid, "sub": uid, "aud": ISSUER, "iat": NOW, "exp": NOW + 60}).to_string(),
    );
    cases.push((
        "tampered",
        format!("{}.{forged}.{}", parts[0], parts[2]),
        "signature",
    ));
    for alg in ["none", "HS256"] {
        let h = URL_SAFE_NO_PAD.encode(format!(r#"{{"alg":"{alg}","kid":"{kid}"}}"#));
        cases.push((alg, format!("{h}.{}.", parts[1]), "only RS256"));
    }
    let hs = jsonwebtoken::encode(
        &Header {
            kid: Some(kid.clone()),
            ..Header::new(Algorithm::HS256)
        },
        &good,
        &EncodingKey::from_secret(shared_keys().2.as_bytes()),
    )
    .unwrap();
    cases.push(("hs256 keyed with public key", hs, "only RS256"));
    cases.push(("garbage", "not-a-jwt".into(), "malformed"));
    for (name, a, want) in cases {
        let r = fx
            .token(&[("grant_type", JWT_BEARER), ("assertion", &a)])
            .await;
        assert_eq!(
            (r.status, r.body["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid_grant")),
            "{name}: {}",
            r.text
        );
        assert!(
            r.body["error_description"].as_str().unwrap().contains(want),
            "{name}: {}",
            r.text
        );
    }
    let r = fx.token(&[("grant_type", JWT_BEARER)]).await;
    assert_eq!(r.body["error"], "invalid_request");
    // The key expires after a day.
    fx.advance(86400);
    let late = assertion(
        &fx,
        json!({"iss": uid, "sub": uid, "aud": ISSUER, "iat": NOW + 86400, "exp": NOW + 86400 + 60}),
        &kid,
    );
    let r = fx
        .token(&[("grant_type", JWT_BEARER), ("assertion", &late)])
        .await;
    assert!(r.text.contains("key has expired"), "{}", r.text);
    assert_eq!(
        fx.rows("refresh_tokens").await + fx.rows("revoked_access_tokens").await,
        0
    );
}

#[tokio::test]
async fn token_endpoint_bad_requests() {
    let fx = Fx::new().await;
    let r = fx
        .token(&[("grant_type", "password"), ("username", "a")])
        .await;
    assert_eq!(r.body["error"], "unsupported_grant_type");
    let r = fx.token(&[]).await;
    assert_eq!(r.body["error"], "invalid_request");
    assert!(r.text.contains("grant_type"));
    let r = fx
        .token(&[
            ("grant_type", "client_credentials"),
            ("grant_type", "client_credentials"),
        ])
        .await;
    assert!(r.text.contains("repeated"), "{}", r.text);
    let req = axum::http::Request::post("/oauth/v2/token")
        .header("content-type", "application/json")
        .body(axum::body::Body::from("{}"))
        .unwrap();
    let r = fx.send(req).await;
    assert_eq!(r.body["error"], "invalid_request");
    let r = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", "client_credentials"), ("scope", "a\u{7f}b")],
            Some(("ci-bot", "bot-secret")),
        )
        .await;
    assert_eq!(r.body["error"], "invalid_scope");
}
