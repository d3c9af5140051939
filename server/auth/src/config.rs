//! [`AuthConfig`]: where tokens come from and how long answers are trusted. The
//! issuer is configuration; nothing here assumes the embedded identity module.

use std::fmt;
use std::time::Duration;

/// A configured secret (e.g. the introspection client secret) that never shows in
/// `Debug`, so logging a config is safe. Serialized as the plain string, for config files.
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

/// How bearer tokens are validated.
#[derive(Debug, Clone)]
pub struct AuthConfig {
    /// The issuer URL exactly as it appears in `iss` (ZITADEL: the instance base URL,
    /// no trailing slash). Discovery is read from `{issuer}/.well-known/openid-configuration`.
    pub issuer: String,
    /// The workspace project id: JWTs must name it in `aud`, and its roles claim
    /// (`urn:zitadel:iam:org:project:{id}:roles`) is the one read.
    pub audience: String,
    /// Client id of the API application used for introspection (client_secret_basic).
    pub introspection_client_id: String,
    /// Its secret.
    pub introspection_client_secret: Secret,
    /// Clock skew tolerated on `exp`, `nbf` and `iat`.
    pub leeway: Duration,
    /// How long a fetched JWKS is used before it is fetched again.
    pub jwks_refresh_interval: Duration,
    /// The least time between two JWKS fetches triggered by an unknown `kid`, so
    /// tokens with made-up key ids cannot make us hammer the identity provider.
    pub jwks_min_refetch_interval: Duration,
    /// How long an active introspection answer is reused (never past the token's `exp`).
    /// A revoked token (JWT, opaque or PAT) stays accepted for at most this long when
    /// the issuer is remote; keep it at 5 s or less (the documented bound).
    pub introspection_positive_ttl: Duration,
    /// How long an inactive answer is reused; seconds, so a token that becomes valid
    /// (or a transient refusal) is not stuck.
    pub introspection_negative_ttl: Duration,
    /// How long a verified JWT's principal is reused (never past `exp` + leeway), so
    /// repeated requests skip the RSA verification; zero disables. A key withdrawn
    /// from the JWKS stops accepting its tokens at most this much later. Revocation
    /// does not wait for it: every JWT is also introspected (cached for
    /// `introspection_positive_ttl`).
    pub jwt_cache_ttl: Duration,
    /// Timeout of each request to the identity provider.
    pub http_timeout: Duration,
}

impl AuthConfig {
    /// A configuration with the default durations: 60 s leeway, JWKS refreshed every
    /// 5 min (ZITADEL's `Cache-Control` on its keys) and refetched on an unknown `kid`
    /// at most every 10 s, active introspection answers cached 5 s, inactive ones 5 s,
    /// verified JWTs reused for 60 s, 5 s HTTP timeout.
    pub fn new(
        issuer: impl Into<String>,
        audience: impl Into<String>,
        introspection_client_id: impl Into<String>,
        introspection_client_secret: Secret,
    ) -> Self {
        Self {
            issuer: issuer.into(),
            audience: audience.into(),
            introspection_client_id: introspection_client_id.into(),
            introspection_client_secret,
            leeway: Duration::from_secs(60),
            jwks_refresh_interval: Duration::from_secs(300),
            jwks_min_refetch_interval: Duration::from_secs(10),
            introspection_positive_ttl: Duration::from_secs(5),
            introspection_negative_ttl: Duration::from_secs(5),
            jwt_cache_ttl: Duration::from_secs(60),
            http_timeout: Duration::from_secs(5),
        }
    }

    /// `{issuer}/.well-known/openid-configuration`.
    pub fn discovery_url(&self) -> String {
        format!(
            "{}/.well-known/openid-configuration",
            self.issuer.trim_end_matches('/')
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_the_client_secret() {
        let c = AuthConfig::new("http://idp", "p1", "api@ws", Secret::new("hunter2-secret"));
        let dbg = format!("{c:?}");
        assert!(!dbg.contains("hunter2"), "{dbg}");
        assert!(
            dbg.contains("api@ws") && dbg.contains("<redacted>"),
            "{dbg}"
        );
        assert_eq!(c.introspection_client_secret.expose(), "hunter2-secret");
    }

    #[test]
    fn discovery_url_tolerates_a_trailing_slash() {
        let s = Secret::new("x");
        for issuer in ["https://acme.zitadel.cloud", "https://acme.zitadel.cloud/"] {
            let c = AuthConfig::new(issuer, "p", "c", s.clone());
            assert_eq!(
                c.discovery_url(),
                "https://acme.zitadel.cloud/.well-known/openid-configuration"
            );
        }
    }
}
