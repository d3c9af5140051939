//! Shared state of the identity module: configuration, persistence and the clock.
//! Passed to handlers through axum's `State`; no globals.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use url::Url;
use ws_storage::Store;

use crate::interactive::RateLimits;

/// Settings of the embedded identity provider (the server app fills it from its
/// configuration file, env and flags).
#[derive(Debug, Clone)]
pub struct IdentityConfig {
    /// The issuer URL, e.g. `http://127.0.0.1:8080` (no trailing slash, no path).
    pub issuer: Url,
    /// Lifetime of access tokens and ID tokens.
    pub access_token_ttl: Duration,
    /// Lifetime of refresh tokens (idle expiry of a token family member).
    pub refresh_token_ttl: Duration,
    /// Lifetime of authorization codes.
    pub auth_code_ttl: Duration,
    /// Lifetime of device codes (`expires_in`).
    pub device_code_ttl: Duration,
    /// Minimum polling interval for the device flow (`interval`).
    pub device_poll_interval: Duration,
    /// Lifetime of a browser login session.
    pub session_ttl: Duration,
    /// How long a signing key signs before a new one takes over.
    pub signing_key_rotation: Duration,
    /// Lockout policy (ZITADEL's `maxPasswordAttempts`): failed password checks in a
    /// row after which a user is locked until an administrator unlocks it; 0 = off.
    pub max_password_attempts: u32,
}

impl IdentityConfig {
    /// Defaults close to ZITADEL's: 12 h access tokens, 30 day refresh tokens, 10 min
    /// codes, 5 min device codes polled every 5 s.
    pub fn new(issuer: Url) -> Self {
        Self {
            issuer,
            access_token_ttl: Duration::from_secs(12 * 3600),
            refresh_token_ttl: Duration::from_secs(30 * 24 * 3600),
            auth_code_ttl: Duration::from_secs(600),
            device_code_ttl: Duration::from_secs(300),
            device_poll_interval: Duration::from_secs(5),
            session_ttl: Duration::from_secs(12 * 3600),
            signing_key_rotation: Duration::from_secs(30 * 24 * 3600),
            // ZITADEL's default lockout policy locks nobody.
            max_password_attempts: 0,
        }
    }

    /// The issuer as a string without a trailing slash, as it appears in `iss`.
    pub fn issuer_str(&self) -> &str {
        self.issuer.as_str().trim_end_matches('/')
    }
}

/// Source of the current time in unix seconds; tests swap in a [`ManualClock`].
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// Seconds since the unix epoch.
    fn now(&self) -> i64;
}

/// The system clock.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        time::OffsetDateTime::now_utc().unix_timestamp()
    }
}

/// A clock that tests move forward by hand, to exercise expiry without sleeping.
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock standing at `now`.
    pub fn new(now: i64) -> Self {
        Self(AtomicI64::new(now))
    }
    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        self.0.fetch_add(by.as_secs() as i64, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// Everything identity handlers need; cheap to clone.
#[derive(Clone, Debug)]
pub struct IdentityState {
    /// Provider settings.
    pub config: Arc<IdentityConfig>,
    /// Persistence.
    pub store: Store,
    /// The clock.
    pub clock: Arc<dyn Clock>,
    /// Signing keys in memory (loaded by [`crate::tokens::ensure_signing_keys`]).
    pub signing: Arc<crate::tokens::SigningKeys>,
    /// Cached reads of the token endpoints (see [`crate::tokens::ReadCache`]).
    pub token_cache: Arc<crate::tokens::ReadCache>,
    /// In-memory counters of failed sign-ins and wrong device user codes.
    pub limits: Arc<RateLimits>,
    /// Told of every revocation (token, grant, session, user change), so token
    /// validators in this process drop cached answers at once.
    pub revocations: Arc<ws_auth::RevocationFeed>,
    /// Seals the signing keys at rest; a random key of this process unless the
    /// server sets the configured one ([`IdentityState::with_master_keys`]).
    pub master_keys: Arc<crate::master_key::MasterKeys>,
}

impl IdentityState {
    /// State on the system clock.
    pub fn new(config: IdentityConfig, store: Store) -> Self {
        Self {
            config: Arc::new(config),
            store,
            clock: Arc::new(SystemClock),
            signing: Arc::default(),
            token_cache: Arc::default(),
            limits: Arc::new(RateLimits::default()),
            revocations: Arc::default(),
            master_keys: Arc::new(crate::master_key::MasterKeys::ephemeral()),
        }
    }

    /// The same state sealing secrets with `keys` (the configured master key).
    pub fn with_master_keys(mut self, keys: crate::master_key::MasterKeys) -> Self {
        self.master_keys = Arc::new(keys);
        self
    }
}
