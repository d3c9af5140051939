//! Story tests of organizations and users on a real SQLite file.

mod common;

use common::*;
use ws_storage::*;

#[tokio::test]
async fn org_story() {
    let (store, _dir) = store().await;
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    assert_eq!(
        store.orgs.get_org(&acme.id).await.unwrap(),
        Some(acme.clone())
    );
    assert_eq!(
        store
            .orgs
            .get_org_by_domain("ACME.localhost")
            .await
            .unwrap()
            .map(|o| o.id),
        Some(acme.id.clone())
    );

    let mut dup = org("acme");
    dup.primary_domain = "other.localhost".into();
    let err = store.orgs.create_org(&dup).await.unwrap_err();
    assert!(
        matches!(&err, StorageError::Conflict(m) if m.contains("'acme'")),
        "{err}"
    );

    store
        .orgs
        .set_org_state(&acme.id, State::Inactive, NOW + 5)
        .await
        .unwrap();
    let got = store.orgs.get_org(&acme.id).await.unwrap().unwrap();
    assert_eq!((got.state, got.changed_at), (State::Inactive, NOW + 5));

    let mut later = org("Globex");
    later.created_at = NOW + 10;
    store.orgs.create_org(&later).await.unwrap();
    let desc = ListQuery {
        offset: 0,
        limit: 1,
        asc: false,
    };
    let page = store.orgs.list_orgs(None, desc).await.unwrap();
    assert_eq!(page.total, 2);
    assert_eq!(
        page.items.iter().map(|o| &o.name).collect::<Vec<_>>(),
        ["Globex"]
    );
    let filtered = store
        .orgs
        .list_orgs(Some("glob"), ListQuery::default())
        .await
        .unwrap();
    assert_eq!(filtered.total, 1);

    store.orgs.delete_org(&acme.id).await.unwrap();
    assert!(matches!(
        store.orgs.delete_org(&acme.id).await,
        Err(StorageError::NotFound)
    ));
}

#[tokio::test]
async fn user_story() {
    let (store, _dir) = store().await;
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let alice = human(&acme.id, "alice");
    store.users.create_user(&alice).await.unwrap();
    assert_eq!(
        store.users.get_user(&alice.id).await.unwrap(),
        Some(alice.clone())
    );

    for login in [
        "alice",
        "ALICE",
        "alice@acme.localhost",
        "Alice@Example.com",
    ] {
        let found = store.users.find_user_by_login(login).await.unwrap();
        assert_eq!(found.map(|u| u.id), Some(alice.id.clone()), "login {login}");
    }
    assert_eq!(
        store
            .users
            .find_user_by_login("alice@globex.localhost")
            .await
            .unwrap(),
        None
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
    assert!(
        matches!(&err, StorageError::MissingReference(m) if m.contains("'404'")),
        "{err}"
    );

    let bot = machine(&acme.id, "ci-bot");
    store.users.create_user(&bot).await.unwrap();
    assert_eq!(
        store
            .users
            .find_machine_by_username("ci-bot")
            .await
            .unwrap(),
        Some(bot.clone())
    );
    assert_eq!(
        store.users.find_machine_by_username("alice").await.unwrap(),
        None
    );
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

    let humans = UserFilter {
        human: Some(true),
        ..Default::default()
    };
    let page = store
        .users
        .list_users(&humans, ListQuery::default())
        .await
        .unwrap();
    assert_eq!(
        (page.total, page.items[0].id.clone()),
        (1, alice.id.clone())
    );
    let search = UserFilter {
        search: Some("ci-".into()),
        ..Default::default()
    };
    assert_eq!(
        store
            .users
            .list_users(&search, ListQuery::default())
            .await
            .unwrap()
            .total,
        1
    );
}

#[tokio::test]
async fn metadata_keys_and_pats_belong_to_their_user() {
    let (store, _dir) = store().await;
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
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
    store.users.delete_metadata(&bot.id, "team").await.unwrap();
    assert_eq!(
        store.users.get_metadata(&bot.id, "team").await.unwrap(),
        None
    );
    let orphan = UserMetadata {
        user_id: "404".into(),
        ..entry
    };
    assert!(matches!(
        store.users.set_metadata(&orphan).await,
        Err(StorageError::MissingReference(_))
    ));

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
    assert!(matches!(
        store
            .users
            .delete_machine_key("someone-else", &key.id)
            .await,
        Err(StorageError::NotFound)
    ));
    store
        .users
        .delete_machine_key(&bot.id, &key.id)
        .await
        .unwrap();
    assert_eq!(store.users.get_machine_key(&key.id).await.unwrap(), None);

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
    assert!(
        matches!(&err, StorageError::Conflict(m) if !m.contains("pat-digest")),
        "{err}"
    );
    assert_eq!(
        store.users.find_pat_by_digest("pat-digest").await.unwrap(),
        Some(pat.clone())
    );
    assert_eq!(store.users.list_pats(&bot.id).await.unwrap().len(), 1);

    // Deleting the user takes its PATs with it.
    store.users.delete_user(&bot.id).await.unwrap();
    assert_eq!(
        store.users.find_pat_by_digest("pat-digest").await.unwrap(),
        None
    );
}

#[tokio::test]
async fn state_and_password_changes() {
    let (store, _dir) = store().await;
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let alice = human(&acme.id, "alice");
    store.users.create_user(&alice).await.unwrap();
    let bot = machine(&acme.id, "bot");
    store.users.create_user(&bot).await.unwrap();

    store
        .users
        .set_user_state(&alice.id, UserState::Locked, NOW + 1)
        .await
        .unwrap();
    store
        .users
        .set_password_hash(&alice.id, Some("$argon2id$new"), true, NOW + 2)
        .await
        .unwrap();
    let got = store.users.get_user(&alice.id).await.unwrap().unwrap();
    assert_eq!(got.state, UserState::Locked);
    let h = got.human().unwrap();
    assert_eq!(h.password_hash.as_deref(), Some("$argon2id$new"));
    assert!(h.password_change_required);
    assert_eq!(got.changed_at, NOW + 2);

    // A machine has no password, a human no machine secret.
    assert!(matches!(
        store
            .users
            .set_password_hash(&bot.id, Some("x"), false, NOW)
            .await,
        Err(StorageError::NotFound)
    ));
    assert!(matches!(
        store
            .users
            .set_machine_secret(&alice.id, Some("x"), NOW)
            .await,
        Err(StorageError::NotFound)
    ));

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
