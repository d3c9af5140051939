//! [`EmbeddedKeys`]: the provider's own signing keys as a `ws_auth::KeySource`, so a
//! workspace server running in the same process verifies tokens against the keys
//! in memory instead of fetching its own JWKS over HTTP (DESIGN.md §2).

use std::sync::Arc;

use async_trait::async_trait;
use jsonwebtoken::{Algorithm, DecodingKey};
use ws_auth::{KeyError, KeySource, VerifyingKey};

use super::keys::ensure_loaded;
use crate::IdentityState;

/// The embedded provider's published keys, looked up by `kid`.
#[derive(Debug, Clone)]
pub struct EmbeddedKeys(pub IdentityState);

#[async_trait]
impl KeySource for EmbeddedKeys {
    async fn key(&self, kid: &str) -> Result<Arc<VerifyingKey>, KeyError> {
        let state = &self.0;
        ensure_loaded(state)
            .await
            .map_err(|e| KeyError::Unavailable(e.description))?;
        let key = state
            .signing
            .get(kid, state.clock.now())
            .ok_or_else(|| KeyError::Unknown(kid.to_owned()))?;
        let public = key.public();
        Ok(Arc::new(VerifyingKey {
            kid: kid.to_owned(),
            alg: Algorithm::RS256,
            key: DecodingKey::from_rsa_raw_components(&public.n, &public.e),
        }))
    }

    async fn refresh(&self) -> Result<(), KeyError> {
        // The keys in memory are the source of truth; rotation updates them in place.
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn serves_published_keys_and_refuses_unknown_kids() {
        let dir = tempfile::tempdir().unwrap();
        let store = ws_storage::Store::open_sqlite(&dir.path().join("ws.db"))
            .await
            .unwrap();
        let config = crate::IdentityConfig::new("http://127.0.0.1:1".parse().unwrap());
        let state = IdentityState::new(config, store);
        let keys = EmbeddedKeys(state.clone());
        assert!(matches!(keys.key("nope").await, Err(KeyError::Unknown(_))));
        let active = state.signing.active(state.clock.now()).unwrap();
        let k = keys.key(&active.kid).await.unwrap();
        assert_eq!(
            (k.kid.as_str(), k.alg),
            (active.kid.as_str(), Algorithm::RS256)
        );
    }
}
