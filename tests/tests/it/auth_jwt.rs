//! `ws-auth` against real JWTs from the real `ws-server` (demo tenants) and against
//! crafted ones from an issuer of our own: each bad token is a 401 with its reason.

use crate::auth_support;

use std::sync::Arc;

use auth_support::issuer::{KeyIssuer, bad_tokens, hs256, tampered};
use auth_support::login::access_token;
use auth_support::{assert_401, authenticator, call, config_for, guarded_app};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rsa::pkcs8::{EncodePublicKey, LineEnding};
use serde_json::{Value, json};
use ws_auth::{AuthConfig, Secret, SystemClock};
use ws_tests::TestServer;

fn demo_user_id(server: &TestServer, name: &str) -> String {
    let users = server.demo_credentials.as_ref().unwrap()["users"]
        .as_array()
        .unwrap();
    let u = users.iter().find(|u| u["username"] == name).unwrap();
    u["user_id"].as_str().unwrap().to_owned()
}

fn org_id(server: &TestServer, name: &str) -> String {
    let orgs = server.bootstrap["orgs"].as_array().unwrap();
    let o = orgs.iter().find(|o| o["name"] == name).unwrap();
    o["id"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_jwts_give_principals_with_org_and_roles() {
    let server = TestServer::start_demo().await;
    let auth = authenticator(config_for(&server, &server.base_url), Arc::new(SystemClock));
    let app = guarded_app(auth).await;
    let (acme, globex) = (org_id(&server, "Acme Corp"), org_id(&server, "Globex Inc"));

    let alice = access_token(&server, &server.base_url, "alice").await;
    let me = call(&app, "/whoami", Some(&alice)).await;
    assert_eq!(me.status, 200, "{me:?}");
    assert_eq!(me.body["sub"], demo_user_id(&server, "alice"));
    assert_eq!(me.body["org"], acme.as_str());
    assert_eq!(me.body["roles"], json!({"admin": [acme]}));
    assert_eq!(me.body["validated"], "Jwt");
    assert!(
        me.body["scopes"]
            .as_array()
            .unwrap()
            .contains(&json!("openid"))
    );
    assert_eq!(me.body["client_id"], server.bootstrap["cli_client_id"]);
    assert_eq!(call(&app, "/admin", Some(&alice)).await.status, 200);

    // charlie is a Globex user whose viewer role comes through Acme's project grant.
    let charlie = access_token(&server, &server.base_url, "charlie").await;
    let me = call(&app, "/whoami", Some(&charlie)).await;
    assert_eq!(me.status, 200, "{me:?}");
    assert_eq!(me.body["org"], globex.as_str());
    assert_eq!(me.body["roles"], json!({"viewer": [globex]}));
    let denied = call(&app, "/admin", Some(&charlie)).await;
    assert_eq!(
        (denied.status, denied.code()),
        (403, "forbidden"),
        "{denied:?}"
    );
    assert!(denied.challenge.is_none());
    let scoped = call(&app, "/scoped", Some(&charlie)).await;
    assert_eq!((scoped.status, scoped.code()), (403, "insufficient_scope"));
    assert!(
        scoped
            .challenge
            .unwrap()
            .contains("scope=\"urn:ws:docs.write\"")
    );

    // Charlie's token with alice's id pasted in no longer verifies.
    let forged = tampered(&charlie, |p| {
        p["sub"] = json!(demo_user_id(&server, "alice"))
    });
    assert_401(&call(&app, "/whoami", Some(&forged)).await, "bad_signature");

    // HS256 "signed" with the server's own RSA public key (the key-confusion attack).
    let confused = confused_with_server_key(&server, &alice).await;
    assert_401(
        &call(&app, "/whoami", Some(&confused)).await,
        "unsupported_algorithm",
    );

    let none = call(&app, "/whoami", None).await;
    assert_eq!((none.status, none.code()), (401, "missing_token"));
    assert_eq!(none.challenge.as_deref(), Some("Bearer"));
}

/// `token`'s claims as HS256 with the PEM of the server's published RSA key as secret.
async fn confused_with_server_key(server: &TestServer, token: &str) -> String {
    let jwks: Value = reqwest::get(server.url("/oauth/v2/keys"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let jwk = &jwks["keys"][0];
    let int = |name: &str| {
        let bytes = URL_SAFE_NO_PAD.decode(jwk[name].as_str().unwrap()).unwrap();
        rsa::BigUint::from_bytes_be(&bytes)
    };
    let pem = rsa::RsaPublicKey::new(int("n"), int("e"))
        .unwrap()
        .to_public_key_pem(LineEnding::LF)
        .unwrap();
    let payload = URL_SAFE_NO_PAD
        .decode(token.split('.').nth(1).unwrap())
        .unwrap();
    let claims: Value = serde_json::from_slice(&payload).unwrap();
    hs256(jwk["kid"].as_str().unwrap(), pem.as_bytes(), &claims)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn crafted_tokens_are_refused_each_with_its_reason() {
    let issuer = KeyIssuer::start().await;
    let config = AuthConfig::new(&issuer.url, "project-1", "api@ws", Secret::new("unused"));
    let app = guarded_app(authenticator(config, Arc::new(SystemClock))).await;
    let t = now();
    let good = issuer.claims("project-1", t);
    let valid = issuer.key.sign(&good);
    let me = call(&app, "/whoami", Some(&valid)).await;
    assert_eq!(me.status, 200, "{me:?}");
    assert_eq!(me.body["roles"], json!({"editor": ["org-crafted"]}));
    assert_eq!(call(&app, "/scoped", Some(&valid)).await.status, 200);

    let cases = bad_tokens(&issuer, &good, &valid, t);
    // Optional authentication: anonymous without a header, still strict with one.
    assert_eq!(call(&app, "/maybe", None).await.body, "anonymous");
    assert_eq!(call(&app, "/maybe", Some(&valid)).await.body, "u-crafted");
    assert_401(&call(&app, "/maybe", Some(&cases[0].1)).await, "expired");

    for (code, token) in &cases {
        let a = call(&app, "/whoami", Some(token)).await;
        assert_401(&a, code);
        let text = a.body.to_string() + a.challenge.as_deref().unwrap_or_default();
        assert!(!text.contains(token.as_str()), "the token is never echoed");
    }
}
