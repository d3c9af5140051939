//! The [`KeySource`] trait: where signature verification keys come from. The remote
//! JWKS implementation is in `jwks.rs`; `ws-identity` may implement it for its
//! embedded keys. A key carries its algorithm, so the token header never chooses it.

use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::{Algorithm, DecodingKey};

/// A verification key with the one algorithm it may be used with.
#[derive(Clone)]
pub struct VerifyingKey {
    /// The key id (`kid`).
    pub kid: String,
    /// The algorithm, from the JWK's `alg` or its key type; never HMAC.
    pub alg: Algorithm,
    /// The key material.
    pub key: DecodingKey,
}

impl std::fmt::Debug for VerifyingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyingKey")
            .field("kid", &self.kid)
            .field("alg", &self.alg)
            .finish_non_exhaustive()
    }
}

impl VerifyingKey {
    /// The key of a JWK, or `None` for keys that cannot verify signatures here:
    /// symmetric (`oct`) keys, encryption keys, no `kid`, unsupported curves.
    pub fn from_jwk(jwk: &Jwk) -> Option<Self> {
        if matches!(jwk.common.public_key_use, Some(ref u) if *u != PublicKeyUse::Signature) {
            return None;
        }
        let kid = jwk.common.key_id.clone()?;
        let alg = match (&jwk.algorithm, jwk.common.key_algorithm) {
            (AlgorithmParameters::OctetKey(_), _) => return None,
            (_, Some(a)) => asymmetric(a)?,
            (AlgorithmParameters::RSA(_), None) => Algorithm::RS256,
            (AlgorithmParameters::EllipticCurve(p), None) => match p.curve {
                EllipticCurve::P256 => Algorithm::ES256,
                EllipticCurve::P384 => Algorithm::ES384,
                _ => return None,
            },
            (AlgorithmParameters::OctetKeyPair(_), None) => Algorithm::EdDSA,
        };
        let key = DecodingKey::from_jwk(jwk).ok()?;
        Some(Self { kid, alg, key })
    }
}

/// The JWK `alg` values accepted: asymmetric signature algorithms only.
fn asymmetric(a: KeyAlgorithm) -> Option<Algorithm> {
    Some(match a {
        KeyAlgorithm::RS256 => Algorithm::RS256,
        KeyAlgorithm::RS384 => Algorithm::RS384,
        KeyAlgorithm::RS512 => Algorithm::RS512,
        KeyAlgorithm::PS256 => Algorithm::PS256,
        KeyAlgorithm::PS384 => Algorithm::PS384,
        KeyAlgorithm::PS512 => Algorithm::PS512,
        KeyAlgorithm::ES256 => Algorithm::ES256,
        KeyAlgorithm::ES384 => Algorithm::ES384,
        KeyAlgorithm::EdDSA => Algorithm::EdDSA,
        _ => return None,
    })
}

/// Why no key was found.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The key set (fresh, or refetched within the rate limit) has no such `kid`.
    #[error("the signing key {0:?} is not in the issuer's key set")]
    Unknown(String),
    /// The key set could not be fetched and none is cached.
    #[error("the issuer's key set could not be fetched: {0}")]
    Unavailable(String),
}

/// A source of verification keys by `kid`.
#[async_trait]
pub trait KeySource: Send + Sync + 'static {
    /// The key named `kid`. Implementations may fetch or refresh.
    async fn key(&self, kid: &str) -> Result<Arc<VerifyingKey>, KeyError>;

    /// Fetches the key set again now (e.g. after a key rotation is announced).
    async fn refresh(&self) -> Result<(), KeyError>;
}

/// A fixed set of keys (an embedded issuer, or keys pinned by configuration).
#[derive(Debug, Default)]
pub struct StaticKeys(HashMap<String, Arc<VerifyingKey>>);

impl StaticKeys {
    /// The signing keys of a JWK set (others are skipped).
    pub fn from_jwks(set: &jsonwebtoken::jwk::JwkSet) -> Self {
        Self(
            set.keys
                .iter()
                .filter_map(VerifyingKey::from_jwk)
                .map(|k| (k.kid.clone(), Arc::new(k)))
                .collect(),
        )
    }
}

#[async_trait]
impl KeySource for StaticKeys {
    async fn key(&self, kid: &str) -> Result<Arc<VerifyingKey>, KeyError> {
        self.0
            .get(kid)
            .cloned()
            .ok_or_else(|| KeyError::Unknown(kid.to_owned()))
    }

    async fn refresh(&self) -> Result<(), KeyError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn jwk(v: serde_json::Value) -> Jwk {
        serde_json::from_value(v).unwrap()
    }

    const N: &str = "sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw";

    #[test]
    fn rsa_key_without_alg_means_rs256_and_oct_keys_are_skipped() {
        let rsa = jwk(json!({"kty":"RSA","kid":"k1","use":"sig","n":N,"e":"AQAB"}));
        let k = VerifyingKey::from_jwk(&rsa).unwrap();
        assert_eq!((k.kid.as_str(), k.alg), ("k1", Algorithm::RS256));
        let oct = jwk(json!({"kty":"oct","kid":"h","k":"c2VjcmV0"}));
        assert!(VerifyingKey::from_jwk(&oct).is_none(), "no HMAC keys");
        let hs_alg = jwk(json!({"kty":"RSA","kid":"k2","alg":"HS256","n":N,"e":"AQAB"}));
        assert!(
            VerifyingKey::from_jwk(&hs_alg).is_none(),
            "alg HS256 on an RSA key"
        );
        let enc = jwk(json!({"kty":"RSA","kid":"k3","use":"enc","n":N,"e":"AQAB"}));
        assert!(VerifyingKey::from_jwk(&enc).is_none());
        let no_kid = jwk(json!({"kty":"RSA","n":N,"e":"AQAB"}));
        assert!(VerifyingKey::from_jwk(&no_kid).is_none());
        let ps = jwk(json!({"kty":"RSA","kid":"k4","alg":"PS256","n":N,"e":"AQAB"}));
        assert_eq!(VerifyingKey::from_jwk(&ps).unwrap().alg, Algorithm::PS256);
    }

    #[tokio::test]
    async fn static_keys_answer_by_kid() {
        let set = serde_json::from_value(json!({"keys":[
            {"kty":"RSA","kid":"k1","n":N,"e":"AQAB"},
            {"kty":"oct","kid":"h","k":"c2VjcmV0"}
        ]}))
        .unwrap();
        let keys = StaticKeys::from_jwks(&set);
        assert!(keys.key("k1").await.is_ok());
        assert!(matches!(keys.key("h").await, Err(KeyError::Unknown(_))));
    }
}
