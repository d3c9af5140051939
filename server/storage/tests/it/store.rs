//! Opening and reopening a store, its SQLite settings, the instance record and
//! signing keys.

use crate::common;

use common::*;
use ws_storage::sqlite::SqliteDb;
use ws_storage::*;

fn key(id: &str, created_at: i64, publish_until: i64) -> SigningKey {
    SigningKey {
        id: id.to_owned(),
        algorithm: "RS256".into(),
        private_key: "-----BEGIN PRIVATE KEY-----secret".into(),
        created_at,
        signs_until: created_at + 100,
        publish_until,
    }
}

#[tokio::test]
async fn reopening_keeps_data_and_does_not_rerun_migrations() {
    let dir = tempfile::tempdir().unwrap();
    // The parent directory does not exist yet: opening creates it.
    let path = dir.path().join("nested/data/ws.db");
    let acme = org("Acme");
    {
        let store = Store::open_sqlite(&path).await.unwrap();
        store.ping().await.unwrap();
        store.orgs.create_org(&acme).await.unwrap();
    }
    let db = SqliteDb::open(&path).await.unwrap();
    let applied: Vec<(i64, String)> =
        sqlx::query_as("SELECT version, installed_on FROM _sqlx_migrations")
            .fetch_all(db.pool())
            .await
            .unwrap();
    let store = Store::from_sqlite(db.clone());
    assert_eq!(store.orgs.get_org(&acme.id).await.unwrap(), Some(acme));

    // A third open applies nothing: re-running the migration would fail on its
    // CREATE TABLEs, and the bookkeeping rows are the very same.
    drop(Store::open_sqlite(&path).await.unwrap());
    let again: Vec<(i64, String)> =
        sqlx::query_as("SELECT version, installed_on FROM _sqlx_migrations")
            .fetch_all(db.pool())
            .await
            .unwrap();
    // Every migration file is applied once (derived from the directory, so adding a
    // migration does not touch this test).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite");
    let mut files: Vec<i64> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.split_once('_').and_then(|(v, _)| v.parse().ok())
        })
        .collect();
    files.sort_unstable();
    assert!(files.starts_with(&[1, 2]), "{files:?}");
    assert_eq!(applied.iter().map(|m| m.0).collect::<Vec<_>>(), files);
    assert_eq!(applied, again);
}

#[tokio::test]
async fn connections_use_wal_and_enforce_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDb::open(&dir.path().join("ws.db")).await.unwrap();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(fk, 1);
    let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert!(busy > 0);
}

#[tokio::test]
async fn an_unwritable_location_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"x").unwrap();
    let err = Store::open_sqlite(&file.join("ws.db")).await.unwrap_err();
    assert!(
        matches!(&err, StorageError::Io { path, .. } if path == &file),
        "{err}"
    );
    assert!(err.to_string().contains("not-a-dir"), "{err}");
}

#[tokio::test]
async fn there_is_one_instance() {
    let (store, _dir) = store().await;
    assert_eq!(store.instance.get_instance().await.unwrap(), None);
    let instance = Instance {
        id: new_id(),
        name: "ws".into(),
        domain: "localhost".into(),
        created_at: NOW,
    };
    store.instance.create_instance(&instance).await.unwrap();
    let other = Instance {
        id: new_id(),
        ..instance.clone()
    };
    assert!(matches!(
        store.instance.create_instance(&other).await,
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(store.instance.get_instance().await.unwrap(), Some(instance));
}

#[tokio::test]
async fn signing_keys_are_listed_oldest_first_and_expire() {
    let (store, _dir) = store().await;
    store
        .keys
        .insert_signing_key(&key("new", NOW + 50, NOW + 500))
        .await
        .unwrap();
    store
        .keys
        .insert_signing_key(&key("old", NOW, NOW + 200))
        .await
        .unwrap();
    let err = store
        .keys
        .insert_signing_key(&key("old", NOW, NOW))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StorageError::Conflict(m) if !m.contains("secret")),
        "{err}"
    );
    let ids: Vec<_> = store
        .keys
        .list_signing_keys()
        .await
        .unwrap()
        .into_iter()
        .map(|k| k.id)
        .collect();
    assert_eq!(ids, ["old", "new"]);
    assert_eq!(
        store.keys.list_signing_keys().await.unwrap()[0],
        key("old", NOW, NOW + 200)
    );

    // A key is still published at publish_until, gone after it.
    assert_eq!(
        store
            .keys
            .delete_expired_signing_keys(NOW + 200)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .keys
            .delete_expired_signing_keys(NOW + 201)
            .await
            .unwrap(),
        1
    );
    let left = store.keys.list_signing_keys().await.unwrap();
    assert_eq!(left.len(), 1);
    assert!(!format!("{:?}", left[0]).contains("PRIVATE"));
}

#[tokio::test]
async fn a_signing_key_is_replaced_only_if_it_is_still_what_the_caller_read() {
    for backend in backends().await {
        let b = backend.name;
        let stored = key("k1", NOW, NOW + 500);
        backend.keys.insert_signing_key(&stored).await.unwrap();
        let keys = &backend.keys;
        assert!(
            keys.replace_signing_key_material("k1", &stored.private_key, "sealed-1")
                .await
                .unwrap(),
            "{b}"
        );
        // A second writer that read the old value loses and changes nothing.
        assert!(
            !keys
                .replace_signing_key_material("k1", &stored.private_key, "sealed-2")
                .await
                .unwrap(),
            "{b}"
        );
        assert!(
            !keys
                .replace_signing_key_material("absent", "x", "y")
                .await
                .unwrap(),
            "{b}"
        );
        let now = keys.list_signing_keys().await.unwrap();
        assert_eq!(now.len(), 1, "{b}");
        assert_eq!(now[0].private_key, "sealed-1", "{b}");
        assert_eq!(
            (now[0].signs_until, now[0].publish_until),
            (NOW + 100, NOW + 500)
        );
    }
}

#[tokio::test]
async fn a_closed_store_refuses_work_and_leaves_a_clean_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.db");
    let store = Store::open_sqlite(&path).await.unwrap();
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let clone = store.clone();
    store.close().await;
    assert!(clone.ping().await.is_err());
    // Closing the last connection checkpoints the WAL and removes it.
    assert!(!dir.path().join("ws.db-wal").exists());
    let reopened = Store::open_sqlite(&path).await.unwrap();
    assert_eq!(reopened.orgs.get_org(&acme.id).await.unwrap(), Some(acme));
}

#[tokio::test]
async fn every_foreign_key_column_is_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDb::open(&dir.path().join("ws.db")).await.unwrap();
    let pool = db.pool();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    for table in tables {
        // A foreign key column is served by an index whose first column it is.
        let unindexed: Vec<String> = sqlx::query_scalar(
            "SELECT fk.\"from\" FROM pragma_foreign_key_list(?1) fk
             WHERE NOT EXISTS (
                 SELECT 1 FROM pragma_index_list(?1) il
                 JOIN pragma_index_info(il.name) ii ON ii.seqno = 0
                 WHERE ii.name = fk.\"from\")",
        )
        .bind(&table)
        .fetch_all(pool)
        .await
        .unwrap();
        assert!(unindexed.is_empty(), "{table}: {unindexed:?} not indexed");
    }
}

#[tokio::test]
async fn postgres_opens_a_fresh_database_and_applies_every_migration_once() {
    let Some((db, fresh)) = pg::pg_db().await else {
        return;
    };
    let applied: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations ORDER BY version")
            .fetch_all(db.pool())
            .await
            .unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/postgres");
    let mut files: Vec<i64> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.split_once('_').and_then(|(v, _)| v.parse().ok())
        })
        .collect();
    files.sort_unstable();
    assert_eq!(applied, files);

    // Reopening applies nothing (a rerun would fail on its CREATE TABLEs) and keeps the
    // statement timeout the options asked for on every connection.
    let options = ws_storage::postgres::PgOptions {
        statement_timeout: std::time::Duration::from_millis(1500),
        ..pg::test_options()
    };
    let again = ws_storage::postgres::PgDb::open(&fresh.url, &options)
        .await
        .unwrap();
    let timeout: String = sqlx::query_scalar("SHOW statement_timeout")
        .fetch_one(again.pool())
        .await
        .unwrap();
    assert_eq!(timeout, "1500ms");
    let err = sqlx::query("SELECT pg_sleep(5)")
        .execute(again.pool())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("statement timeout"), "{err}");
}

#[tokio::test]
async fn postgres_unreachable_is_a_database_error_not_a_hang() {
    // A port nothing listens on (bound, then released) refuses the connection at once.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://postgres@127.0.0.1:{port}/ws");
    let options = ws_storage::postgres::PgOptions {
        acquire_timeout: std::time::Duration::from_secs(2),
        ..pg::test_options()
    };
    let err = ws_storage::postgres::PgDb::open(&url, &options)
        .await
        .unwrap_err();
    assert!(matches!(err, StorageError::Database(_)), "{err:?}");
}

#[tokio::test]
async fn postgres_instance_orgs_and_signing_keys() {
    let Some((db, _fresh)) = pg::pg_db().await else {
        return;
    };
    let instance = Instance {
        id: new_id(),
        name: "ws".into(),
        domain: "localhost".into(),
        created_at: NOW,
    };
    // Two concurrent creates of the one instance: exactly one wins.
    let rival = Instance {
        id: new_id(),
        ..instance.clone()
    };
    let (a, b) = tokio::join!(db.create_instance(&instance), db.create_instance(&rival));
    assert_eq!(u8::from(a.is_ok()) + u8::from(b.is_ok()), 1, "{a:?} {b:?}");
    assert!(db.get_instance().await.unwrap().is_some());

    let acme = org("Acme");
    db.create_org(&acme).await.unwrap();
    let err = db.create_org(&org("ACME")).await.unwrap_err();
    assert!(matches!(err, StorageError::Conflict(_)), "{err:?}");
    assert_eq!(
        db.get_org_by_name("acme").await.unwrap(),
        Some(acme.clone())
    );
    assert_eq!(
        db.get_org_by_domain("ACME.localhost").await.unwrap(),
        Some(acme.clone())
    );
    db.create_org(&org("Globex")).await.unwrap();
    let page = db
        .list_orgs(Some("LOB"), ListQuery::default())
        .await
        .unwrap();
    assert_eq!((page.total, page.items.len()), (1, 1));
    assert_eq!(page.items[0].name, "Globex");
    db.delete_org(&acme.id).await.unwrap();
    assert!(matches!(
        db.delete_org(&acme.id).await,
        Err(StorageError::NotFound)
    ));

    db.insert_signing_key(&key("k1", NOW, NOW + 10))
        .await
        .unwrap();
    assert_eq!(db.delete_expired_signing_keys(NOW + 11).await.unwrap(), 1);
    assert!(db.list_signing_keys().await.unwrap().is_empty());
}

#[tokio::test]
async fn open_chooses_the_backend_by_the_url_scheme() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data/ws.db");
    let url = format!("sqlite://{}", path.display());
    let store = Store::open(&url).await.unwrap();
    assert!(format!("{store:?}").contains("sqlite"), "{store:?}");
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    store.close().await;
    // The same file, reopened by path: the URL named it.
    let again = Store::open_sqlite(&path).await.unwrap();
    assert_eq!(again.orgs.get_org(&acme.id).await.unwrap(), Some(acme));

    // A URL the store cannot use is refused before any connection, naming at most the
    // scheme (the rest may hold a password).
    for (bad, says) in [
        ("mysql://root:hunter2@db/ws", "unknown scheme 'mysql'"),
        ("sqlite://", "names no file"),
        ("ws.db", "no '://' found"),
    ] {
        let err = Store::open(bad).await.unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, StorageError::BadUrl(_)), "{bad}: {message}");
        assert!(message.contains(says), "{bad}: {message}");
        assert!(!message.contains("hunter2"), "{bad}: {message}");
    }

    let Some(server) = pg::server_url() else {
        return;
    };
    let fresh = pg::FreshDatabase::create(&server).await;
    let store = Store::open(&fresh.url).await.unwrap();
    assert!(format!("{store:?}").contains("postgres"), "{store:?}");
    // Every repository of the store is the PostgreSQL one: what one writes the
    // others see, through foreign keys that span them.
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let alice = human(&acme.id, "alice");
    store.users.create_user(&alice).await.unwrap();
    let ws = project(&acme.id, "workspace");
    store.projects.create_project(&ws).await.unwrap();
    store
        .projects
        .add_role(&role(&ws.id, "viewer"))
        .await
        .unwrap();
    let a = authorization(&alice, &ws.id, &acme.id, &["viewer"]);
    store.authz.create_authorization(&a).await.unwrap();
    let roles = store
        .authz
        .roles_for_user(&alice.id, std::slice::from_ref(&ws.id))
        .await
        .unwrap();
    assert_eq!(roles.len(), 1);
    store.close().await;
}
