//! Support for the `auth_*` tests: a tiny axum app guarded by the `Principal`
//! extractor on 127.0.0.1:0, an [`issuer::KeyIssuer`] (our own RSA keys behind a
//! real JWKS server) for crafted tokens, a counting reverse [`proxy`] in front of the
//! real `ws-server`, and a form [`login`] that gets real tokens without a browser.

#![allow(dead_code, unreachable_pub, unused_imports)]

pub mod issuer;
/// The form login moved into the harness (`ws_tests::login`) for every test to share.
pub use ws_tests::login;
pub mod proxy;

use std::sync::Arc;

use axum::Json;
use axum::routing::get;
use serde_json::{Value, json};
use ws_auth::{AuthConfig, AuthError, Authenticator, Clock, Principal, Requirement, Secret};
use ws_tests::TestServer;

/// The auth configuration for `server`: its workspace project and introspection
/// client (secret from the 0600 file), with `issuer` (the server or a proxy).
pub fn config_for(server: &TestServer, issuer: &str) -> AuthConfig {
    let file: Value = serde_json::from_slice(
        &std::fs::read(server.data_dir.join("introspection-client.json")).unwrap(),
    )
    .unwrap();
    AuthConfig::new(
        issuer,
        server.bootstrap["project_id"].as_str().unwrap(),
        file["client_id"].as_str().unwrap(),
        Secret::new(file["client_secret"].as_str().unwrap()),
    )
}

/// An authenticator for `config` on `clock`.
pub fn authenticator(config: AuthConfig, clock: Arc<dyn Clock>) -> Authenticator {
    Authenticator::builder(config).clock(clock).build().unwrap()
}

async fn whoami(p: Principal) -> Json<Value> {
    Json(json!({
        "sub": p.sub,
        "org": p.org,
        "roles": p.roles,
        "scopes": p.scopes,
        "client_id": p.client_id,
        "validated": format!("{:?}", p.validated),
    }))
}

async fn admin_only(p: Principal) -> Result<&'static str, AuthError> {
    p.require(Requirement::Role(&["admin"]))?;
    Ok("welcome, admin")
}

async fn needs_scope(p: Principal) -> Result<&'static str, AuthError> {
    p.require(Requirement::Scope("urn:ws:docs.write"))?;
    Ok("scoped")
}

async fn maybe(p: Option<Principal>) -> String {
    p.map_or_else(|| "anonymous".to_owned(), |p| p.sub)
}

/// Serves the guarded app on 127.0.0.1:0; returns its base URL.
pub async fn guarded_app(auth: Authenticator) -> String {
    let app = axum::Router::new()
        .route("/whoami", get(whoami))
        .route("/admin", get(admin_only))
        .route("/scoped", get(needs_scope))
        .route("/maybe", get(maybe))
        .with_state(auth);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// An answer of the guarded app.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub challenge: Option<String>,
    pub body: Value,
}

impl Answer {
    /// The reason code of an error body.
    pub fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or("<no code>")
    }
}

/// GETs `base` + `path` with an optional bearer token.
pub async fn call(base: &str, path: &str, token: Option<&str>) -> Answer {
    let mut req = reqwest::Client::new()
        .get(format!("{base}{path}"))
        .header("x-request-id", "test-req-1");
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let challenge = resp
        .headers()
        .get("www-authenticate")
        .map(|v| v.to_str().unwrap().to_owned());
    let text = resp.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Answer {
        status,
        challenge,
        body,
    }
}

/// Asserts a 401 with `code`, the invalid_token challenge and the request id.
pub fn assert_401(a: &Answer, code: &str) {
    assert_eq!(a.status, 401, "{code}: {a:?}");
    assert_eq!(a.code(), code, "{a:?}");
    let ch = a.challenge.as_deref().unwrap_or_default();
    assert!(
        ch.starts_with("Bearer error=\"invalid_token\", error_description=\""),
        "{ch}"
    );
    assert_eq!(a.body["request_id"], "test-req-1");
}
