//! The embedded, Zitadel-compatible identity provider: OIDC endpoints at ZITADEL's
//! paths, login and device pages, bootstrap of the first instance.
//!
//! Module ownership:
//! - [`tokens`]: discovery, JWKS and signing keys, the token endpoint (every grant),
//!   introspection, revocation and userinfo: everything that mints or reads tokens.
//! - [`interactive`]: `/oauth/v2/authorize`, the HTML login page, sessions,
//!   `/oauth/v2/device_authorization` and the `/device` page, end_session.
//! - [`housekeeping`]: the periodic purge of expired sessions, codes and tokens.
//! - [`bootstrap`]: the first instance on an empty data dir (and `--demo`).
//! - [`management`]: ZITADEL's v2 management APIs (Connect and the user/org REST
//!   aliases): users, organizations, projects, grants, authorizations, administrators.
//! - [`master_key`]: AES-256-GCM encryption at rest of the signing keys.
//! - [`state`], [`error`], [`password`], [`secrets`]: shared by all of the above.
//!
//! Depends on `ws-storage` for persistence and `ws-api` for wire types; it must not
//! depend on `ws-workspace`.

pub mod bootstrap;
pub mod error;
pub mod events;
pub mod housekeeping;
pub mod interactive;
pub mod management;
pub mod master_key;
pub mod password;
pub mod second_factor;
pub mod secrets;
pub mod state;
pub mod tokens;

pub use error::OAuthError;
pub use state::{IdentityConfig, IdentityState};

use axum::Router;

/// All identity routes, ready to be merged into the server's router.
pub fn router(state: IdentityState) -> Router {
    Router::new()
        .merge(tokens::router())
        .merge(interactive::router())
        .merge(management::router())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            tokens::observe_writes,
        ))
        .with_state(state)
}
