//! The provider's RS256 signing keys: generated with the `rsa` crate, persisted
//! through storage (PKCS#8 PEM sealed with the master key, see `key_sealing.rs`), parsed once into `ring` key pairs held in memory,
//! rotated when the active key has signed for `signing_key_rotation`, and published
//! at `GET /oauth/v2/keys` until every token they signed has expired.
//!
//! Hot paths ([`SigningKeys::active`], [`SigningKeys::get`]) take a read lock and
//! clone an `Arc`; nothing is parsed per request.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::RsaKeyPair;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::traits::PublicKeyParts;
use serde_json::{Value, json};
use ws_storage::{SigningKey as StoredKey, StorageError};

use super::jws::{self, JwsError, RsaPublic};
use super::key_sealing::{open_private_key, seal_stored_keys};
use super::opaque::OpaqueKey;
use crate::IdentityState;
use crate::master_key::MasterKeys;

/// Why signing keys could not be loaded or made.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A stored key could not be parsed (the database holds something we did not write).
    #[error("signing key '{0}' in storage cannot be parsed")]
    Corrupt(String),
    /// A stored key is sealed with a master key that is not configured, or altered.
    #[error(transparent)]
    Sealed(#[from] crate::master_key::SealError),
    /// Generating a key failed.
    #[error("generating an RSA key failed: {0}")]
    Generate(String),
}

/// One signing key, ready to sign, verify, seal and open.
pub struct LoadedKey {
    /// The key id (`kid`).
    pub kid: String,
    pair: RsaKeyPair,
    public: RsaPublic,
    pub(crate) opaque: OpaqueKey,
    /// Until when it signs new tokens.
    pub signs_until: i64,
    /// Until when it is published and accepted.
    pub publish_until: i64,
}

impl std::fmt::Debug for LoadedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedKey")
            .field("kid", &self.kid)
            .field("signs_until", &self.signs_until)
            .field("publish_until", &self.publish_until)
            .finish_non_exhaustive()
    }
}

impl LoadedKey {
    fn parse(stored: &StoredKey, pem: &str) -> Result<Self, KeyError> {
        let corrupt = || KeyError::Corrupt(stored.id.clone());
        if stored.algorithm != "RS256" {
            return Err(corrupt());
        }
        let key = rsa::RsaPrivateKey::from_pkcs8_pem(pem).map_err(|_| corrupt())?;
        let der = key.to_pkcs8_der().map_err(|_| corrupt())?;
        let pair = RsaKeyPair::from_pkcs8(der.as_bytes()).map_err(|_| corrupt())?;
        Ok(Self {
            kid: stored.id.clone(),
            pair,
            public: RsaPublic {
                n: key.n().to_bytes_be(),
                e: key.e().to_bytes_be(),
            },
            opaque: OpaqueKey::derive(der.as_bytes()),
            signs_until: stored.signs_until,
            publish_until: stored.publish_until,
        })
    }

    /// The public key as a JWK.
    fn jwk(&self) -> Value {
        json!({
            "use": "sig",
            "kty": "RSA",
            "kid": self.kid,
            "alg": "RS256",
            "n": URL_SAFE_NO_PAD.encode(&self.public.n),
            "e": URL_SAFE_NO_PAD.encode(&self.public.e),
        })
    }

    /// Signs `claims` as a JWT with this key's `kid`.
    pub(crate) fn sign<T: serde::Serialize>(
        &self,
        rng: &SystemRandom,
        claims: &T,
    ) -> Result<String, JwsError> {
        jws::sign(&self.pair, rng, &self.kid, claims)
    }

    /// The public half, to verify signatures.
    pub(crate) fn public(&self) -> &RsaPublic {
        &self.public
    }
}

/// The keys in memory: the newest key that may still sign, and every published key.
pub struct SigningKeys {
    keys: RwLock<Arc<HashMap<String, Arc<LoadedKey>>>>,
    /// Serializes rotation so concurrent requests make one key, not many.
    rotate: tokio::sync::Mutex<()>,
    /// The random source for signatures and nonces.
    pub(crate) rng: SystemRandom,
}

impl std::fmt::Debug for SigningKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kids: Vec<String> = self.snapshot().keys().cloned().collect();
        f.debug_struct("SigningKeys").field("kids", &kids).finish()
    }
}

impl Default for SigningKeys {
    fn default() -> Self {
        Self {
            keys: RwLock::default(),
            rotate: tokio::sync::Mutex::default(),
            rng: SystemRandom::new(),
        }
    }
}

impl SigningKeys {
    fn snapshot(&self) -> Arc<HashMap<String, Arc<LoadedKey>>> {
        self.keys.read().map(|g| g.clone()).unwrap_or_default()
    }

    /// A published key by id, if it is still published at `now`.
    pub fn get(&self, kid: &str, now: i64) -> Option<Arc<LoadedKey>> {
        self.snapshot()
            .get(kid)
            .filter(|k| k.publish_until > now)
            .cloned()
    }

    /// The key that signs at `now`: of those whose `signs_until` is later, the one
    /// that signs longest (the newest).
    pub fn active(&self, now: i64) -> Option<Arc<LoadedKey>> {
        self.snapshot()
            .values()
            .filter(|k| k.signs_until > now)
            .max_by_key(|k| k.signs_until)
            .cloned()
    }

    /// The JWK set of every key published at `now`, oldest first.
    pub fn jwks(&self, now: i64) -> Value {
        let snap = self.snapshot();
        let mut keys: Vec<&Arc<LoadedKey>> =
            snap.values().filter(|k| k.publish_until > now).collect();
        keys.sort_by_key(|k| k.signs_until);
        json!({ "keys": keys.iter().map(|k| k.jwk()).collect::<Vec<_>>() })
    }

    fn replace(&self, loaded: HashMap<String, Arc<LoadedKey>>) {
        if let Ok(mut g) = self.keys.write() {
            *g = Arc::new(loaded);
        }
    }

    /// Whether keys were loaded from storage (by [`ensure_signing_keys`]).
    pub fn is_loaded(&self) -> bool {
        !self.snapshot().is_empty()
    }
}

/// Loads the keys if nobody did yet, so that read paths (JWKS, introspection,
/// userinfo) work even when the server forgot to call [`ensure_signing_keys`] at
/// start-up. After the first call this is one read lock.
pub(crate) async fn ensure_loaded(state: &IdentityState) -> Result<(), crate::OAuthError> {
    if state.signing.is_loaded() {
        return Ok(());
    }
    ensure_signing_keys(state)
        .await
        .map_err(crate::OAuthError::server_error)
}

/// Loads the stored keys into memory, deleting those no longer published, and makes
/// a new key when none may sign at the state's current time. Call at start-up; the
/// token endpoint calls it again when the active key's signing period ends.
pub async fn ensure_signing_keys(state: &IdentityState) -> Result<(), KeyError> {
    let _guard = state.signing.rotate.lock().await;
    let now = state.clock.now();
    if state.signing.active(now).is_some() {
        return Ok(());
    }
    state.store.keys.delete_expired_signing_keys(now).await?;
    seal_stored_keys(&state.store, &state.master_keys).await?;
    let mut stored = state.store.keys.list_signing_keys().await?;
    if !stored.iter().any(|k| k.signs_until > now) {
        let cfg = &state.config;
        let signs_until = now + cfg.signing_key_rotation.as_secs() as i64;
        // A token signed at the last moment lives `access_token_ttl` (ID tokens too).
        let publish_until = signs_until + cfg.access_token_ttl.as_secs() as i64 + 60;
        let key = generate(&state.master_keys, now, signs_until, publish_until).await?;
        state.store.keys.insert_signing_key(&key).await?;
        tracing::info!(kid = %key.id, "generated a new signing key");
        stored.push(key);
    }
    let mut loaded = HashMap::new();
    for k in stored.iter().filter(|k| k.publish_until > now) {
        let pem = open_private_key(&state.master_keys, k)?;
        loaded.insert(k.id.clone(), Arc::new(LoadedKey::parse(k, &pem)?));
    }
    state.signing.replace(loaded);
    Ok(())
}

/// Generates a 2048-bit RSA key off the async threads (it takes a while), sealed
/// with the master key.
async fn generate(
    master: &MasterKeys,
    now: i64,
    signs_until: i64,
    publish_until: i64,
) -> Result<StoredKey, KeyError> {
    let pem = tokio::task::spawn_blocking(|| {
        let key = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048)
            .map_err(|e| KeyError::Generate(e.to_string()))?;
        key.to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| KeyError::Generate(e.to_string()))
    })
    .await
    .map_err(|e| KeyError::Generate(e.to_string()))??;
    let id = ws_storage::new_id();
    Ok(StoredKey {
        private_key: master.seal(&id, pem.as_bytes()),
        id,
        algorithm: "RS256".into(),
        created_at: now,
        signs_until,
        publish_until,
    })
}

/// The key to sign with now, rotating first if the active key's period ended.
pub(crate) async fn signer(state: &IdentityState) -> Result<Arc<LoadedKey>, crate::OAuthError> {
    let now = state.clock.now();
    if let Some(k) = state.signing.active(now) {
        return Ok(k);
    }
    ensure_signing_keys(state)
        .await
        .map_err(crate::OAuthError::server_error)?;
    state
        .signing
        .active(now)
        .ok_or_else(|| crate::OAuthError::server_error("no signing key after rotation"))
}

/// Verifies a JWT signed by this provider (any published key) and decodes its
/// claims. Checks signature, `iss` and `exp` (unless `allow_expired`, as an
/// `id_token_hint` may be). Returns a sentence for the caller's error description.
pub fn verify_own_jwt(
    state: &IdentityState,
    token: &str,
    allow_expired: bool,
) -> Result<Value, String> {
    let now = state.clock.now();
    let parsed = jws::parse(token).map_err(|e| e.to_string())?;
    let key = state.signing.get(parsed.kid(), now).ok_or_else(|| {
        format!(
            "the JWT was not signed by a key of this issuer (kid '{}')",
            parsed.kid()
        )
    })?;
    let claims: Value = parsed.verify(key.public()).map_err(|e| e.to_string())?;
    if claims.get("iss").and_then(Value::as_str) != Some(state.config.issuer_str()) {
        return Err("the JWT was issued by another issuer".into());
    }
    let exp = claims.get("exp").and_then(Value::as_i64).unwrap_or(0);
    if !allow_expired && exp <= now {
        return Err("the JWT has expired".into());
    }
    let at = |name| claims.get(name).and_then(Value::as_i64).unwrap_or(0);
    if !started(at("nbf"), at("iat"), now) {
        return Err("the JWT is not valid yet (nbf or iat in the future)".into());
    }
    Ok(claims)
}

/// Clock skew tolerated on `nbf` and `iat`: replicas' clocks may differ by this
/// much (NTP keeps them far closer); the same 60 s the workspace's validator allows.
pub(crate) const CLOCK_SKEW: i64 = 60;

/// Whether a token's `nbf` and `iat` (absent: 0) are not in the future at `now`,
/// give or take [`CLOCK_SKEW`].
pub(crate) fn started(nbf: i64, iat: i64, now: i64) -> bool {
    nbf <= now + CLOCK_SKEW && iat <= now + CLOCK_SKEW
}

/// `GET /oauth/v2/keys`: the JWK set, cacheable for five minutes as in ZITADEL.
pub(crate) async fn jwks_handler(State(state): State<IdentityState>) -> Response {
    if let Err(e) = ensure_loaded(&state).await {
        return e.into_response();
    }
    let now = state.clock.now();
    (
        [(header::CACHE_CONTROL, "public, max-age=300")],
        Json(state.signing.jwks(now)),
    )
        .into_response()
}
