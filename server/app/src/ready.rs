//! Readiness checks behind `/readyz`: the database answers a query, the blob store
//! answers a listing, and the identity provider has a signing key to sign with. The
//! answer also names both backends, so an operator sees which ones this replica uses.

use serde_json::{Value, json};

use crate::http::OpsState;

/// The backends in use, as the banner names them (never a credential).
#[derive(Debug, Clone)]
pub(crate) struct Backends {
    /// `sqlite PATH` or `postgres HOST:PORT/DB (replica: …)`.
    pub(crate) database: String,
    /// `local directory DIR` or `s3://BUCKET/PREFIX at ENDPOINT`.
    pub(crate) blobs: String,
}

/// Outcome of every readiness check.
#[derive(Debug)]
pub(crate) struct Checks {
    database: Result<(), String>,
    blobs: Result<(), String>,
    signing_keys: Result<(), String>,
    backends: Backends,
}

impl Checks {
    pub(crate) fn ready(&self) -> bool {
        self.database.is_ok() && self.blobs.is_ok() && self.signing_keys.is_ok()
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
                "signing_keys": show(&self.signing_keys),
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
    let identity = &state.identity;
    let database = identity
        .store
        .ping()
        .await
        .map_err(|e| format!("database unavailable: {e}"));
    let blobs = state
        .blobs
        .check()
        .await
        .map_err(|e| format!("blob store unavailable: {e}"));
    let signing_keys = match identity.signing.active(identity.clock.now()) {
        Some(_) => Ok(()),
        None => Err("no signing key is active".to_owned()),
    };
    Checks {
        database,
        blobs,
        signing_keys,
        backends: state.backends.clone(),
    }
}
