//! [`Authenticator`]: bearer token in, [`Principal`] out. JWTs are verified locally
//! against a [`KeySource`]; anything else goes to introspection. Cheap to clone (one
//! `Arc`), handed to handlers through axum state (`FromRef`), never a global.

use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use crate::cache::{Answer, AnswerCache, digest};
use crate::clock::{Clock, SystemClock};
use crate::config::AuthConfig;
use crate::discovery::Discovery;
use crate::error::{AuthError, Reason};
use crate::introspect::Introspector;
use crate::jwks::RemoteJwks;
use crate::jwt;
use crate::keys::{KeyError, KeySource};
use crate::principal::Principal;
use crate::revocation::{Revocation, RevocationFeed, RevocationListener};
use crate::token::{TokenKind, classify};

/// Validates bearer tokens.
#[derive(Clone)]
pub struct Authenticator(Arc<Inner>);

struct Inner {
    config: AuthConfig,
    keys: Arc<dyn KeySource>,
    introspector: Introspector,
    /// Principals of verified JWTs by token digest (see `AuthConfig::jwt_cache_ttl`).
    verified: AnswerCache,
    clock: Arc<dyn Clock>,
    /// The issuer's discovery and the HTTP client, for [`Authenticator::probe_issuer`].
    discovery: Arc<Discovery>,
    http: reqwest::Client,
}

impl std::fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authenticator")
            .field("config", &self.0.config)
            .finish_non_exhaustive()
    }
}

/// Failure to build an [`Authenticator`].
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The HTTP client could not be built (TLS set-up).
    #[error("could not build the HTTP client for the identity provider: {0}")]
    Http(#[from] reqwest::Error),
    /// A required setting is empty.
    #[error("auth configuration: {0} must not be empty")]
    Empty(&'static str),
}

/// Builds an [`Authenticator`]; by default keys come from the issuer's JWKS and
/// time from the system clock.
pub struct AuthenticatorBuilder {
    config: AuthConfig,
    keys: Option<Arc<dyn KeySource>>,
    clock: Arc<dyn Clock>,
    feed: Option<Arc<RevocationFeed>>,
}

impl AuthenticatorBuilder {
    /// Uses `keys` instead of the remote JWKS (e.g. an embedded issuer's keys).
    pub fn key_source(mut self, keys: Arc<dyn KeySource>) -> Self {
        self.keys = Some(keys);
        self
    }

    /// Uses `clock` for token lifetimes and cache windows.
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Listens to `feed` (an identity provider in the same process): its events
    /// evict cached answers at once.
    pub fn revocations(mut self, feed: Arc<RevocationFeed>) -> Self {
        self.feed = Some(feed);
        self
    }

    /// Builds it. Nothing is fetched yet: discovery and keys load on first use.
    pub fn build(self) -> Result<Authenticator, BuildError> {
        let c = &self.config;
        for (v, name) in [
            (&c.issuer, "issuer"),
            (&c.audience, "audience (the workspace project id)"),
            (&c.introspection_client_id, "introspection client id"),
        ] {
            if v.trim().is_empty() {
                return Err(BuildError::Empty(name));
            }
        }
        let http = reqwest::Client::builder()
            .timeout(c.http_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        let discovery = Arc::new(Discovery::new(c, http.clone()));
        let keys = self.keys.unwrap_or_else(|| {
            Arc::new(RemoteJwks::new(
                discovery.clone(),
                http.clone(),
                self.clock.clone(),
                c.jwks_refresh_interval,
                c.jwks_min_refetch_interval,
            ))
        });
        let introspector = Introspector::new(c.clone(), discovery.clone(), http.clone());
        let inner = Arc::new(Inner {
            config: self.config,
            keys,
            introspector,
            verified: AnswerCache::default(),
            clock: self.clock,
            discovery,
            http,
        });
        if let Some(feed) = self.feed {
            let weak = Arc::downgrade(&inner);
            feed.subscribe(weak);
        }
        Ok(Authenticator(inner))
    }
}

impl Authenticator {
    /// A builder for `config`.
    pub fn builder(config: AuthConfig) -> AuthenticatorBuilder {
        AuthenticatorBuilder {
            config,
            keys: None,
            clock: Arc::new(SystemClock),
            feed: None,
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &AuthConfig {
        &self.0.config
    }

    /// The key source (e.g. to force a refresh after a rotation).
    pub fn keys(&self) -> &Arc<dyn KeySource> {
        &self.0.keys
    }

    /// Whether the issuer answers now with at least one signing key: its JWKS fetched
    /// afresh (the key cache would hide an outage), for readiness probes. Returns the
    /// number of usable keys.
    pub async fn probe_issuer(&self) -> Result<usize, KeyError> {
        let keys = crate::jwks::fetch_keys(&self.0.discovery, &self.0.http).await?;
        if keys.is_empty() {
            return Err(KeyError::Unavailable(format!(
                "the JWKS of {} holds no usable signing key",
                self.0.config.issuer
            )));
        }
        Ok(keys.len())
    }

    /// Validates `token` (the value after `Bearer `).
    pub async fn authenticate(&self, token: &str) -> Result<Principal, AuthError> {
        let i = &self.0;
        let result = match classify(token)? {
            TokenKind::Jwt => self.jwt(token).await,
            TokenKind::Opaque => i
                .introspector
                .principal(token, i.clock.as_ref())
                .await
                .map(|p| (*p).clone()),
        };
        match &result {
            Ok(p) => tracing::debug!(sub = %p.sub, via = ?p.validated, "bearer token accepted"),
            // Debug, not info: refusals are the caller's problem and can be floods.
            Err(e) => tracing::debug!(reason = e.reason.code(), "bearer token refused"),
        }
        result
    }
}

impl RevocationListener for Inner {
    fn revoked(&self, event: &Revocation) {
        self.verified.evict(event);
        self.introspector.evict(event);
    }
}

impl Authenticator {
    /// A JWT: checked locally (signature, issuer, audience, lifetime), then still
    /// active at the issuer (introspection, cached 5 s): a valid signature says
    /// nothing about revocation.
    async fn jwt(&self, token: &str) -> Result<Principal, AuthError> {
        let i = &self.0;
        let principal = self.verified_jwt(token).await?;
        i.introspector.principal(token, i.clock.as_ref()).await?;
        Ok(principal)
    }

    /// From the verified cache, or verified and then cached until the earlier of
    /// the cache TTL and `exp` + leeway (so expiry is never extended).
    async fn verified_jwt(&self, token: &str) -> Result<Principal, AuthError> {
        let i = &self.0;
        let ttl = i.config.jwt_cache_ttl;
        let key = digest(token);
        if !ttl.is_zero()
            && let Some(Answer::Active(p)) = i.verified.get(&key, i.clock.now())
        {
            return Ok((*p).clone());
        }
        let (principal, exp) =
            jwt::validate(token, &i.config, i.keys.as_ref(), i.clock.as_ref()).await?;
        if !ttl.is_zero() {
            let now = i.clock.now();
            let expiry = UNIX_EPOCH + Duration::from_secs(exp.max(0) as u64) + i.config.leeway;
            let until = (now + ttl).min(expiry);
            i.verified
                .put(key, Answer::Active(Arc::new(principal.clone())), until, now);
        }
        Ok(principal)
    }
}

/// The token of an `Authorization: Bearer <token>` header value.
pub fn bearer_token(value: Option<&str>) -> Result<&str, AuthError> {
    let Some(value) = value else {
        return Err(AuthError::new(
            Reason::MissingToken,
            "send an access token or PAT as `Authorization: Bearer <token>`",
        ));
    };
    let (scheme, token) = value.split_once(' ').unwrap_or((value, ""));
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(AuthError::new(
            Reason::MalformedToken,
            "the Authorization header must use the Bearer scheme",
        ));
    }
    let token = token.trim();
    if token.is_empty() {
        return Err(AuthError::new(
            Reason::MalformedToken,
            "the Bearer token is empty",
        ));
    }
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    #[test]
    fn bearer_header_parsing() {
        assert_eq!(bearer_token(Some("Bearer abc")).unwrap(), "abc");
        assert_eq!(bearer_token(Some("bearer  abc ")).unwrap(), "abc");
        assert_eq!(bearer_token(None).unwrap_err().reason, Reason::MissingToken);
        for bad in ["Basic dXNlcjpwdw==", "Bearer", "Bearer   ", "abc"] {
            assert_eq!(
                bearer_token(Some(bad)).unwrap_err().reason,
                Reason::MalformedToken,
                "{bad}"
            );
        }
    }

    #[test]
    fn empty_settings_are_named() {
        let c = AuthConfig::new("http://idp", " ", "c", Secret::new("s"));
        let e = Authenticator::builder(c).build().unwrap_err();
        assert!(e.to_string().contains("audience"), "{e}");
    }
}
