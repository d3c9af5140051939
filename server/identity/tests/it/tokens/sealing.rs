//! Signing keys at rest: sealed with the master key, plain rows of older databases
//! sealed on load, a wrong master key refused with an error naming its source, and
//! a rotation that re-seals every row.

use ws_identity::IdentityState;
use ws_identity::master_key::{MasterKey, MasterKeys};
use ws_identity::tokens::key_sealing::{SealReport, seal_stored_keys};

use super::fixture::*;

/// The stored column of every signing key, read straight from the database.
async fn raw_keys(fx: &Fx) -> Vec<(String, String)> {
    sqlx::query_as("SELECT id, private_key_pem FROM signing_keys ORDER BY id")
        .fetch_all(&fx.db)
        .await
        .unwrap()
}

/// A new process over the fixture's database with `keys` as its master keys.
fn restarted(fx: &Fx, keys: MasterKeys) -> IdentityState {
    let mut state = IdentityState::new((*fx.state.config).clone(), fx.state.store.clone())
        .with_master_keys(keys);
    state.clock = fx.clock.clone();
    state
}

async fn a_token(fx: &Fx) -> String {
    let r = fx
        .post(
            "/oauth/v2/token",
            &[("grant_type", "client_credentials")],
            Some(("jwt-bot", "jwt-secret")),
        )
        .await;
    r.body["access_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_plain_key_of_an_older_database_is_sealed_on_load_and_still_signs() {
    // The fixture stores key "100" as plain PEM, as databases before encryption at
    // rest hold it, and then loads the keys.
    let fx = Fx::new().await;
    let rows = raw_keys(&fx).await;
    assert_eq!(rows.len(), 1);
    let (id, stored) = &rows[0];
    assert_eq!(id, "100");
    assert!(!stored.contains("PRIVATE KEY"), "{stored}");
    assert_eq!(
        MasterKeys::sealed_with(stored),
        Some(fx.state.master_keys.current().id())
    );
    let token = a_token(&fx).await;
    assert!(ws_identity::tokens::verify_own_jwt(&fx.state, &token, false).is_ok());
    // A second pass finds nothing left to do.
    let again = seal_stored_keys(&fx.state.store, &fx.state.master_keys)
        .await
        .unwrap();
    assert_eq!(
        again,
        SealReport {
            unchanged: 1,
            ..SealReport::default()
        }
    );
}

#[tokio::test]
async fn a_restart_with_the_same_key_loads_the_keys_and_a_wrong_key_refuses() {
    let fx = Fx::new().await;
    let token = a_token(&fx).await;

    let same = restarted(&fx, MasterKeys::new(fx.state.master_keys.current().clone()));
    ws_identity::tokens::ensure_signing_keys(&same)
        .await
        .unwrap();
    assert!(ws_identity::tokens::verify_own_jwt(&same, &token, false).is_ok());

    let (wrong_key, _) = MasterKey::generate("/srv/ws/other.key");
    let wrong_id = wrong_key.id().to_owned();
    let wrong = restarted(&fx, MasterKeys::new(wrong_key));
    let before = raw_keys(&fx).await;
    let err = ws_identity::tokens::ensure_signing_keys(&wrong)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("signing key '100'"), "{err}");
    assert!(err.contains("/srv/ws/other.key"), "{err}");
    assert!(err.contains(&wrong_id), "{err}");
    assert!(err.contains(fx.state.master_keys.current().id()), "{err}");
    assert!(!err.contains("PRIVATE"), "{err}");
    // Nothing was changed or added: no new key sealed with the wrong master key.
    assert_eq!(raw_keys(&fx).await, before);
    assert!(!wrong.signing.is_loaded());
}

#[tokio::test]
async fn rotation_reseals_every_key_and_only_the_new_master_key_is_needed_after() {
    let fx = Fx::new().await;
    // A second signing key, made by rotation of the signing keys themselves.
    fx.clock
        .advance(std::time::Duration::from_secs(30 * 86400 + 1));
    ws_identity::tokens::ensure_signing_keys(&fx.state)
        .await
        .unwrap();
    let token = a_token(&fx).await;
    assert_eq!(raw_keys(&fx).await.len(), 2);

    let old = fx.state.master_keys.current().clone();
    let (new, _) = MasterKey::generate("/srv/ws/new.key");
    let both = MasterKeys::new(new.clone()).with_previous(old.clone());
    let report = seal_stored_keys(&fx.state.store, &both).await.unwrap();
    assert_eq!(
        report,
        SealReport {
            resealed: 2,
            ..SealReport::default()
        }
    );
    for (id, stored) in raw_keys(&fx).await {
        assert_eq!(MasterKeys::sealed_with(&stored), Some(new.id()), "{id}");
    }

    let new_id = new.id().to_owned();
    let with_new = restarted(&fx, MasterKeys::new(new));
    ws_identity::tokens::ensure_signing_keys(&with_new)
        .await
        .unwrap();
    assert!(ws_identity::tokens::verify_own_jwt(&with_new, &token, false).is_ok());
    let with_old = restarted(&fx, MasterKeys::new(old));
    let err = ws_identity::tokens::ensure_signing_keys(&with_old)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!("encrypted with master key '{new_id}'")),
        "{err}"
    );
}
