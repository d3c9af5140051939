//! `ws_storage::migrate`: a SQLite database copied into a fresh PostgreSQL database,
//! row for row, with the awkward cases on purpose: a folder created before its parent
//! (tree order), audit sequence gaps above the highest row (AUTOINCREMENT), triggers
//! that would otherwise derive rows twice, binary metadata, attendee order, booleans.

use sha2::{Digest, Sha256};
use sqlx::{PgPool, SqlitePool};
use ws_storage::migrate::{MigrateError, MigrateOptions, Migration, Step};
use ws_storage::{Store, sqlite::SqliteDb};

use crate::common::pg::{FreshDatabase, server_url};
use crate::common::{NOW, human, org};

/// A SQLite deployment with one of each awkward case; returns its `sqlite://` URL.
async fn source(dir: &std::path::Path) -> String {
    let path = dir.join("ws.db");
    let db = SqliteDb::open(&path).await.unwrap();
    let store = Store::from_sqlite(db.clone());
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let alice = human(&acme.id, "alice");
    store.users.create_user(&alice).await.unwrap();
    fill(db.pool(), &acme.id, &alice.id).await;
    store.close().await;
    format!("sqlite://{}", path.display())
}

/// Rows the repositories make awkward to produce, written directly.
async fn fill(pool: &SqlitePool, org: &str, user: &str) {
    let statements = [
        // Binary metadata (not UTF-8).
        format!("INSERT INTO user_metadata VALUES ('{user}', 'blob', x'00ff10')"),
        // A folder whose rowid is lower than its parent's: only tree order copies it.
        format!(
            "INSERT INTO ws_drive_items VALUES ('child', '{org}', 'someone', NULL, 'c', 'folder', \
             0, NULL, NULL, NULL, {NOW}, {NOW})"
        ),
        format!(
            "INSERT INTO ws_drive_items VALUES ('root', '{org}', '{user}', NULL, '', 'folder', \
             0, NULL, NULL, NULL, {NOW}, {NOW})"
        ),
        format!(
            "UPDATE ws_drive_items SET parent_id = 'root', owner_id = '{user}' WHERE id = 'child'"
        ),
        format!(
            "INSERT INTO ws_drive_items VALUES ('file', '{org}', '{user}', 'child', 'f.txt', \
             'file', 3, '{}', 'text/plain', NULL, {NOW}, {NOW})",
            hex_sha256(b"abc")
        ),
        // Audit entries 1..=3, the last two deleted: the sequence must pass 3, not 1.
        format!(
            "INSERT INTO ws_audit (org_id, actor, action, target, outcome, at_ms) VALUES \
             ('{org}', '{user}', 'a', 't', 'ok', 1), ('{org}', '{user}', 'b', 't', 'ok', 2), \
             ('{org}', '{user}', 'c', 't', 'ok', 3)"
        ),
        "DELETE FROM ws_audit WHERE seq > 1".to_owned(),
        format!(
            "INSERT INTO ws_calendars VALUES ('cal', '{org}', '{user}', 'Work', '', 'UTC', 1, \
             {NOW}, {NOW})"
        ),
        format!(
            "INSERT INTO ws_events VALUES ('ev', 'cal', '{org}', 'uid-1', NULL, 'Standup', '', \
             '', 0, 'UTC', '2027-01-01T09:00', '2027-01-01T09:15', NULL, '[]', 1, '{user}', 0, \
             {NOW}, NULL, {NOW}, {NOW})"
        ),
        // Stored as zed then amy: PostgreSQL's seq must keep that order.
        format!("INSERT INTO ws_event_attendees VALUES ('ev', 'zed', '{org}', 'accepted')"),
        format!("INSERT INTO ws_event_attendees VALUES ('ev', 'amy', '{org}', 'tentative')"),
    ];
    for sql in statements {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(pool)
            .await
            .unwrap();
    }
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn file_sha256(path: &std::path::Path) -> String {
    hex_sha256(&std::fs::read(path).unwrap())
}

async fn migrate(from: &str, to: &str, resume: bool) -> Result<(u64, bool), MigrateError> {
    let mut migration = Migration::open(from, to).await?;
    let options = MigrateOptions {
        resume,
        batch_rows: 1,
    };
    let report = migration.run(&options, &mut |_: Step<'_>| {}).await?;
    migration.close().await;
    Ok((report.copied, report.already_complete))
}

async fn target_pool(url: &str) -> PgPool {
    PgPool::connect(url).await.unwrap()
}

#[tokio::test]
async fn a_sqlite_database_lands_in_postgres_row_for_row() {
    let Some(server) = server_url() else { return };
    let dir = tempfile::tempdir().unwrap();
    let from = source(dir.path()).await;
    let db_file = dir.path().join("ws.db");
    let before = file_sha256(&db_file);
    let fresh = FreshDatabase::create(&server).await;

    let (copied, already) = migrate(&from, &fresh.url, false).await.unwrap();
    assert!(copied > 10 && !already, "copied {copied}");
    assert_eq!(file_sha256(&db_file), before, "the source file changed");

    let pg = target_pool(&fresh.url).await;
    let domains: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM org_domains")
        .fetch_one(&pg)
        .await
        .unwrap();
    assert_eq!(domains, 1, "the org trigger derived a second domain row");
    let blob: Vec<u8> = sqlx::query_scalar("SELECT value FROM user_metadata")
        .fetch_one(&pg)
        .await
        .unwrap();
    assert_eq!(blob, [0x00, 0xff, 0x10]);
    let parent: Option<String> =
        sqlx::query_scalar("SELECT parent_id FROM ws_drive_items WHERE id = 'child'")
            .fetch_one(&pg)
            .await
            .unwrap();
    assert_eq!(parent.as_deref(), Some("root"));
    let personal: bool = sqlx::query_scalar("SELECT personal FROM ws_calendars")
        .fetch_one(&pg)
        .await
        .unwrap();
    assert!(personal);
    let order: Vec<String> =
        sqlx::query_scalar("SELECT user_id FROM ws_event_attendees ORDER BY seq")
            .fetch_all(&pg)
            .await
            .unwrap();
    assert_eq!(order, ["zed", "amy"]);
    let next_seq: i64 = sqlx::query_scalar(
        "INSERT INTO ws_audit (org_id, actor, action, target, outcome, at_ms) \
         VALUES ('o', 'a', 'x', 't', 'ok', 4) RETURNING seq",
    )
    .fetch_one(&pg)
    .await
    .unwrap();
    assert_eq!(
        next_seq, 4,
        "the audit sequence must pass every seq SQLite handed out"
    );

    // The target is a working store: the repositories read what was copied.
    let store = Store::open(&fresh.url).await.unwrap();
    let users = store
        .users
        .list_users(
            &ws_storage::UserFilter::default(),
            ws_storage::ListQuery::default(),
        )
        .await
        .unwrap();
    assert_eq!(users.total, 1);
    assert_eq!(users.items[0].username, "alice");
    store.close().await;
    pg.close().await;
}

#[tokio::test]
async fn a_target_with_rows_is_refused_unless_resuming_which_only_verifies() {
    let Some(server) = server_url() else { return };
    let dir = tempfile::tempdir().unwrap();
    let from = source(dir.path()).await;
    let fresh = FreshDatabase::create(&server).await;
    migrate(&from, &fresh.url, false).await.unwrap();

    let err = migrate(&from, &fresh.url, false).await.unwrap_err();
    assert!(
        matches!(&err, MigrateError::NotEmpty { table, rows: 1 } if table == "orgs"),
        "{err}"
    );
    assert!(err.to_string().contains("--resume"), "{err}");

    let (copied, already) = migrate(&from, &fresh.url, true).await.unwrap();
    assert_eq!((copied, already), (0, true));

    // A row lost from the target fails the verification, naming the table.
    let pg = target_pool(&fresh.url).await;
    sqlx::query("DELETE FROM ws_event_attendees WHERE user_id = 'amy'")
        .execute(&pg)
        .await
        .unwrap();
    pg.close().await;
    let err = migrate(&from, &fresh.url, true).await.unwrap_err();
    assert!(
        matches!(&err, MigrateError::Count { table, source_rows: 2, target_rows: 1 }
            if table == "ws_event_attendees"),
        "{err}"
    );
}

#[tokio::test]
async fn an_interrupted_migration_needs_resume_and_then_finishes() {
    let Some(server) = server_url() else { return };
    let dir = tempfile::tempdir().unwrap();
    let from = source(dir.path()).await;
    let fresh = FreshDatabase::create(&server).await;
    // Stop after some table's first batch is committed, as a crash would.
    let mut migration = Migration::open(&from, &fresh.url).await.unwrap();
    let options = MigrateOptions {
        resume: false,
        batch_rows: 1,
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut tx = Some(tx);
    let mut on_step = |step: Step<'_>| {
        if let Step::Rows { done: 1.., .. } = step
            && let Some(tx) = tx.take()
        {
            let _ = tx.send(());
        }
    };
    let stopped = tokio::select! {
        biased;
        _ = rx => None,
        result = migration.run(&options, &mut on_step) => Some(result),
    };
    assert!(
        stopped.is_none(),
        "the migration finished before it was stopped"
    );
    drop(migration);

    let err = migrate(&from, &fresh.url, false).await.unwrap_err();
    assert!(matches!(err, MigrateError::Interrupted), "{err}");
    let (copied, already) = migrate(&from, &fresh.url, true).await.unwrap();
    assert!(copied > 0 && !already);
    let pg = target_pool(&fresh.url).await;
    let ledger: bool = sqlx::query_scalar("SELECT to_regclass('ws_migrate_progress') IS NULL")
        .fetch_one(&pg)
        .await
        .unwrap();
    assert!(ledger, "the bookkeeping table outlived the migration");
    pg.close().await;
}

#[tokio::test]
async fn urls_of_the_wrong_kind_are_refused_by_flag() {
    let err = Migration::open("postgres://x@127.0.0.1/db", "postgres://x@127.0.0.1/db")
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("--from must be a sqlite://"),
        "{err}"
    );
    let err = Migration::open("sqlite:///nowhere/ws.db", "sqlite:///tmp/x.db")
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("--to must be a postgres://"),
        "{err}"
    );
    let err = Migration::open("sqlite:///nowhere/ws.db", "postgres://x@127.0.0.1:1/db")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("no such file"), "{err}");
}
