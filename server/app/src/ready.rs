//! Readiness checks behind `/readyz`: the database answers a query, the blob store
//! answers a listing, and tokens can be checked — an identity provider in this
//! process has a signing key to sign with; a workspace-only server reaches its
//! issuer's JWKS (fetched afresh, not from the key cache, which would hide an outage)
//! and finds keys in it. The answer also names both backends, so an operator sees
//! which ones this replica uses.

use serde_json::{Value, json};
use ws_identity::IdentityState;

use crate::http::OpsState;

/// The backends in use, as the banner names them (never a credential).
#[derive(Debug, Clone)]
pub(crate) struct Backends {
    /// `sqlite PATH` or `postgres HOST:PORT/DB (replica: …)`.
    pub(crate) database: String,
    /// `local directory DIR` or `s3://BUCKET/PREFIX at ENDPOINT`.
    pub(crate) blobs: String,
}

/// Where this server's tokens come from, as far as readiness is concerned.
#[derive(Clone, Debug)]
pub(crate) enum Tokens {
    /// The embedded identity provider signs them.
    Embedded(Box<IdentityState>),
    /// A remote issuer signs them; the workspace's authenticator fetches its keys.
    Remote(ws_auth::Authenticator),
}

/// Outcome of every readiness check.
#[derive(Debug)]
pub(crate) struct Checks {
    database: Result<(), String>,
    blobs: Result<(), String>,
    /// `signing_keys` (embedded provider) or `issuer_jwks` (remote issuer).
    keys: (&'static str, Result<(), String>),
    backends: Backends,
}

impl Checks {
    pub(crate) fn ready(&self) -> bool {
        self.database.is_ok() && self.blobs.is_ok() && self.keys.1.is_ok()
    }

    pub(crate) fn to_json(&self) -> Value {
        let show = |r: &Result<(), String>| match r {
            Ok(()) => json!("ok"),
            Err(e) => json!(e),
        };
        json!({
            "status": if self.ready() { "ready" } else { "not ready" },
            "checks": {
                "database": show(&self.database),
                "blobs": show(&self.blobs),
                self.keys.0: show(&self.keys.1),
            },
            "backends": {
                "database": self.backends.database,
                "blobs": self.backends.blobs,
            },
        })
    }
}

/// Runs every check. Failure details name the component, never a secret.
pub(crate) async fn check(state: &OpsState) -> Checks {
    let database = state
        .store
        .ping()
        .await
        .map_err(|e| format!("database unavailable: {e}"));
    let blobs = state
        .blobs
        .check()
        .await
        .map_err(|e| format!("blob store unavailable: {e}"));
    let keys = match &state.tokens {
        Tokens::Embedded(identity) => (
            "signing_keys",
            match identity.signing.active(identity.clock.now()) {
                Some(_) => Ok(()),
                None => Err("no signing key is active".to_owned()),
            },
        ),
        Tokens::Remote(auth) => (
            "issuer_jwks",
            auth.probe_issuer()
                .await
                .map(|_| ())
                .map_err(|e| format!("issuer {} unavailable: {e}", auth.config().issuer)),
        ),
    };
    Checks {
        database,
        blobs,
        keys,
        backends: state.backends.clone(),
    }
}
