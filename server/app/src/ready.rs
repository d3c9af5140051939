//! Readiness checks behind `/readyz`: the database answers a query and the identity
//! provider has a signing key to sign with.

use serde_json::{Value, json};
use ws_identity::IdentityState;

/// Outcome of every readiness check.
#[derive(Debug)]
pub(crate) struct Checks {
    database: Result<(), String>,
    signing_keys: Result<(), String>,
}

impl Checks {
    pub(crate) fn ready(&self) -> bool {
        self.database.is_ok() && self.signing_keys.is_ok()
    }

    pub(crate) fn to_json(&self) -> Value {
        let show = |r: &Result<(), String>| match r {
            Ok(()) => json!("ok"),
            Err(e) => json!(e),
        };
        json!({
            "status": if self.ready() { "ready" } else { "not ready" },
            "checks": { "database": show(&self.database), "signing_keys": show(&self.signing_keys) },
        })
    }
}

/// Runs every check. Failure details name the component, never a secret.
pub(crate) async fn check(identity: &IdentityState) -> Checks {
    let database = identity
        .store
        .ping()
        .await
        .map_err(|e| format!("database unavailable: {e}"));
    let signing_keys = match identity.signing.active(identity.clock.now()) {
        Some(_) => Ok(()),
        None => Err("no signing key is active".to_owned()),
    };
    Checks {
        database,
        signing_keys,
    }
}
