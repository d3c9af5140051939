//! [`KeyIssuer`]: an issuer of our own for crafted tokens. RSA keys generated here,
//! published by a real HTTP server on 127.0.0.1:0 (discovery + JWKS) that counts the
//! JWKS fetches, so the validator's caching can be observed from outside.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::State;
use axum::routing::{get, post};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::{EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde_json::{Value, json};

/// One RSA signing key.
pub struct Key {
    pub kid: String,
    pub encoding: EncodingKey,
    /// The public key as PEM (what an HS256 confusion attack signs with).
    pub public_pem: String,
    pub jwk: Value,
}

impl Key {
    /// A fresh 2048-bit key named `kid`.
    pub fn generate(kid: &str) -> Key {
        let private = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let public = RsaPublicKey::from(&private);
        let pem = private.to_pkcs1_pem(LineEnding::LF).unwrap();
        let b64 = |b: Vec<u8>| URL_SAFE_NO_PAD.encode(b);
        Key {
            kid: kid.to_owned(),
            encoding: EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap(),
            public_pem: public.to_public_key_pem(LineEnding::LF).unwrap(),
            jwk: json!({
                "kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
                "n": b64(public.n().to_bytes_be()), "e": b64(public.e().to_bytes_be()),
            }),
        }
    }

    /// `claims` signed with this key as `alg` (RS256, RS384, …), header `kid`.
    pub fn sign_as(&self, alg: Algorithm, claims: &Value) -> String {
        let mut h = Header::new(alg);
        h.kid = Some(self.kid.clone());
        encode(&h, claims, &self.encoding).unwrap()
    }

    /// `claims` signed RS256.
    pub fn sign(&self, claims: &Value) -> String {
        self.sign_as(Algorithm::RS256, claims)
    }
}

#[derive(Clone)]
struct Published {
    issuer: String,
    jwks: Arc<Mutex<Vec<Value>>>,
    fetches: Arc<AtomicUsize>,
    introspections: Arc<AtomicUsize>,
    revoked: Arc<Mutex<HashSet<String>>>,
}

/// An issuer URL serving discovery and a JWKS made of the published keys.
pub struct KeyIssuer {
    pub url: String,
    pub key: Key,
    published: Published,
}

impl KeyIssuer {
    /// Starts the server with one published key, `k1`.
    pub async fn start() -> KeyIssuer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let key = Key::generate("k1");
        let published = Published {
            issuer: url.clone(),
            jwks: Arc::new(Mutex::new(vec![key.jwk.clone()])),
            fetches: Arc::default(),
            introspections: Arc::default(),
            revoked: Arc::default(),
        };
        let app = axum::Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/keys", get(jwks))
            .route("/introspect", post(introspect))
            .with_state(published.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        KeyIssuer {
            url,
            key,
            published,
        }
    }

    /// Adds a key to the published set (a rotation).
    pub fn publish(&self, key: &Key) {
        self.published.jwks.lock().unwrap().push(key.jwk.clone());
    }

    /// Removes the key `kid` from the published set.
    pub fn withdraw(&self, kid: &str) {
        self.published
            .jwks
            .lock()
            .unwrap()
            .retain(|k| k["kid"] != kid);
    }

    /// How many times the JWKS was fetched.
    pub fn jwks_fetches(&self) -> usize {
        self.published.fetches.load(Ordering::SeqCst)
    }

    /// How many introspection calls were made.
    pub fn introspections(&self) -> usize {
        self.published.introspections.load(Ordering::SeqCst)
    }

    /// From now on introspection answers `active: false` for `token`.
    pub fn revoke(&self, token: &str) {
        self.published
            .revoked
            .lock()
            .unwrap()
            .insert(token.to_owned());
    }

    /// Valid claims for `audience`: issued now, expiring in 10 minutes.
    pub fn claims(&self, audience: &str, now: i64) -> Value {
        json!({
            "iss": self.url, "sub": "u-crafted", "aud": ["cli@ws", audience],
            "iat": now, "nbf": now, "exp": now + 600,
            "client_id": "cli@ws", "scope": "openid urn:ws:docs.write",
            "urn:zitadel:iam:user:resourceowner:id": "org-crafted",
            format!("urn:zitadel:iam:org:project:{audience}:roles"): {
                "editor": {"org-crafted": "crafted.localhost"}
            },
        })
    }
}

async fn discovery(State(p): State<Published>) -> Json<Value> {
    Json(json!({
        "issuer": p.issuer,
        "jwks_uri": format!("{}/keys", p.issuer),
        "introspection_endpoint": format!("{}/introspect", p.issuer),
    }))
}

async fn jwks(State(p): State<Published>) -> Json<Value> {
    p.fetches.fetch_add(1, Ordering::SeqCst);
    Json(json!({ "keys": *p.jwks.lock().unwrap() }))
}

/// RFC 7662: the token's own claims with `active: true`, or `active: false` once
/// revoked.
async fn introspect(
    State(p): State<Published>,
    axum::Form(form): axum::Form<std::collections::HashMap<String, String>>,
) -> Json<Value> {
    p.introspections.fetch_add(1, Ordering::SeqCst);
    let token = form.get("token").cloned().unwrap_or_default();
    let claims = token
        .split('.')
        .nth(1)
        .and_then(|b| URL_SAFE_NO_PAD.decode(b).ok())
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
    match claims {
        Some(Value::Object(mut c)) if !p.revoked.lock().unwrap().contains(&token) => {
            c.insert("active".into(), json!(true));
            Json(Value::Object(c))
        }
        _ => Json(json!({"active": false})),
    }
}

/// `header.payload.` of an unsigned (`alg: none`) token.
pub fn unsigned(kid: &str, claims: &Value) -> String {
    let enc = |v: &Value| URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap());
    format!(
        "{}.{}.",
        enc(&json!({"alg": "none", "kid": kid, "typ": "JWT"})),
        enc(claims)
    )
}

/// `claims` as HS256 with `secret` (e.g. an RSA public key's PEM) as the HMAC key.
pub fn hs256(kid: &str, secret: &[u8], claims: &Value) -> String {
    let mut h = Header::new(Algorithm::HS256);
    h.kid = Some(kid.to_owned());
    encode(&h, claims, &EncodingKey::from_secret(secret)).unwrap()
}

/// `jwt` with its payload replaced by `edit(payload)`, signature kept.
pub fn tampered(jwt: &str, edit: impl FnOnce(&mut Value)) -> String {
    let parts: Vec<&str> = jwt.split('.').collect();
    let mut payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    edit(&mut payload);
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&payload).unwrap());
    format!("{}.{payload}.{}", parts[0], parts[2])
}

/// Tokens that must be refused, with the reason code expected for each (`good` are
/// valid claims of `issuer`, `valid` those claims signed, `t` the time they use).
/// Shared by the `auth_jwt` tests (ws-auth alone) and `ws_auth` (the workspace routes).
pub fn bad_tokens(
    issuer: &KeyIssuer,
    good: &Value,
    valid: &str,
    t: i64,
) -> Vec<(&'static str, String)> {
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut c = good.clone();
        edit(&mut c);
        issuer.key.sign(&c)
    };
    let ghost = Key::generate("ghost");
    vec![
        (
            "expired",
            with(&|c| {
                c["iat"] = json!(t - 7200);
                c["nbf"] = json!(t - 7200);
                c["exp"] = json!(t - 3600);
            }),
        ),
        ("not_yet_valid", with(&|c| c["nbf"] = json!(t + 3600))),
        ("not_yet_valid", with(&|c| c["iat"] = json!(t + 3600))),
        (
            "wrong_issuer",
            with(&|c| c["iss"] = json!("https://evil.example")),
        ),
        (
            "wrong_audience",
            with(&|c| c["aud"] = json!(["cli@ws", "another-project"])),
        ),
        ("unknown_key", ghost.sign(good)),
        (
            "bad_signature",
            tampered(valid, |p| p["exp"] = json!(t + 86_400 * 365)),
        ),
        ("unsupported_algorithm", unsigned("k1", good)),
        (
            "unsupported_algorithm",
            hs256("k1", issuer.key.public_pem.as_bytes(), good),
        ),
        (
            "unsupported_algorithm",
            issuer.key.sign_as(Algorithm::RS384, good),
        ),
        ("malformed_token", "a.b.c".to_owned()),
        (
            "malformed_token",
            with(&|c| {
                c.as_object_mut().unwrap().remove("exp");
            }),
        ),
    ]
}
