//! In-memory, fixed-window counters of failures (failed logins, wrong device user
//! codes), keyed by whatever the caller chooses (a username, an IP, a session).
//!
//! One node only: the embedded provider is a single-process development backend
//! (DESIGN.md §6), so the counters live in memory and vanish on restart.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

/// Entries kept before expired windows are swept, bounding memory under a flood of
/// distinct keys.
const SWEEP_THRESHOLD: usize = 10_000;

/// Counts failures per key in fixed windows and refuses a key that reached the limit.
#[derive(Debug)]
pub struct RateLimiter {
    max_failures: u32,
    window: i64,
    entries: Mutex<HashMap<String, Window>>,
}

#[derive(Debug, Clone, Copy)]
struct Window {
    started: i64,
    failures: u32,
}

impl RateLimiter {
    /// A limiter allowing `max_failures` failures per key within `window`.
    pub fn new(max_failures: u32, window: Duration) -> Self {
        Self {
            max_failures,
            window: i64::try_from(window.as_secs()).unwrap_or(i64::MAX).max(1),
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// `Ok` when `key` may try again at `now`, else the seconds until it may.
    pub fn check(&self, key: &str, now: i64) -> Result<(), u64> {
        let entries = self.lock();
        match entries.get(key) {
            Some(w) if w.failures >= self.max_failures && now < w.started + self.window => {
                Err(u64::try_from(w.started + self.window - now)
                    .unwrap_or(1)
                    .max(1))
            }
            _ => Ok(()),
        }
    }

    /// Counts one failure of `key` at `now`.
    pub fn record_failure(&self, key: &str, now: i64) {
        let mut entries = self.lock();
        if entries.len() >= SWEEP_THRESHOLD {
            let window = self.window;
            entries.retain(|_, w| now < w.started + window);
        }
        let w = entries.entry(key.to_owned()).or_insert(Window {
            started: now,
            failures: 0,
        });
        if now >= w.started + self.window {
            *w = Window {
                started: now,
                failures: 0,
            };
        }
        w.failures = w.failures.saturating_add(1);
    }

    /// Forgets the failures of `key` (after a successful sign-in).
    pub fn reset(&self, key: &str) {
        self.lock().remove(key);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Window>> {
        // A poisoned lock only means another request panicked mid-update of plain
        // counters; the map is still usable.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The limiters of the interactive endpoints, shared through `IdentityState`.
#[derive(Debug)]
pub struct RateLimits {
    /// Failed sign-ins, keyed `user:<id>|ip:<address>` (see the login form).
    pub login: RateLimiter,
    /// Wrong device user codes, keyed `ip:<address>` and `session:<id digest>`.
    pub user_code: RateLimiter,
}

impl Default for RateLimits {
    /// 10 failed sign-ins per account and address per 15 minutes; 10 wrong user codes per IP
    /// or session per 10 minutes (with 20^8 codes that leaves no useful guessing).
    fn default() -> Self {
        Self {
            login: RateLimiter::new(10, Duration::from_secs(15 * 60)),
            user_code: RateLimiter::new(10, Duration::from_secs(10 * 60)),
        }
    }
}

/// The client's address, as part of limiter keys: the one the server put in the
/// request's extensions (after believing `X-Forwarded-For` from trusted proxies
/// only), else the peer address of the connection. Forwarding headers are never read
/// here: anyone can set them. Without either (a server not started with
/// `into_make_service_with_connect_info`) the address is `unknown`: callers then
/// fall back to keys that do not depend on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientIp(pub String);

impl ClientIp {
    /// The limiter key for this address.
    pub fn key(&self) -> String {
        format!("ip:{}", self.0)
    }

    /// Whether the peer address is known (the server passes connection info).
    pub fn is_known(&self) -> bool {
        self.0 != UNKNOWN_IP
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        if let Some(resolved) = parts.extensions.get::<ClientIp>() {
            return Ok(resolved.clone());
        }
        Ok(ClientIp(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| UNKNOWN_IP.to_owned(), |c| c.0.ip().to_string()),
        ))
    }
}

const UNKNOWN_IP: &str = "unknown";

/// Checks every key; the longest wait among those over their limit, if any.
pub fn check_all(limiter: &RateLimiter, keys: &[String], now: i64) -> Result<(), u64> {
    let wait = keys
        .iter()
        .filter_map(|k| limiter.check(k, now).err())
        .max();
    wait.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_after_limit_until_window_passes() {
        let l = RateLimiter::new(3, Duration::from_secs(60));
        for _ in 0..3 {
            assert_eq!(l.check("k", 100), Ok(()));
            l.record_failure("k", 100);
        }
        assert_eq!(l.check("k", 110), Err(50));
        assert_eq!(l.check("other", 110), Ok(()));
        assert_eq!(l.check("k", 160), Ok(()));
        l.record_failure("k", 160);
        assert_eq!(l.check("k", 160), Ok(()), "a new window starts from zero");
    }

    #[test]
    fn reset_forgets_failures() {
        let l = RateLimiter::new(1, Duration::from_secs(60));
        l.record_failure("k", 0);
        assert!(l.check("k", 1).is_err());
        l.reset("k");
        assert!(l.check("k", 1).is_ok());
    }

    #[test]
    fn sweeps_expired_entries_when_full() {
        let l = RateLimiter::new(1, Duration::from_secs(10));
        for i in 0..SWEEP_THRESHOLD {
            l.record_failure(&format!("k{i}"), 0);
        }
        l.record_failure("late", 100);
        assert_eq!(l.lock().len(), 1);
    }
}
