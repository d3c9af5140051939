//! Story tests of users and what hangs off them, on SQLite and on PostgreSQL.

use crate::common;

use common::*;
use ws_storage::*;

#[tokio::test]
async fn user_create_update_and_conflicts() {
    for (store, acme) in backends_with_org().await {
        let alice = human(&acme.id, "alice");
        store.users.create_user(&alice).await.unwrap();
        assert_eq!(
            store.users.get_user(&alice.id).await.unwrap(),
            Some(alice.clone())
        );

        let err = store
            .users
            .create_user(&human(&acme.id, "Alice"))
            .await
            .unwrap_err();
        assert_eq!(err.to_string(), "username 'Alice' already exists");
        let err = store
            .users
            .create_user(&human("404", "bob"))
            .await
            .unwrap_err();
        assert_eq!(err.to_string(), "organization '404' does not exist");

        let mut changed = alice.clone();
        if let UserKind::Human(h) = &mut changed.kind {
            h.display_name = "Alice A.".into();
            h.nick_name = Some("al".into());
        }
        changed.changed_at = NOW + 2;
        store.users.update_user(&changed).await.unwrap();
        assert_eq!(
            store.users.get_user(&alice.id).await.unwrap(),
            Some(changed)
        );

        let bob = human(&acme.id, "bob");
        store.users.create_user(&bob).await.unwrap();
        let renamed = User {
            username: "ALICE".into(),
            ..bob.clone()
        };
        let err = store.users.update_user(&renamed).await.unwrap_err();
        assert_eq!(err.to_string(), "username 'ALICE' already exists");
        assert_eq!(store.users.get_user(&bob.id).await.unwrap(), Some(bob));
    }
}

#[tokio::test]
async fn users_are_found_by_login_name() {
    for (store, acme) in backends_with_org().await {
        let alice = human(&acme.id, "alice");
        store.users.create_user(&alice).await.unwrap();
        for login in [
            "alice",
            "ALICE",
            "alice@acme.localhost",
            "Alice@Example.com",
        ] {
            let found = store.users.find_user_by_login(login).await.unwrap();
            assert_eq!(found.map(|u| u.id), Some(alice.id.clone()), "login {login}");
        }
        let elsewhere = store
            .users
            .find_user_by_login("alice@globex.localhost")
            .await
            .unwrap();
        assert_eq!(elsewhere, None);

        // An email shared by two humans designates neither.
        let mut twin = human(&acme.id, "alice2");
        if let UserKind::Human(h) = &mut twin.kind {
            h.email = "ALICE@example.com".into();
        }
        store.users.create_user(&twin).await.unwrap();
        assert_eq!(
            store
                .users
                .find_user_by_login("alice@example.com")
                .await
                .unwrap(),
            None
        );

        let bot = machine(&acme.id, "ci-bot");
        store.users.create_user(&bot).await.unwrap();
        assert_eq!(
            store
                .users
                .find_machine_by_username("ci-bot")
                .await
                .unwrap(),
            Some(bot)
        );
        assert_eq!(
            store.users.find_machine_by_username("alice").await.unwrap(),
            None
        );
    }
}

#[tokio::test]
async fn user_lists_filter_and_page() {
    for (store, acme) in backends_with_org().await {
        let other = org("Globex");
        store.orgs.create_org(&other).await.unwrap();
        let mut users = [
            human(&acme.id, "alice"),
            human(&acme.id, "bob"),
            machine(&acme.id, "ci-bot"),
            human(&other.id, "charlie"),
        ];
        for (i, user) in users.iter_mut().enumerate() {
            user.created_at = NOW + i as i64;
            store.users.create_user(user).await.unwrap();
        }
        let list = |filter: UserFilter, q: ListQuery| {
            let users = store.users.clone();
            async move {
                let page = users.list_users(&filter, q).await.unwrap();
                let names: Vec<String> = page.items.into_iter().map(|u| u.username).collect();
                (page.total, names)
            }
        };
        let in_acme = || UserFilter {
            org_id: Some(acme.id.clone()),
            ..Default::default()
        };
        let newest_two = ListQuery {
            offset: 0,
            limit: 2,
            asc: false,
        };
        assert_eq!(
            list(in_acme(), newest_two).await,
            (3, strings(&["ci-bot", "bob"]))
        );
        let third = ListQuery {
            offset: 2,
            limit: 2,
            asc: true,
        };
        assert_eq!(list(in_acme(), third).await, (3, strings(&["ci-bot"])));
        let humans = UserFilter {
            human: Some(true),
            ..in_acme()
        };
        assert_eq!(
            list(humans, ListQuery::default()).await,
            (2, strings(&["alice", "bob"]))
        );
        let some = UserFilter {
            ids: Some(vec![users[0].id.clone(), users[3].id.clone()]),
            ..Default::default()
        };
        assert_eq!(
            list(some, ListQuery::default()).await,
            (2, strings(&["alice", "charlie"]))
        );
        let none = UserFilter {
            ids: Some(vec![]),
            ..Default::default()
        };
        assert_eq!(list(none, ListQuery::default()).await.0, 0);
        store
            .users
            .set_user_state(&users[1].id, UserState::Inactive, NOW)
            .await
            .unwrap();
        let inactive = UserFilter {
            state: Some(UserState::Inactive),
            ..Default::default()
        };
        assert_eq!(
            list(inactive, ListQuery::default()).await,
            (1, strings(&["bob"]))
        );
        // The search matches usernames, emails and names, with LIKE wildcards taken literally.
        let search = |text: &str| UserFilter {
            search: Some(text.into()),
            ..Default::default()
        };
        assert_eq!(list(search("CHARLIE@"), ListQuery::default()).await.0, 1);
        assert_eq!(list(search("ci-bot serv"), ListQuery::default()).await.0, 1);
        assert_eq!(list(search("%"), ListQuery::default()).await.0, 0);
    }
}

#[tokio::test]
async fn state_password_and_secret_changes() {
    for (store, acme) in backends_with_org().await {
        let alice = human(&acme.id, "alice");
        store.users.create_user(&alice).await.unwrap();
        let bot = machine(&acme.id, "bot");
        store.users.create_user(&bot).await.unwrap();

        store
            .users
            .set_user_state(&alice.id, UserState::Locked, NOW + 1)
            .await
            .unwrap();
        let hash = Some("$argon2id$new");
        store
            .users
            .set_password_hash(&alice.id, hash, true, NOW + 2)
            .await
            .unwrap();
        let got = store.users.get_user(&alice.id).await.unwrap().unwrap();
        assert_eq!((got.state, got.changed_at), (UserState::Locked, NOW + 2));
        let h = got.human().unwrap();
        assert_eq!(h.password_hash.as_deref(), Some("$argon2id$new"));
        assert!(h.password_change_required);

        store
            .users
            .set_machine_secret(&bot.id, Some("digest"), NOW + 1)
            .await
            .unwrap();
        let bot_now = store.users.get_user(&bot.id).await.unwrap().unwrap();
        assert_eq!(
            bot_now.machine().unwrap().secret_digest.as_deref(),
            Some("digest")
        );

        // A machine has no password, a human no machine secret.
        let on_machine = store
            .users
            .set_password_hash(&bot.id, Some("x"), false, NOW)
            .await;
        assert!(matches!(on_machine, Err(StorageError::NotFound)));
        let on_human = store
            .users
            .set_machine_secret(&alice.id, Some("x"), NOW)
            .await;
        assert!(matches!(on_human, Err(StorageError::NotFound)));
        let gone = store
            .users
            .set_user_state("404", UserState::Active, NOW)
            .await;
        assert!(matches!(gone, Err(StorageError::NotFound)));
    }
}

#[tokio::test]
async fn metadata_story() {
    for (store, acme) in backends_with_org().await {
        let bot = machine(&acme.id, "ci-bot");
        store.users.create_user(&bot).await.unwrap();
        let entry = UserMetadata {
            user_id: bot.id.clone(),
            key: "team".into(),
            value: b"ops".to_vec(),
        };
        store.users.set_metadata(&entry).await.unwrap();
        let replaced = UserMetadata {
            value: vec![0, 255],
            ..entry.clone()
        };
        store.users.set_metadata(&replaced).await.unwrap();
        assert_eq!(
            store.users.list_metadata(&bot.id).await.unwrap(),
            vec![replaced.clone()]
        );
        assert_eq!(
            store.users.get_metadata(&bot.id, "team").await.unwrap(),
            Some(replaced)
        );
        store.users.delete_metadata(&bot.id, "team").await.unwrap();
        assert_eq!(
            store.users.get_metadata(&bot.id, "team").await.unwrap(),
            None
        );
        let again = store.users.delete_metadata(&bot.id, "team").await;
        assert!(matches!(again, Err(StorageError::NotFound)));

        let orphan = UserMetadata {
            user_id: "404".into(),
            ..entry
        };
        let err = store.users.set_metadata(&orphan).await.unwrap_err();
        assert_eq!(err.to_string(), "user '404' does not exist");
    }
}

#[tokio::test]
async fn machine_key_story() {
    for (store, acme) in backends_with_org().await {
        let bot = machine(&acme.id, "ci-bot");
        store.users.create_user(&bot).await.unwrap();
        let key = MachineKey {
            id: new_id(),
            user_id: bot.id.clone(),
            public_key_pem: "-----BEGIN PUBLIC KEY-----".into(),
            expires_at: NOW + 3600,
            created_at: NOW,
        };
        store.users.add_machine_key(&key).await.unwrap();
        assert_eq!(
            store.users.get_machine_key(&key.id).await.unwrap(),
            Some(key.clone())
        );
        assert_eq!(
            store.users.list_machine_keys(&bot.id).await.unwrap(),
            vec![key.clone()]
        );
        // Deleting needs the owner: another user's id does not reach the key.
        let foreign = store
            .users
            .delete_machine_key("someone-else", &key.id)
            .await;
        assert!(matches!(foreign, Err(StorageError::NotFound)));
        store
            .users
            .delete_machine_key(&bot.id, &key.id)
            .await
            .unwrap();
        assert_eq!(store.users.get_machine_key(&key.id).await.unwrap(), None);
    }
}

#[tokio::test]
async fn pat_story() {
    for (store, acme) in backends_with_org().await {
        let bot = machine(&acme.id, "ci-bot");
        store.users.create_user(&bot).await.unwrap();
        let pat = Pat {
            id: new_id(),
            user_id: bot.id.clone(),
            token_digest: "pat-digest".into(),
            expires_at: NOW + 3600,
            created_at: NOW,
        };
        store.users.add_pat(&pat).await.unwrap();
        let twin = Pat {
            id: new_id(),
            ..pat.clone()
        };
        let err = store.users.add_pat(&twin).await.unwrap_err();
        // The clash is reported without the digest, which derives from a secret.
        assert!(
            matches!(&err, StorageError::Conflict(m) if !m.contains("pat-digest")),
            "{err}"
        );
        assert_eq!(
            store.users.find_pat_by_digest("pat-digest").await.unwrap(),
            Some(pat.clone())
        );
        assert_eq!(store.users.list_pats(&bot.id).await.unwrap(), vec![pat]);

        // Deleting the user takes its PATs with it.
        store.users.delete_user(&bot.id).await.unwrap();
        assert_eq!(
            store.users.find_pat_by_digest("pat-digest").await.unwrap(),
            None
        );
        assert!(matches!(
            store.users.delete_user(&bot.id).await,
            Err(StorageError::NotFound)
        ));
    }
}

#[tokio::test]
async fn secrets_stay_out_of_debug_and_json() {
    let acme = org("Acme");
    let alice = human(&acme.id, "alice");
    let debug = format!("{alice:?}");
    let json = serde_json::to_string(&alice).unwrap();
    for text in [&debug, &json] {
        assert!(!text.contains("argon2id"), "{text}");
        assert!(text.contains("alice"), "{text}");
    }
}

#[tokio::test]
async fn an_empty_login_finds_nobody() {
    for (store, acme) in backends_with_org().await {
        let mut blank = human(&acme.id, "blank");
        if let UserKind::Human(h) = &mut blank.kind {
            h.email = String::new();
        }
        store.users.create_user(&blank).await.unwrap();
        assert_eq!(store.users.find_user_by_login("").await.unwrap(), None);
        assert_eq!(store.users.find_user_by_login("  ").await.unwrap(), None);
    }
}

/// How many writers the concurrency stories start at once.
const WRITERS: usize = 8;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_creates_of_one_username_leave_one_user_and_conflicts() {
    for (store, acme) in backends_with_org().await {
        // The same name in different case: user names are unique case-insensitively.
        let candidates: Vec<User> = (0..WRITERS)
            .map(|n| {
                let name = if n % 2 == 0 { "dana" } else { "DANA" };
                human(&acme.id, name)
            })
            .collect();
        let results =
            futures::future::join_all(candidates.iter().map(|user| store.users.create_user(user)))
                .await;
        the_winner(store.name, &candidates, &results);
        let page = store
            .users
            .list_users(&UserFilter::default(), ListQuery::default())
            .await
            .unwrap();
        assert_eq!(page.total, 1, "{}", store.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_pats_with_one_digest_and_keys_with_one_id_store_one_each() {
    for (store, acme) in backends_with_org().await {
        let bot = machine(&acme.id, "ci-bot");
        store.users.create_user(&bot).await.unwrap();
        let pats: Vec<Pat> = (0..WRITERS)
            .map(|n| Pat {
                id: new_id(),
                user_id: bot.id.clone(),
                token_digest: "one-digest".into(),
                expires_at: NOW + 3600,
                created_at: NOW + n as i64,
            })
            .collect();
        let added =
            futures::future::join_all(pats.iter().map(|pat| store.users.add_pat(pat))).await;
        let won = the_winner(store.name, &pats, &added);
        let found = store.users.find_pat_by_digest("one-digest").await.unwrap();
        assert_eq!(found.as_ref(), Some(won), "{}", store.name);

        let key_id = new_id();
        let keys: Vec<MachineKey> = (0..WRITERS)
            .map(|n| MachineKey {
                id: key_id.clone(),
                user_id: bot.id.clone(),
                public_key_pem: format!("key {n}"),
                expires_at: NOW + 3600,
                created_at: NOW,
            })
            .collect();
        let added =
            futures::future::join_all(keys.iter().map(|key| store.users.add_machine_key(key)))
                .await;
        let won = the_winner(store.name, &keys, &added);
        assert_eq!(
            store.users.list_machine_keys(&bot.id).await.unwrap(),
            vec![won.clone()],
            "{}",
            store.name
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn password_failures_lock_at_the_limit_even_when_concurrent() {
    for (store, acme) in backends_with_org().await {
        let erin = human(&acme.id, "erin");
        store.users.create_user(&erin).await.unwrap();
        let fail = |max| store.users.record_password_failure(&erin.id, max, NOW + 1);
        // 0 turns the policy off: failures are counted, nobody is locked.
        assert!(!fail(0).await.unwrap(), "{}", store.name);
        // A correct password forgets them, so three more are needed to reach 3.
        store.users.clear_password_failures(&erin.id).await.unwrap();
        assert!(!fail(3).await.unwrap(), "{}", store.name);
        assert!(!fail(3).await.unwrap(), "{}", store.name);
        assert!(fail(3).await.unwrap(), "{}", store.name);
        let locked = store.users.get_user(&erin.id).await.unwrap().unwrap();
        assert_eq!(
            (locked.state, locked.changed_at),
            (UserState::Locked, NOW + 1),
            "{}",
            store.name
        );
        // An unknown user is not locked (and not an error).
        assert!(
            !store
                .users
                .record_password_failure("404", 3, NOW)
                .await
                .unwrap()
        );

        // WRITERS concurrent failures against a limit of WRITERS: every one is
        // counted, so the last one locks.
        let frank = human(&acme.id, "frank");
        store.users.create_user(&frank).await.unwrap();
        let max = u32::try_from(WRITERS).unwrap();
        let results = futures::future::join_all(
            (0..WRITERS).map(|_| store.users.record_password_failure(&frank.id, max, NOW)),
        )
        .await;
        let locked = results.iter().filter(|r| matches!(r, Ok(true))).count();
        assert_eq!(locked, 1, "{}: {results:?}", store.name);
        let frank_now = store.users.get_user(&frank.id).await.unwrap().unwrap();
        assert_eq!(frank_now.state, UserState::Locked, "{}", store.name);
    }
}
