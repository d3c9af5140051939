//! The HTTP-level rate limiter: every request to `/api/v1` and to the identity
//! provider's token, login and device endpoints is counted against its client address
//! and, when it carries credentials, against the credential; past a limit it is answered
//! 429 with `Retry-After` and the IETF `RateLimit` / `RateLimit-Policy` headers
//! (draft-ietf-httpapi-ratelimit-headers). Counters live in this process (GCRA) or in
//! Redis (a fixed window shared by every replica).
//!
//! This sits in front of the identity module's own per-account sign-in attempt limiter,
//! which guards passwords; this one guards capacity.

mod headers;
mod local;
mod redis_store;

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::Response;
use sha2::{Digest, Sha256};

use crate::client_addr::ClientAddr;
use crate::config_rate_limit::RateLimitSection;

/// Which group of endpoints a request belongs to; each has its own limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// The workspace API, `/api/v1`.
    Api,
    /// The identity provider's token, login and device endpoints.
    Identity,
}

/// One limit: `quota` requests per `window` for each key of one class and subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Policy {
    /// The policy's name in the `RateLimit` headers and in counter keys.
    pub(crate) name: &'static str,
    pub(crate) quota: u32,
    pub(crate) window: Duration,
}

/// The counter's answer for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The request fits in the quota.
    pub(crate) allowed: bool,
    /// Requests still allowed in this window after this one.
    pub(crate) remaining: u32,
    /// When the quota is back: full for an allowed request, one request for a refused one.
    pub(crate) reset: Duration,
}

/// The counters could not be reached (Redis down or too slow).
#[derive(Debug, thiserror::Error)]
#[error("rate limit counters unreachable: {0}")]
pub(crate) struct Unreachable(pub(crate) String);

/// Where the counters live.
#[async_trait::async_trait]
pub(crate) trait Counters: Send + Sync + std::fmt::Debug {
    /// Counts one request of `key` against `policy`.
    async fn hit(&self, policy: &Policy, key: &str) -> Result<Hit, Unreachable>;
}

/// The limiter shared by every request: policies, counters and the trusted proxies
/// that say who the client is.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    api: [Policy; 2],
    identity: [Policy; 2],
    counters: Box<dyn Counters>,
    fail_closed: bool,
}

impl RateLimiter {
    /// The limiter `config` describes; `None` when rate limiting is off.
    pub(crate) fn from_config(config: &RateLimitSection) -> anyhow::Result<Option<Arc<Self>>> {
        if !config.enabled {
            return Ok(None);
        }
        let policy = |name, quota: u32| -> anyhow::Result<Policy> {
            anyhow::ensure!(
                quota > 0,
                "rate_limit: {name} must be at least 1 (set rate_limit.enabled = false to turn limits off)"
            );
            Ok(Policy {
                name,
                quota,
                window: config.window,
            })
        };
        let api = [
            policy("api_per_address", config.api_per_address)?,
            policy("api_per_principal", config.api_per_principal)?,
        ];
        let identity = [
            policy("identity_per_address", config.identity_per_address)?,
            policy("identity_per_principal", config.identity_per_principal)?,
        ];
        anyhow::ensure!(
            !config.window.is_zero(),
            "rate_limit.window must be longer than zero"
        );
        let counters: Box<dyn Counters> = match &config.redis_url {
            Some(url) => Box::new(redis_store::RedisCounters::connect(
                url.expose(),
                &config.redis_key_prefix,
                config.redis_timeout,
            )?),
            None => Box::new(local::LocalCounters::new(api.iter().chain(identity.iter()))),
        };
        Ok(Some(Arc::new(Self {
            api,
            identity,
            counters,
            fail_closed: config.redis_failure == crate::config_rate_limit::RedisFailure::FailClosed,
        })))
    }

    fn policies(&self, class: Class) -> &[Policy; 2] {
        match class {
            Class::Api => &self.api,
            Class::Identity => &self.identity,
        }
    }

    /// Counts the request against its address and, if it has one, its credential;
    /// the answer with the least room left decides and is reported.
    async fn check(
        &self,
        class: Class,
        addr: IpAddr,
        principal: Option<String>,
    ) -> Result<(Hit, &Policy), Unreachable> {
        let [by_address, by_principal] = self.policies(class);
        let mut tightest = (
            self.counters.hit(by_address, &format!("a:{addr}")).await?,
            by_address,
        );
        if let Some(p) = principal {
            let hit = self.counters.hit(by_principal, &format!("p:{p}")).await?;
            if !hit.allowed || (tightest.0.allowed && hit.remaining < tightest.0.remaining) {
                tightest = (hit, by_principal);
            }
        }
        Ok(tightest)
    }
}

/// The class of a path, `None` for paths that are not limited (health, metrics,
/// discovery, keys).
pub(crate) fn class_of(path: &str) -> Option<Class> {
    const IDENTITY: [&str; 5] = [
        "/oauth/v2/token",
        "/oauth/v2/device_authorization",
        "/device",
        "/device/consent",
        "/ui/login",
    ];
    if path == "/api/v1" || path.starts_with("/api/v1/") {
        Some(Class::Api)
    } else if IDENTITY.contains(&path) || path.starts_with("/ui/login/") {
        Some(Class::Identity)
    } else {
        None
    }
}

/// A stable, non-reversible key for the credential a request carries: the token itself
/// never reaches a counter store.
fn principal_key(req: &Request) -> Option<String> {
    let value = req.headers().get(AUTHORIZATION)?;
    let digest = Sha256::digest(value.as_bytes());
    Some(hex::encode(&digest[..16]))
}

/// The middleware: counts limited requests and refuses those over a limit.
pub(crate) async fn middleware(
    State(limiter): State<Arc<RateLimiter>>,
    req: Request,
    next: Next,
) -> Response {
    let Some(class) = class_of(req.uri().path()) else {
        return next.run(req).await;
    };
    let addr = req
        .extensions()
        .get::<ClientAddr>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0);
    match limiter.check(class, addr, principal_key(&req)).await {
        Ok((hit, policy)) if hit.allowed => {
            let mut resp = next.run(req).await;
            headers::describe(resp.headers_mut(), policy, &hit);
            resp
        }
        Ok((hit, policy)) => headers::too_many_requests(policy, &hit),
        Err(_) if limiter.fail_closed => headers::counters_unavailable(),
        Err(_) => next.run(req).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limited_paths_are_the_api_and_the_sign_in_endpoints() {
        assert_eq!(class_of("/api/v1/docs"), Some(Class::Api));
        assert_eq!(class_of("/api/v1"), Some(Class::Api));
        assert_eq!(class_of("/oauth/v2/token"), Some(Class::Identity));
        assert_eq!(class_of("/ui/login/password"), Some(Class::Identity));
        assert_eq!(class_of("/device"), Some(Class::Identity));
        for free in [
            "/healthz",
            "/metrics",
            "/oauth/v2/keys",
            "/api/v10",
            "/devices",
        ] {
            assert_eq!(class_of(free), None, "{free}");
        }
    }
}
