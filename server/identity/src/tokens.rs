//! Everything in the embedded OIDC provider that mints or reads tokens, at
//! ZITADEL's paths: discovery, the JWKS and signing keys, `POST /oauth/v2/token`
//! (authorization_code + PKCE, refresh_token with rotation, client_credentials,
//! device_code, jwt-bearer), introspection, revocation and userinfo.
//!
//! Token kinds (decided here, as ZITADEL does it): access tokens are RS256 JWTs
//! unless the application's, or for machine grants the machine user's, access-token
//! type is `bearer`; then they are opaque (AES-GCM sealed claims, see `opaque.rs`),
//! readable only through introspection and userinfo. Refresh tokens, PATs, codes
//! are random strings stored as SHA-256 digests. RSA work uses `ring` (see `jws.rs`).
//!
//! Audiences, as in ZITADEL: `aud` holds the client id, the client's project and
//! every project requested with `urn:zitadel:iam:org:project:id:{id}:aud` (and
//! [`ZITADEL_API_AUDIENCE`] for `…:id:zitadel:aud`). ID tokens carry the same list,
//! so an OIDC library must trust the project id as an extra audience. Machine grants
//! (client_credentials, jwt-bearer) never get refresh tokens; PATs are
//! instance-wide credentials, introspectable by any API application.
//!
//! Read paths (userinfo, introspection, machine grants) go through [`ReadCache`],
//! which every state-changing identity request invalidates ([`observe_writes`]).
//!
//! Other modules use [`ensure_signing_keys`] at start-up, [`verify_own_jwt`] for
//! `id_token_hint`, `access::resolve` to read a bearer token, and
//! [`EmbeddedKeys`] to verify tokens in-process through `ws-auth`.

pub(crate) mod access;
mod cache;
pub mod claims;
mod client_auth;
mod discovery;
mod form;
mod grant;
mod grant_client_credentials;
mod grant_code;
mod grant_device;
mod grant_jwt_bearer;
mod grant_refresh;
mod introspect;
pub(crate) mod jws;
pub mod key_sealing;
pub mod key_source;
pub mod keys;
mod mint;
pub(crate) mod opaque;
mod pkce;
mod revocation;
mod revoke;
mod userinfo;

pub use cache::{ReadCache, observe_writes};
pub use claims::{ROLES_CLAIM, ZITADEL_API_AUDIENCE};
pub use key_source::EmbeddedKeys;
pub use keys::{KeyError, SigningKeys, ensure_signing_keys, verify_own_jwt};
pub(crate) use revocation::revoke_session;

use axum::Router;
use axum::routing::{get, post};

use crate::IdentityState;

/// Routes of this module, at ZITADEL's paths.
pub(crate) fn router() -> Router<IdentityState> {
    Router::new()
        .route("/.well-known/openid-configuration", get(discovery::handler))
        .route("/oauth/v2/keys", get(keys::jwks_handler))
        .route("/oauth/v2/token", post(grant::handler))
        .route("/oauth/v2/introspect", post(introspect::handler))
        .route("/oauth/v2/revoke", post(revoke::handler))
        .route(
            "/oidc/v1/userinfo",
            get(userinfo::handler).post(userinfo::handler),
        )
}
