//! HTTP clients for the identity provider (OIDC + Zitadel APIs) and the workspace
//! server, login flows, token storage and profiles. Depends on `ws-api` only; it
//! never assumes the embedded identity module: everything works against a real ZITADEL.
//!
//! Map: [`config`] (profiles, precedence), [`error`] (typed errors, server error
//! bodies), [`http`], [`oidc`] (discovery and every login flow), [`tokens`],
//! [`store`] (keyring / file), [`session`] (valid tokens for requests), [`zitadel`]
//! (management API calls over Connect and REST), [`workspace`] (the workspace API).

pub mod admin;
pub mod config;
pub mod error;
pub mod fsutil;
pub mod http;
pub mod oidc;
pub mod session;
pub mod store;
pub mod tokens;
pub mod workspace;
pub mod zitadel;

pub use config::{Env, OutputFormat, Overrides, Profile, TokenStoreKind};
pub use error::{ApiError, Error, ErrorCode, ErrorKind};
pub use session::Session;
pub use tokens::{Grant, Secret, TokenSet};
/// The wire types, shared with the servers (so callers need not depend on `ws-api`).
pub use ws_api;
