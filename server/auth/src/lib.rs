//! Bearer-token validation for the workspace server: JWTs against the issuer's keys
//! (a [`KeySource`]; [`RemoteJwks`] by default, cached and refreshed), opaque tokens
//! and PATs through RFC 7662 introspection (short cache keyed by a token digest), the
//! [`Principal`] axum extractor, and [`Requirement`] checks (scope, role, either, or
//! a role plus the caller's resource ACL).
//!
//! The issuer is configuration ([`AuthConfig`]); this crate knows nothing about the
//! identity module and has no database: identity depends on auth, never the reverse.
//! Tokens are never logged or echoed.

pub mod authenticator;
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
pub mod token;

pub use authenticator::{Authenticator, AuthenticatorBuilder, BuildError};
pub use clock::{Clock, ManualClock, SystemClock};
pub use config::{AuthConfig, Secret};
pub use error::{AuthError, Reason};
pub use jwks::RemoteJwks;
pub use keys::{KeyError, KeySource, StaticKeys, VerifyingKey};
pub use principal::{Principal, Validated};
pub use require::Requirement;
