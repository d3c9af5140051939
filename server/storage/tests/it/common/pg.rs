//! PostgreSQL for the storage tests: one server per run (scripts/services/postgres.sh
//! exports `WS_TEST_DATABASE_URL`), a fresh database per test, dropped when the test
//! ends. Without the variable a PostgreSQL test is skipped with a note, unless
//! `WS_TEST_REQUIRE_SERVICES=1`, which makes it fail.

use std::str::FromStr;

use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;
use ws_storage::postgres::{PgDb, PgOptions};

/// The server's URL, or `None` (after saying why) when the test should be skipped.
pub fn server_url() -> Option<String> {
    match std::env::var("WS_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert_ne!(
                std::env::var("WS_TEST_REQUIRE_SERVICES").as_deref(),
                Ok("1"),
                "WS_TEST_REQUIRE_SERVICES=1 but WS_TEST_DATABASE_URL is not set: start \
                 PostgreSQL (scripts/services/postgres.sh)"
            );
            eprintln!("skipped: WS_TEST_DATABASE_URL is not set (scripts/services/postgres.sh)");
            None
        }
    }
}

/// A database created for one test on the shared server; dropped (with any
/// connection still open to it) when this guard is.
pub struct FreshDatabase {
    server: PgConnectOptions,
    name: String,
    /// The URL of the new database.
    pub url: String,
}

impl FreshDatabase {
    /// Creates `ws_test_<unique>` on the server at `server_url`.
    pub async fn create(server_url: &str) -> FreshDatabase {
        let server = PgConnectOptions::from_str(server_url).unwrap();
        let name = format!("ws_test_{}", ws_storage::new_id());
        let mut admin = server.connect().await.unwrap();
        // The name is `ws_test_` and digits: nothing to quote.
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .unwrap();
        let url = server.clone().database(&name).to_url_lossy().to_string();
        FreshDatabase { server, name, url }
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        // Drop cannot await, and the test's runtime may be shutting down: a thread with
        // a runtime of its own drops the database and is waited for.
        let (server, name) = (self.server.clone(), self.name.clone());
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let mut admin = server.connect().await?;
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut admin)
                .await
                .map(drop)
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop the test database {}", self.name);
        }
    }
}

/// A migrated [`PgDb`] on a fresh database, or `None` when PostgreSQL tests are
/// skipped; keep the guard alive as long as the database is used.
pub async fn pg_db() -> Option<(PgDb, FreshDatabase)> {
    let server = server_url()?;
    let fresh = FreshDatabase::create(&server).await;
    let db = PgDb::open(&fresh.url, &test_options()).await.unwrap();
    Some((db, fresh))
}

/// Small pools: many tests run at once against one server.
pub fn test_options() -> PgOptions {
    PgOptions {
        pool_size: 4,
        ..PgOptions::default()
    }
}
