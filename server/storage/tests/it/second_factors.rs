//! Story test of second factors on SQLite and on PostgreSQL: a TOTP registration is
//! replaced until verified and refused after, a time step is accepted once, wrong
//! codes lock the user at the limit, recovery codes are spent once, login challenges
//! are taken once and purged when expired.

use crate::common;

use common::*;
use ws_storage::*;

#[tokio::test]
async fn totp_story() {
    for (store, org) in backends_with_org().await {
        let alice = human(&org.id, "alice");
        store.users.create_user(&alice).await.unwrap();
        let f = &store.second_factors;
        assert_eq!(f.get_totp(&alice.id).await.unwrap(), None);
        let missing = f.register_totp("nobody", "sealed", NOW).await;
        assert!(matches!(missing, Err(StorageError::MissingReference(_))));

        f.register_totp(&alice.id, "first", NOW).await.unwrap();
        f.register_totp(&alice.id, "second", NOW + 1).await.unwrap();
        let t = f.get_totp(&alice.id).await.unwrap().unwrap();
        assert_eq!((t.secret_sealed.as_str(), t.verified_at), ("second", None));

        f.verify_totp(&alice.id, 100, NOW + 2).await.unwrap();
        let again = f.verify_totp(&alice.id, 101, NOW + 3).await;
        assert!(matches!(again, Err(StorageError::NotFound)));
        let replaced = f.register_totp(&alice.id, "third", NOW + 3).await;
        assert!(matches!(replaced, Err(StorageError::Conflict(_))));
        let t = f.get_totp(&alice.id).await.unwrap().unwrap();
        assert_eq!(
            (t.secret_sealed.as_str(), t.verified_at, t.last_step),
            ("second", Some(NOW + 2), 100)
        );

        // A step is accepted once, and never one older than the last.
        assert!(!f.accept_totp_step(&alice.id, 100).await.unwrap());
        assert!(f.accept_totp_step(&alice.id, 102).await.unwrap());
        assert!(!f.accept_totp_step(&alice.id, 101).await.unwrap());

        // Two wrong codes under a limit of three leave alice active; the third locks.
        assert!(!f.record_totp_failure(&alice.id, 3, NOW).await.unwrap());
        assert!(!f.record_totp_failure(&alice.id, 3, NOW).await.unwrap());
        assert!(f.record_totp_failure(&alice.id, 3, NOW + 9).await.unwrap());
        let locked = store.users.get_user(&alice.id).await.unwrap().unwrap();
        assert_eq!(
            (locked.state, locked.changed_at),
            (UserState::Locked, NOW + 9)
        );
        f.clear_totp_failures(&alice.id).await.unwrap();
        assert_eq!(f.get_totp(&alice.id).await.unwrap().unwrap().failures, 0);

        f.replace_recovery_codes(&alice.id, &strings(&["h0", "h1"]), NOW)
            .await
            .unwrap();
        f.remove_totp(&alice.id).await.unwrap();
        assert_eq!(f.get_totp(&alice.id).await.unwrap(), None);
        assert!(f.unused_recovery_codes(&alice.id).await.unwrap().is_empty());
        let gone = f.remove_totp(&alice.id).await;
        assert!(matches!(gone, Err(StorageError::NotFound)));
    }
}

#[tokio::test]
async fn recovery_codes_are_spent_once() {
    for (store, org) in backends_with_org().await {
        let bob = human(&org.id, "bob");
        store.users.create_user(&bob).await.unwrap();
        let f = &store.second_factors;
        f.replace_recovery_codes(&bob.id, &strings(&["old"]), NOW)
            .await
            .unwrap();
        f.replace_recovery_codes(&bob.id, &strings(&["h0", "h1", "h2"]), NOW)
            .await
            .unwrap();
        assert!(f.spend_recovery_code(&bob.id, 1, NOW + 1).await.unwrap());
        assert!(!f.spend_recovery_code(&bob.id, 1, NOW + 2).await.unwrap());
        assert!(!f.spend_recovery_code(&bob.id, 7, NOW + 2).await.unwrap());
        let left = f.unused_recovery_codes(&bob.id).await.unwrap();
        let hashes: Vec<_> = left
            .iter()
            .map(|c| (c.position, c.code_hash.as_str()))
            .collect();
        assert_eq!(hashes, vec![(0, "h0"), (2, "h2")]);
    }
}

#[tokio::test]
async fn login_challenges_are_taken_once_and_purged() {
    for (store, org) in backends_with_org().await {
        let carol = human(&org.id, "carol");
        store.users.create_user(&carol).await.unwrap();
        let f = &store.second_factors;
        let challenge = |id: &str, expires_at| LoginChallenge {
            id: id.to_owned(),
            user_id: carol.id.clone(),
            amr: strings(&["pwd"]),
            expires_at,
        };
        f.create_login_challenge(&challenge("a", NOW + 300), NOW)
            .await
            .unwrap();
        f.create_login_challenge(&challenge("b", NOW - 1), NOW)
            .await
            .unwrap();
        let dup = f.create_login_challenge(&challenge("a", NOW), NOW).await;
        assert!(matches!(dup, Err(StorageError::Conflict(_))));
        assert_eq!(
            f.get_login_challenge("a").await.unwrap(),
            Some(challenge("a", NOW + 300))
        );
        assert_eq!(f.purge_expired_login_challenges(NOW).await.unwrap(), 1);
        assert_eq!(f.get_login_challenge("b").await.unwrap(), None);
        assert!(f.take_login_challenge("a").await.unwrap());
        assert!(!f.take_login_challenge("a").await.unwrap());
        // Deleting the user takes its challenges and factors along.
        f.create_login_challenge(&challenge("c", NOW + 300), NOW)
            .await
            .unwrap();
        f.register_totp(&carol.id, "s", NOW).await.unwrap();
        store.users.delete_user(&carol.id).await.unwrap();
        assert_eq!(f.get_login_challenge("c").await.unwrap(), None);
        assert_eq!(f.get_totp(&carol.id).await.unwrap(), None);
    }
}
