//! Bearer-token validation for the workspace server: JWTs against the issuer's keys
//! (a [`KeySource`]; [`RemoteJwks`] by default, cached and refreshed), opaque tokens
//! and PATs through RFC 7662 introspection (short cache keyed by a token digest), the
//! [`Principal`] axum extractor, and [`Requirement`] checks (scope, role, either, or
//! a role plus the caller's resource ACL).
//!
//! The issuer is configuration ([`AuthConfig`]); this crate knows nothing about the
//! identity module and has no database: identity depends on auth, never the reverse.
//! Tokens are never logged or echoed.
//!
//! Cache semantics (defaults in [`AuthConfig::new`]):
//! - JWKS: fetched on first use, refreshed lazily once older than the refresh
//!   interval (5 min); an unknown `kid` refetches at most once per 10 s. A failed
//!   refresh keeps the cached keys, so JWTs survive a short provider outage.
//! - Introspection: every token is introspected at the issuer, JWTs too (after their
//!   local signature and claims check), since only the issuer knows whether a token
//!   was revoked, its session ended or its user deactivated, locked or deleted. An
//!   active answer is reused for 5 s (never past `exp`), so a revoked token is refused
//!   at most 5 s later on every replica; an inactive answer is reused for 5 s.
//!   Answers are keyed by SHA-256 of the token; concurrent requests with one token
//!   share one call. An unreachable provider (or one refusing our client
//!   credentials) is a 503 for tokens not in the cache.
//! - Revocation events: with the identity provider in the same process, a
//!   [`RevocationFeed`] it publishes on evicts the affected answers at once, so
//!   revocation there is immediate.
//!
//! The `bench-no-auth` Cargo feature (compile time only, never on by default)
//! switches token validation off for benchmarks; see [`BENCH_NO_AUTH`].
//!
//! Usage: build an [`Authenticator`] from the configuration, put it in the router
//! state (or make it reachable through `FromRef`), and take a [`Principal`] (or
//! `Option<Principal>`) in handlers; check rights with [`Principal::require`] or
//! [`Principal::require_resource`]. Errors are [`AuthError`], an `IntoResponse`
//! with a `ws_api::ErrorBody`.

pub mod authenticator;
#[cfg(feature = "bench-no-auth")]
pub mod bench_no_auth;
pub mod cache;
pub mod clock;
pub mod config;
pub mod discovery;
pub mod error;
pub mod extract;
pub mod introspect;
pub mod jwks;
pub mod jwt;
pub mod keys;
pub mod principal;
pub mod require;
pub mod revocation;
pub mod token;

/// Whether this build was compiled with the `bench-no-auth` feature: the
/// [`Principal`] extractor then validates NO token and answers with a fixed
/// principal. For benchmarks only; the server warns at start and says so in `--version`.
pub const BENCH_NO_AUTH: bool = cfg!(feature = "bench-no-auth");

pub use authenticator::{Authenticator, AuthenticatorBuilder, BuildError};
pub use clock::{Clock, ManualClock, SystemClock};
pub use config::{AuthConfig, Secret};
pub use error::{AuthError, Reason};
pub use jwks::RemoteJwks;
pub use keys::{KeyError, KeySource, StaticKeys, VerifyingKey};
pub use principal::{Principal, Validated};
pub use require::Requirement;
pub use revocation::{Revocation, RevocationFeed, RevocationListener};
