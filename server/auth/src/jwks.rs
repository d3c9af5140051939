//! [`RemoteJwks`]: the issuer's JWK set fetched from the discovered `jwks_uri`,
//! cached, refreshed once it is older than the refresh interval, and refetched on an
//! unknown `kid` at most once per minimum interval (tokens with made-up key ids must
//! not turn into a request each to the identity provider).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use jsonwebtoken::jwk::JwkSet;

use crate::clock::Clock;
use crate::discovery::{Discovery, get_json};
use crate::keys::{KeyError, KeySource, VerifyingKey};

type KeyMap = Arc<HashMap<String, Arc<VerifyingKey>>>;

#[derive(Default)]
struct Cached {
    keys: KeyMap,
    /// When the keys were last fetched successfully.
    fetched_at: Option<SystemTime>,
    /// When a fetch was last attempted (successful or not): the rate limit.
    attempted_at: Option<SystemTime>,
}

/// The issuer's JWKS over HTTP, behind a cache.
pub struct RemoteJwks {
    discovery: Arc<Discovery>,
    http: reqwest::Client,
    clock: Arc<dyn Clock>,
    refresh_interval: Duration,
    min_refetch_interval: Duration,
    cached: RwLock<Cached>,
    /// Serialises fetches so a burst of requests makes one.
    fetching: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for RemoteJwks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteJwks")
            .field("refresh_interval", &self.refresh_interval)
            .field("min_refetch_interval", &self.min_refetch_interval)
            .finish_non_exhaustive()
    }
}

impl RemoteJwks {
    /// A key source reading `jwks_uri` from `discovery`.
    pub fn new(
        discovery: Arc<Discovery>,
        http: reqwest::Client,
        clock: Arc<dyn Clock>,
        refresh_interval: Duration,
        min_refetch_interval: Duration,
    ) -> Self {
        Self {
            discovery,
            http,
            clock,
            refresh_interval,
            min_refetch_interval,
            cached: RwLock::default(),
            fetching: tokio::sync::Mutex::new(()),
        }
    }

    fn snapshot(&self) -> (KeyMap, Option<SystemTime>, Option<SystemTime>) {
        let c = self.cached.read().unwrap_or_else(|e| e.into_inner());
        (c.keys.clone(), c.fetched_at, c.attempted_at)
    }

    fn older_than(&self, t: Option<SystemTime>, d: Duration) -> bool {
        t.is_none_or(|t| self.clock.now().duration_since(t).unwrap_or_default() >= d)
    }

    /// Fetches unless another caller fetched while we waited or the rate limit (by
    /// `limit`) forbids; returns whether a fetch was made.
    async fn fetch_if(&self, limit: Duration) -> Result<bool, KeyError> {
        let _guard = self.fetching.lock().await;
        if !self.older_than(self.snapshot().2, limit) {
            return Ok(false);
        }
        let now = self.clock.now();
        self.cached
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .attempted_at = Some(now);
        let keys = self.download().await?;
        let mut c = self.cached.write().unwrap_or_else(|e| e.into_inner());
        c.keys = Arc::new(keys);
        c.fetched_at = Some(now);
        Ok(true)
    }

    async fn download(&self) -> Result<HashMap<String, Arc<VerifyingKey>>, KeyError> {
        fetch_keys(&self.discovery, &self.http).await
    }

    /// Refreshes a stale set; a failed refresh keeps the old keys (logged) when there
    /// are any, so a short identity-provider outage does not fail JWT requests.
    async fn refresh_if_stale(&self) -> Result<(), KeyError> {
        let (keys, fetched_at, _) = self.snapshot();
        if !self.older_than(fetched_at, self.refresh_interval) {
            return Ok(());
        }
        // A stale set is refreshed at most once per minimum interval too.
        match self.fetch_if(self.min_refetch_interval).await {
            Err(e) if !keys.is_empty() => {
                tracing::warn!(error = %e, "JWKS refresh failed; using the cached keys");
                Ok(())
            }
            r => r.map(|_| ()),
        }
    }
}

#[async_trait]
impl KeySource for RemoteJwks {
    async fn key(&self, kid: &str) -> Result<Arc<VerifyingKey>, KeyError> {
        self.refresh_if_stale().await?;
        let (keys, fetched_at, _) = self.snapshot();
        if fetched_at.is_none() {
            return Err(KeyError::Unavailable(
                "no key set fetched yet and the last attempt failed".into(),
            ));
        }
        if let Some(k) = keys.get(kid) {
            return Ok(k.clone());
        }
        // Unknown kid: perhaps a rotation; look again, but not more than once per interval.
        if self.fetch_if(self.min_refetch_interval).await?
            && let Some(k) = self.snapshot().0.get(kid)
        {
            return Ok(k.clone());
        }
        Err(KeyError::Unknown(kid.to_owned()))
    }

    async fn refresh(&self) -> Result<(), KeyError> {
        self.fetch_if(Duration::ZERO).await.map(|_| ())
    }
}

/// The issuer's signing keys, fetched now from the discovered `jwks_uri` (no cache):
/// what [`RemoteJwks`] refreshes with and what a readiness probe asks.
pub(crate) async fn fetch_keys(
    discovery: &Discovery,
    http: &reqwest::Client,
) -> Result<HashMap<String, Arc<VerifyingKey>>, KeyError> {
    let unavailable = |e: &dyn std::fmt::Display| KeyError::Unavailable(e.to_string());
    let endpoints = discovery.endpoints().await.map_err(|e| unavailable(&e))?;
    let set: JwkSet = get_json(http, &endpoints.jwks_uri)
        .await
        .map_err(|e| unavailable(&e))?;
    let keys: HashMap<_, _> = set
        .keys
        .iter()
        .filter_map(VerifyingKey::from_jwk)
        .map(|k| (k.kid.clone(), Arc::new(k)))
        .collect();
    tracing::debug!(keys = keys.len(), "fetched the issuer's JWKS");
    Ok(keys)
}
