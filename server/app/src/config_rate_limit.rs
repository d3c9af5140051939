//! `[rate_limit]`: how many requests a principal or a client address may make per window
//! on the workspace API and on the identity provider's sign-in endpoints, and where the
//! counters live (this process, or a Redis shared by every replica).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::config::Secret;

/// `[rate_limit]`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RateLimitSection {
    /// Off: no request is counted or refused, and no `RateLimit` header is sent.
    pub enabled: bool,
    /// The window every limit below counts over.
    #[serde(with = "crate::duration_serde")]
    pub window: Duration,
    /// `/api/v1`: requests per window for one credential (bearer token).
    pub api_per_principal: u32,
    /// `/api/v1`: requests per window from one client address.
    pub api_per_address: u32,
    /// Token, login and device endpoints: requests per window for one credential
    /// (the `Authorization` header, e.g. a client's basic credentials).
    pub identity_per_principal: u32,
    /// Token, login and device endpoints: requests per window from one client address.
    pub identity_per_address: u32,
    /// Counters in Redis (`redis://host:port/db`), shared by every replica using the same
    /// URL and key prefix; unset: counters in this process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redis_url: Option<Secret>,
    /// Prefix of every Redis key, so several deployments can share one Redis.
    pub redis_key_prefix: String,
    /// While Redis does not answer: `fail_open` lets requests through uncounted,
    /// `fail_closed` refuses them with 503.
    pub redis_failure: RedisFailure,
    /// How long one Redis call may take before it counts as Redis being down.
    #[serde(with = "crate::duration_serde")]
    pub redis_timeout: Duration,
}

/// What the limiter does while its Redis is unreachable.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RedisFailure {
    /// Let requests through uncounted: availability over strictness.
    FailOpen,
    /// Refuse requests (503, `Retry-After`) until Redis answers again.
    FailClosed,
}

impl Default for RateLimitSection {
    fn default() -> Self {
        Self {
            enabled: true,
            window: Duration::from_secs(60),
            api_per_principal: 6000,
            api_per_address: 12000,
            identity_per_principal: 300,
            identity_per_address: 600,
            redis_url: None,
            redis_key_prefix: "ws:rl".into(),
            redis_failure: RedisFailure::FailOpen,
            redis_timeout: Duration::from_millis(250),
        }
    }
}
