//! Readiness checks behind `/readyz`: the database answers a query, the blob store
//! answers a listing, and the identity provider has a signing key to sign with.

use serde_json::{Value, json};
use ws_identity::IdentityState;
use ws_workspace::drive::blobs::BlobStore;

/// Outcome of every readiness check.
#[derive(Debug)]
pub(crate) struct Checks {
    database: Result<(), String>,
    blobs: Result<(), String>,
    signing_keys: Result<(), String>,
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
        })
    }
}

/// Runs every check. Failure details name the component, never a secret.
pub(crate) async fn check(identity: &IdentityState, blobs: &BlobStore) -> Checks {
    let database = identity
        .store
        .ping()
        .await
        .map_err(|e| format!("database unavailable: {e}"));
    let blobs = blobs
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
    }
}
