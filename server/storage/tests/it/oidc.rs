//! OIDC flow state, each story on a fresh SQLite database and a fresh PostgreSQL
//! database: sessions, single-use codes (raced by concurrent tasks), refresh rotation
//! and reuse detection (raced too), device polling and one-time exchange.

use crate::common;

use std::sync::Arc;

use common::*;
use tokio::sync::Barrier;
use ws_storage::*;

/// Every backend, each holding one active user; with the user's id.
async fn backends_with_user() -> Vec<(Backend, String)> {
    let mut all = Vec::new();
    for (store, acme) in backends_with_org().await {
        eprintln!("backend: {}", store.name);
        let alice = human(&acme.id, "alice");
        store.users.create_user(&alice).await.unwrap();
        all.push((store, alice.id));
    }
    all
}

fn code(digest: &str, user_id: &str) -> AuthCode {
    AuthCode {
        code_digest: digest.to_owned(),
        client_id: "ws-cli".into(),
        user_id: user_id.to_owned(),
        session_id: None,
        redirect_uri: "http://127.0.0.1:4711/callback".into(),
        scopes: strings(&["openid", "offline_access"]),
        nonce: Some("n-0S6_WzA2Mj".into()),
        code_challenge: Some("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM".into()),
        code_challenge_method: Some("S256".into()),
        auth_time: NOW,
        amr: strings(&["pwd"]),
        expires_at: NOW + 600,
    }
}

fn refresh(digest: &str, family: &str, user_id: &str) -> RefreshToken {
    RefreshToken {
        id: new_id(),
        token_digest: digest.to_owned(),
        family_id: family.to_owned(),
        client_id: "ws-cli".into(),
        user_id: user_id.to_owned(),
        scopes: strings(&["openid", "offline_access"]),
        auth_time: NOW,
        amr: strings(&["pwd"]),
        expires_at: NOW + 3600,
        rotated_at: None,
        revoked: false,
        created_at: NOW,
    }
}

fn successor(digest: &str) -> NewRefreshToken {
    NewRefreshToken {
        id: new_id(),
        token_digest: digest.to_owned(),
        scopes: strings(&["openid"]),
        expires_at: NOW + 7200,
    }
}

#[tokio::test]
async fn session_story() {
    for (store, user_id) in backends_with_user().await {
        let session = Session {
            id: new_id(),
            user_id: user_id.clone(),
            auth_time: NOW,
            amr: strings(&["pwd"]),
            expires_at: NOW + 60,
        };
        store.oidc.create_session(&session).await.unwrap();
        assert_eq!(
            store.oidc.get_session(&session.id).await.unwrap(),
            Some(session.clone())
        );
        store.oidc.delete_session(&session.id).await.unwrap();
        store.oidc.delete_session(&session.id).await.unwrap();
        assert_eq!(store.oidc.get_session(&session.id).await.unwrap(), None);
        let other = Session {
            id: new_id(),
            ..session.clone()
        };
        let third = Session {
            id: new_id(),
            ..session.clone()
        };
        store.oidc.create_session(&other).await.unwrap();
        store.oidc.create_session(&third).await.unwrap();
        assert_eq!(
            store.oidc.delete_sessions_for_user(&user_id).await.unwrap(),
            2
        );
        assert_eq!(store.oidc.get_session(&other.id).await.unwrap(), None);
        let orphan = Session {
            id: new_id(),
            user_id: "404".into(),
            ..session
        };
        assert!(matches!(
            store.oidc.create_session(&orphan).await,
            Err(StorageError::MissingReference(_))
        ));
    }
}

#[tokio::test]
async fn auth_code_outcomes() {
    for (store, user_id) in backends_with_user().await {
        let c = code("d1", &user_id);
        store.oidc.insert_auth_code(&c).await.unwrap();
        assert_eq!(
            store.oidc.consume_auth_code("nope", NOW).await.unwrap(),
            ConsumeCodeOutcome::NotFound
        );
        // Expired at exactly expires_at, and an expired code is not consumed by trying.
        assert_eq!(
            store.oidc.consume_auth_code("d1", NOW + 600).await.unwrap(),
            ConsumeCodeOutcome::Expired
        );
        assert_eq!(
            store.oidc.consume_auth_code("d1", NOW + 1).await.unwrap(),
            ConsumeCodeOutcome::Consumed(c.clone())
        );
        assert_eq!(
            store.oidc.consume_auth_code("d1", NOW + 2).await.unwrap(),
            ConsumeCodeOutcome::AlreadyUsed(c)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_consumers_of_a_code_have_exactly_one_winner() {
    for (store, user_id) in backends_with_user().await {
        for round in 0..10 {
            let digest = format!("race-{round}");
            store
                .oidc
                .insert_auth_code(&code(&digest, &user_id))
                .await
                .unwrap();
            let barrier = Arc::new(Barrier::new(4));
            let tasks: Vec<_> = (0..4)
                .map(|_| {
                    let (oidc, barrier, digest) =
                        (store.oidc.clone(), barrier.clone(), digest.clone());
                    tokio::spawn(async move {
                        barrier.wait().await;
                        oidc.consume_auth_code(&digest, NOW).await.unwrap()
                    })
                })
                .collect();
            let mut outcomes = Vec::new();
            for task in tasks {
                outcomes.push(task.await.unwrap());
            }
            let won = outcomes
                .iter()
                .filter(|o| matches!(o, ConsumeCodeOutcome::Consumed(_)))
                .count();
            let replayed = outcomes
                .iter()
                .filter(|o| matches!(o, ConsumeCodeOutcome::AlreadyUsed(_)))
                .count();
            assert_eq!((won, replayed), (1, 3), "round {round}: {outcomes:?}");
        }
    }
}

#[tokio::test]
async fn rotation_then_reuse_revokes_the_whole_family() {
    for (store, user_id) in backends_with_user().await {
        let first = refresh("r1", "fam", &user_id);
        store.oidc.insert_refresh_token(&first).await.unwrap();

        let out = store
            .oidc
            .rotate_refresh_token("r1", "ws-cli", &successor("r2"), NOW + 10)
            .await
            .unwrap();
        assert_eq!(out, RotateOutcome::Rotated(first.clone()));
        let second = store.oidc.find_refresh_token("r2").await.unwrap().unwrap();
        assert_eq!(
            (
                second.family_id.as_str(),
                second.scopes.clone(),
                second.created_at
            ),
            ("fam", strings(&["openid"]), NOW + 10)
        );
        assert_eq!(second.amr, first.amr);
        assert_eq!(
            store
                .oidc
                .find_refresh_token("r1")
                .await
                .unwrap()
                .unwrap()
                .rotated_at,
            Some(NOW + 10)
        );

        // Presenting r1 again is reuse: r1 and its successor r2 are both revoked.
        let out = store
            .oidc
            .rotate_refresh_token("r1", "ws-cli", &successor("r3"), NOW + 20)
            .await
            .unwrap();
        assert_eq!(
            out,
            RotateOutcome::Reused {
                family_id: "fam".into()
            }
        );
        assert!(
            store
                .oidc
                .find_refresh_token("r2")
                .await
                .unwrap()
                .unwrap()
                .revoked
        );
        assert!(store.oidc.find_refresh_token("r3").await.unwrap().is_none());
        let out = store
            .oidc
            .rotate_refresh_token("r2", "ws-cli", &successor("r4"), NOW + 30)
            .await
            .unwrap();
        assert_eq!(out, RotateOutcome::Revoked);
    }
}

#[tokio::test]
async fn rotation_refusals_change_nothing() {
    for (store, user_id) in backends_with_user().await {
        store
            .oidc
            .insert_refresh_token(&refresh("r1", "fam", &user_id))
            .await
            .unwrap();
        let rotate = |digest: &'static str, client: &'static str, now: i64| {
            let oidc = store.oidc.clone();
            async move {
                oidc.rotate_refresh_token(digest, client, &successor("next"), now)
                    .await
                    .unwrap()
            }
        };
        assert_eq!(rotate("zz", "ws-cli", NOW).await, RotateOutcome::NotFound);
        assert_eq!(
            rotate("r1", "someone-else", NOW).await,
            RotateOutcome::WrongClient
        );
        assert_eq!(
            rotate("r1", "ws-cli", NOW + 3600).await,
            RotateOutcome::Expired
        );
        let untouched = store.oidc.find_refresh_token("r1").await.unwrap().unwrap();
        assert_eq!((untouched.rotated_at, untouched.revoked), (None, false));
        assert!(
            store
                .oidc
                .find_refresh_token("next")
                .await
                .unwrap()
                .is_none()
        );

        assert!(
            store
                .oidc
                .revoke_refresh_token_by_digest("r1")
                .await
                .unwrap()
        );
        assert!(
            !store
                .oidc
                .revoke_refresh_token_by_digest("zz")
                .await
                .unwrap()
        );
        assert_eq!(rotate("r1", "ws-cli", NOW).await, RotateOutcome::Revoked);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_rotations_of_one_token_are_caught_as_reuse() {
    for (store, user_id) in backends_with_user().await {
        for round in 0..10 {
            let (old, family) = (format!("r-{round}"), format!("fam-{round}"));
            let successors = [format!("a-{round}"), format!("b-{round}")];
            store
                .oidc
                .insert_refresh_token(&refresh(&old, &family, &user_id))
                .await
                .unwrap();
            let barrier = Arc::new(Barrier::new(2));
            let tasks: Vec<_> = successors
                .iter()
                .map(|next| {
                    let (oidc, barrier) = (store.oidc.clone(), barrier.clone());
                    let (old, next) = (old.clone(), successor(next));
                    tokio::spawn(async move {
                        barrier.wait().await;
                        oidc.rotate_refresh_token(&old, "ws-cli", &next, NOW)
                            .await
                            .unwrap()
                    })
                })
                .collect();
            let mut outcomes = Vec::new();
            for task in tasks {
                outcomes.push(task.await.unwrap());
            }
            let rotated = outcomes
                .iter()
                .filter(|o| matches!(o, RotateOutcome::Rotated(_)))
                .count();
            let reused = outcomes
                .iter()
                .filter(|o| matches!(o, RotateOutcome::Reused { .. }))
                .count();
            assert_eq!((rotated, reused), (1, 1), "round {round}: {outcomes:?}");
            // The one successor that was stored is revoked with the family.
            let mut stored = 0;
            for next in &successors {
                if let Some(t) = store.oidc.find_refresh_token(next).await.unwrap() {
                    assert!(t.revoked, "round {round}: {t:?}");
                    stored += 1;
                }
            }
            assert_eq!(stored, 1, "round {round}");
        }
    }
}

#[tokio::test]
async fn family_and_user_revocation() {
    for (store, user_id) in backends_with_user().await {
        store
            .oidc
            .insert_refresh_token(&refresh("a1", "a", &user_id))
            .await
            .unwrap();
        store
            .oidc
            .insert_refresh_token(&refresh("a2", "a", &user_id))
            .await
            .unwrap();
        store
            .oidc
            .insert_refresh_token(&refresh("b1", "b", &user_id))
            .await
            .unwrap();
        assert_eq!(store.oidc.revoke_refresh_family("a").await.unwrap(), 2);
        assert!(
            !store
                .oidc
                .find_refresh_token("b1")
                .await
                .unwrap()
                .unwrap()
                .revoked
        );
        assert_eq!(
            store
                .oidc
                .revoke_refresh_tokens_for_user(&user_id)
                .await
                .unwrap(),
            1
        );
        assert!(
            store
                .oidc
                .find_refresh_token("b1")
                .await
                .unwrap()
                .unwrap()
                .revoked
        );
        let err = store
            .oidc
            .insert_refresh_token(&refresh("b1", "c", &user_id))
            .await
            .unwrap_err();
        assert!(
            matches!(&err, StorageError::Conflict(m) if !m.contains("b1")),
            "{err}"
        );
    }
}

fn device(digest: &str, user_code: &str) -> DeviceCode {
    DeviceCode {
        device_code_digest: digest.to_owned(),
        user_code: user_code.to_owned(),
        client_id: "ws-cli".into(),
        scopes: strings(&["openid"]),
        expires_at: NOW + 300,
        interval_secs: 5,
        last_poll_at: None,
        status: DeviceStatus::Pending,
    }
}

#[tokio::test]
async fn device_polls_report_the_previous_poll() {
    for (store, user_id) in backends_with_user().await {
        store
            .oidc
            .insert_device_code(&device("dc", "WDJB-MJHT"))
            .await
            .unwrap();
        assert_eq!(
            store.oidc.poll_device_code("unknown", NOW).await.unwrap(),
            None
        );
        let polls: Vec<Option<i64>> = {
            let mut seen = Vec::new();
            for at in [NOW + 5, NOW + 7, NOW + 20] {
                let got = store
                    .oidc
                    .poll_device_code("dc", at)
                    .await
                    .unwrap()
                    .unwrap();
                assert_eq!(got.status, DeviceStatus::Pending);
                seen.push(got.last_poll_at);
            }
            seen
        };
        assert_eq!(polls, vec![None, Some(NOW + 5), Some(NOW + 7)]);

        let pending = store
            .oidc
            .find_pending_by_user_code("WDJB-MJHT", NOW + 21)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(pending.last_poll_at, Some(NOW + 20));
        let amr = vec!["pwd".to_owned(), "otp".to_owned(), "mfa".to_owned()];
        store
            .oidc
            .approve_device_code("WDJB-MJHT", &user_id, NOW + 22, &amr, NOW + 22)
            .await
            .unwrap();
        // Decided codes are no longer pending: neither found nor decided again.
        assert_eq!(
            store
                .oidc
                .find_pending_by_user_code("WDJB-MJHT", NOW + 23)
                .await
                .unwrap(),
            None
        );
        assert!(matches!(
            store.oidc.deny_device_code("WDJB-MJHT", NOW + 23).await,
            Err(StorageError::NotFound)
        ));

        let got = store
            .oidc
            .poll_device_code("dc", NOW + 25)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            got.status,
            DeviceStatus::Approved {
                user_id: user_id.clone(),
                auth_time: NOW + 22,
                amr: amr.clone(),
            }
        );
        assert!(store.oidc.consume_device_code("dc").await.unwrap());
        assert!(!store.oidc.consume_device_code("dc").await.unwrap());
        let got = store
            .oidc
            .poll_device_code("dc", NOW + 30)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(got.status, DeviceStatus::Consumed);
    }
}

#[tokio::test]
async fn device_denial_expiry_and_user_code_clash() {
    for (store, user_id) in backends_with_user().await {
        store
            .oidc
            .insert_device_code(&device("d1", "AAAA-BBBB"))
            .await
            .unwrap();
        let err = store
            .oidc
            .insert_device_code(&device("d2", "AAAA-BBBB"))
            .await
            .unwrap_err();
        assert!(matches!(err, StorageError::Conflict(_)));

        store.oidc.deny_device_code("AAAA-BBBB", NOW).await.unwrap();
        let got = store
            .oidc
            .poll_device_code("d1", NOW)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(got.status, DeviceStatus::Denied);
        assert!(!store.oidc.consume_device_code("d1").await.unwrap());

        store
            .oidc
            .insert_device_code(&device("d3", "CCCC-DDDD"))
            .await
            .unwrap();
        // At expires_at the code can no longer be found or approved.
        assert_eq!(
            store
                .oidc
                .find_pending_by_user_code("CCCC-DDDD", NOW + 300)
                .await
                .unwrap(),
            None
        );
        assert!(matches!(
            store
                .oidc
                .approve_device_code("CCCC-DDDD", &user_id, NOW, &[], NOW + 300)
                .await,
            Err(StorageError::NotFound)
        ));
    }
}

#[tokio::test]
async fn revoked_access_tokens_and_purge() {
    for (store, user_id) in backends_with_user().await {
        store
            .oidc
            .revoke_access_token("jti-1", NOW + 100)
            .await
            .unwrap();
        store
            .oidc
            .revoke_access_token("jti-1", NOW + 100)
            .await
            .unwrap();
        assert!(store.oidc.is_access_token_revoked("jti-1").await.unwrap());
        assert!(!store.oidc.is_access_token_revoked("jti-2").await.unwrap());

        store
            .oidc
            .insert_auth_code(&code("c", &user_id))
            .await
            .unwrap();
        store
            .oidc
            .insert_refresh_token(&refresh("r", "f", &user_id))
            .await
            .unwrap();
        store
            .oidc
            .insert_device_code(&device("d", "EEEE-FFFF"))
            .await
            .unwrap();
        // Nothing has expired yet.
        assert_eq!(store.oidc.purge_expired(NOW).await.unwrap(), 0);
        // Everything has: revocation entry, code, refresh token and device code.
        assert_eq!(store.oidc.purge_expired(NOW + 10_000).await.unwrap(), 4);
        assert!(!store.oidc.is_access_token_revoked("jti-1").await.unwrap());
        assert_eq!(
            store.oidc.consume_auth_code("c", NOW).await.unwrap(),
            ConsumeCodeOutcome::NotFound
        );
    }
}

#[tokio::test]
async fn a_failed_rotation_stores_nothing_and_leaves_the_old_token_usable() {
    for (store, user_id) in backends_with_user().await {
        store
            .oidc
            .insert_refresh_token(&refresh("r1", "fam", &user_id))
            .await
            .unwrap();
        store
            .oidc
            .insert_refresh_token(&refresh("taken", "other", &user_id))
            .await
            .unwrap();
        // The successor's digest clashes: the whole transaction rolls back.
        let err = store
            .oidc
            .rotate_refresh_token("r1", "ws-cli", &successor("taken"), NOW)
            .await;
        assert!(matches!(err, Err(StorageError::Conflict(_))), "{err:?}");
        let old = store.oidc.find_refresh_token("r1").await.unwrap().unwrap();
        assert_eq!(old.rotated_at, None);
        let retry = store
            .oidc
            .rotate_refresh_token("r1", "ws-cli", &successor("r2"), NOW)
            .await;
        assert!(matches!(retry, Ok(RotateOutcome::Rotated(_))));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_approved_device_code_is_exchanged_once() {
    for (store, user_id) in backends_with_user().await {
        store
            .oidc
            .insert_device_code(&device("dc", "GGGG-HHHH"))
            .await
            .unwrap();
        store
            .oidc
            .approve_device_code("GGGG-HHHH", &user_id, NOW, &[], NOW)
            .await
            .unwrap();
        let barrier = Arc::new(Barrier::new(4));
        let tasks: Vec<_> = (0..4)
            .map(|_| {
                let (oidc, barrier) = (store.oidc.clone(), barrier.clone());
                tokio::spawn(async move {
                    barrier.wait().await;
                    oidc.consume_device_code("dc").await.unwrap()
                })
            })
            .collect();
        let mut winners = 0;
        for task in tasks {
            winners += usize::from(task.await.unwrap());
        }
        assert_eq!(winners, 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_raced_approval_and_denial_decide_a_device_code_once() {
    for (store, user_id) in backends_with_user().await {
        for round in 0..5 {
            let (digest, user_code) = (format!("dc-{round}"), format!("RACE-000{round}"));
            store
                .oidc
                .insert_device_code(&device(&digest, &user_code))
                .await
                .unwrap();
            let barrier = Arc::new(Barrier::new(2));
            let approve = {
                let (oidc, barrier) = (store.oidc.clone(), barrier.clone());
                let (user_code, user_id) = (user_code.clone(), user_id.clone());
                tokio::spawn(async move {
                    barrier.wait().await;
                    oidc.approve_device_code(&user_code, &user_id, NOW, &[], NOW)
                        .await
                })
            };
            let deny = {
                let (oidc, barrier, user_code) = (store.oidc.clone(), barrier, user_code.clone());
                tokio::spawn(async move {
                    barrier.wait().await;
                    oidc.deny_device_code(&user_code, NOW).await
                })
            };
            let (approved, denied) = (approve.await.unwrap(), deny.await.unwrap());
            let status = store
                .oidc
                .poll_device_code(&digest, NOW)
                .await
                .unwrap()
                .unwrap()
                .status;
            match (&approved, &denied) {
                (Ok(()), Err(StorageError::NotFound)) => assert!(
                    matches!(status, DeviceStatus::Approved { .. }),
                    "round {round}: {status:?}"
                ),
                (Err(StorageError::NotFound), Ok(())) => {
                    assert_eq!(status, DeviceStatus::Denied, "round {round}")
                }
                other => panic!("round {round}: both or neither decided: {other:?}"),
            }
        }
    }
}
