//! The PostgreSQL server the test script starts (`scripts/services/postgres.sh`), for
//! running the end-to-end tests on PostgreSQL as well as on SQLite.
//!
//! `WS_TEST_DATABASE_URL` (e.g. `postgres://postgres@127.0.0.1:5432/postgres`) names it.
//! With `WS_TEST_STORAGE=postgres` every [`TestServer`](crate::TestServer) keeps its
//! records in a database of its own on that server, created at its first start, kept
//! across restarts on the same data directory (its name is in `DIR/pg-database`) and
//! dropped when the server is (best effort: the cluster is a temp dir of the run).
//! Asking for PostgreSQL without a URL is a test failure, never a silent SQLite run.

use std::path::Path;
use std::str::FromStr;

use anyhow::Context;
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;
use ws_server::config::{DatabaseUrl, StorageSection};
use ws_storage::Store;
use ws_storage::postgres::PgOptions;

/// The file, in a test server's temporary directory, holding its database's name.
const NAME_FILE: &str = "pg-database";
/// Connections each test server keeps: many servers share one PostgreSQL at a time.
const POOL_SIZE: u32 = 5;

/// Whether the harness should put records on PostgreSQL (`WS_TEST_STORAGE=postgres`).
pub fn wanted() -> bool {
    std::env::var("WS_TEST_STORAGE").as_deref() == Ok("postgres")
}

/// The server's URL, when one is configured. Panics when services are required (or
/// PostgreSQL is asked for) and none is.
pub fn server_url() -> Option<String> {
    let url = std::env::var("WS_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none()
        && (wanted() || std::env::var("WS_TEST_REQUIRE_SERVICES").as_deref() == Ok("1"))
    {
        panic!(
            "WS_TEST_STORAGE=postgres or WS_TEST_REQUIRE_SERVICES=1 but WS_TEST_DATABASE_URL is \
             not set: start PostgreSQL (scripts/services/postgres.sh)"
        );
    }
    url
}

/// A database of one test (or one test server) on the shared server; an owned one
/// (made by [`TestDatabase::create`]) is dropped when this value is, unless disowned.
#[derive(Debug)]
pub struct TestDatabase {
    server: PgConnectOptions,
    name: String,
    /// The URL of the database (no password: the test server trusts loopback).
    pub url: String,
    owned: bool,
}

impl TestDatabase {
    /// Creates `ws_test_<unique>` on the server at `server_url`.
    pub async fn create(server_url: &str) -> anyhow::Result<Self> {
        let mut db = Self::named(server_url, &format!("ws_test_{}", ws_storage::new_id()))?;
        let mut admin = db
            .server
            .connect()
            .await
            .context("connecting to PostgreSQL")?;
        // The name is `ws_test_` and digits: nothing to quote.
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {}", db.name)))
            .execute(&mut admin)
            .await
            .with_context(|| format!("creating the test database {}", db.name))?;
        db.owned = true;
        Ok(db)
    }

    /// Leaves the database in place when this value is dropped (a later start uses it).
    pub fn disown(&mut self) {
        self.owned = false;
    }

    /// A store on this database, migrated, with a small pool.
    pub async fn store(&self) -> Store {
        let options = PgOptions {
            pool_size: 2,
            ..PgOptions::default()
        };
        Store::open_postgres(&self.url, &options)
            .await
            .expect("open the test database")
    }

    fn named(server_url: &str, name: &str) -> anyhow::Result<Self> {
        let server = PgConnectOptions::from_str(server_url).context("WS_TEST_DATABASE_URL")?;
        let url = server.clone().database(name).to_url_lossy().to_string();
        Ok(Self {
            server,
            name: name.to_owned(),
            url,
            owned: false,
        })
    }

    /// Drops the database, cutting off any connection still open to it. Blocks (on a
    /// thread with a runtime of its own: callers are in `Drop`, maybe on a runtime that
    /// is shutting down); a failure is reported on stderr, not raised.
    fn drop_database(&self) {
        let (server, name) = (self.server.clone(), self.name.clone());
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            rt.block_on(async {
                let mut admin = server.connect().await?;
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut admin)
                .await?;
                anyhow::Ok(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop the test database {}", self.name);
        }
    }

    /// The `[storage]` section of a server on this database.
    pub fn section(&self) -> StorageSection {
        StorageSection {
            database_url: Some(
                DatabaseUrl::try_from(self.url.clone()).expect("a test database URL parses"),
            ),
            pool_size: POOL_SIZE,
            ..StorageSection::default()
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if self.owned {
            self.drop_database();
        }
    }
}

/// A store for a test that runs the identity provider by itself over `dir`: SQLite in
/// `dir/ws.db`, or with `WS_TEST_STORAGE=postgres` a fresh database (keep the guard
/// as long as the store is used).
pub async fn store_in(dir: &Path) -> (Store, Option<TestDatabase>) {
    match database_for(dir).await.expect("create a test database") {
        Some(db) => (db.store().await, Some(db)),
        None => {
            let store = Store::open_sqlite(&dir.join("ws.db")).await;
            (store.expect("open the test store"), None)
        }
    }
}

/// The database of the test server whose temporary directory is `dir`, when the
/// harness runs on PostgreSQL: the one named in `dir/pg-database`, else a new one
/// (whose name is then written there, so a restart on `dir` finds its records).
pub async fn database_for(dir: &Path) -> anyhow::Result<Option<TestDatabase>> {
    if !wanted() {
        return Ok(None);
    }
    let server = server_url().context("WS_TEST_DATABASE_URL")?;
    let file = dir.join(NAME_FILE);
    if let Ok(name) = std::fs::read_to_string(&file) {
        // A restart: this server owns the database now.
        let mut db = TestDatabase::named(&server, name.trim())?;
        db.owned = true;
        return Ok(Some(db));
    }
    let db = TestDatabase::create(&server).await?;
    std::fs::write(&file, &db.name).context("writing the test database's name")?;
    Ok(Some(db))
}

/// The database a test server over `data_dir` (`DIR/data`, as the harness lays it out)
/// uses, if it is on PostgreSQL: for opening its store directly.
pub fn database_of(data_dir: &Path) -> Option<TestDatabase> {
    let name = std::fs::read_to_string(data_dir.parent()?.join(NAME_FILE)).ok()?;
    TestDatabase::named(&server_url()?, name.trim()).ok()
}
