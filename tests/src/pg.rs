//! PostgreSQL for end-to-end tests: the run's server (`WS_TEST_DATABASE_URL`, started by
//! scripts/services/postgres.sh) and a fresh database per test, dropped afterwards.
//! Without the variable a test is skipped with a note, unless
//! `WS_TEST_REQUIRE_SERVICES=1`, which makes it fail.

use std::str::FromStr;

use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

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

/// A database created for one test; dropped (with any connection still open to it)
/// when this guard is.
#[derive(Debug)]
pub struct FreshDatabase {
    server: PgConnectOptions,
    name: String,
    /// The URL of the new database.
    pub url: String,
}

impl FreshDatabase {
    /// A new database on the run's server, or `None` when PostgreSQL tests are skipped.
    pub async fn create() -> Option<FreshDatabase> {
        let server = PgConnectOptions::from_str(&server_url()?).expect("WS_TEST_DATABASE_URL");
        let name = format!("ws_e2e_{}", ws_storage::new_id());
        let mut admin = server.connect().await.expect("connect to PostgreSQL");
        // The name is `ws_e2e_` and digits: nothing to quote.
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .expect("CREATE DATABASE");
        let url = server.clone().database(&name).to_url_lossy().to_string();
        Some(FreshDatabase { server, name, url })
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        // Drop cannot await and the test's runtime may be shutting down: a thread with a
        // runtime of its own drops the database and is waited for.
        let (server, name) = (self.server.clone(), self.name.clone());
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
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
