//! The PostgreSQL backend: a pool on the primary (every write and every read that must
//! see the caller's own writes) and an optional pool on a read replica (lists and
//! search, which tolerate replica lag), implementing every repository trait, one file
//! per repository. Migrations come from `migrations/postgres`, with the same versions
//! and names as SQLite's.
//!
//! SQLite serialises writers, so a read-then-write inside one of its transactions can
//! never interleave with another writer. PostgreSQL runs writers concurrently under
//! READ COMMITTED: every such sequence here is either one conditional statement
//! (`UPDATE … WHERE <still valid> RETURNING …`) or locks the rows it reads
//! (`SELECT … FOR UPDATE`); uniqueness is left to unique indexes, never checked first.

mod access;
mod admins;
mod apps;
mod directory;
mod identity_events;
mod keys;
mod oidc;
mod org_extras;
mod projects;
mod second_factor;
mod text;
mod user_extras;
mod user_search;
mod users;
mod ws_audit;
mod ws_calendars;
mod ws_docs;
mod ws_drive;
mod ws_drive_gc;
mod ws_sharing;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions, PgQueryResult};

use crate::StorageError;

#[allow(unused_imports)]
pub(crate) use text::{page_of, push_all_text_matches, push_order_and_page, push_text_match};

/// The migrations embedded at compile time.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// How to open a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PgOptions {
    /// Most connections the pool keeps open (to the primary, and again to the replica).
    pub pool_size: u32,
    /// Longest one statement may run before the server cancels it.
    pub statement_timeout: Duration,
    /// How long a caller waits for a free connection (or for a new one to open).
    pub acquire_timeout: Duration,
    /// A read replica for lag-tolerant reads; `None` sends every read to the primary.
    pub read_replica_url: Option<String>,
}

impl Default for PgOptions {
    fn default() -> Self {
        Self {
            pool_size: 10,
            statement_timeout: Duration::from_secs(30),
            acquire_timeout: Duration::from_secs(10),
            read_replica_url: None,
        }
    }
}

/// An opened PostgreSQL database; implements every repository trait.
#[derive(Debug, Clone)]
pub struct PgDb {
    pool: PgPool,
    /// Lists and search read here: the replica when configured, else the primary.
    replica: PgPool,
}

impl PgDb {
    /// Connects to `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DB`), applies pending
    /// migrations (under PostgreSQL's advisory lock, so several servers may start at
    /// once), and connects to the read replica if one is configured.
    pub async fn open(url: &str, options: &PgOptions) -> Result<Self, StorageError> {
        let pool = connect(url, options).await?;
        MIGRATOR.run(&pool).await?;
        let replica = match &options.read_replica_url {
            Some(replica_url) => connect(replica_url, options).await?,
            None => pool.clone(),
        };
        tracing::info!(
            replica = options.read_replica_url.is_some(),
            "PostgreSQL open, migrations applied"
        );
        Ok(Self { pool, replica })
    }

    /// The primary's pool, for tests and tools that need raw SQL.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// The pool for reads that tolerate replica lag (lists, search); never for a read
    /// that must see a write the caller just made.
    pub(crate) fn lagging(&self) -> &PgPool {
        &self.replica
    }
}

/// A pool on one server; the statement timeout is set on every connection it opens.
async fn connect(url: &str, options: &PgOptions) -> Result<PgPool, StorageError> {
    let timeout_ms = options.statement_timeout.as_millis().max(1).to_string();
    let connect = PgConnectOptions::from_str(url)?
        .application_name("ws-server")
        .options([("statement_timeout", timeout_ms.as_str())]);
    let pool = PgPoolOptions::new()
        .max_connections(options.pool_size.max(1))
        .acquire_timeout(options.acquire_timeout)
        // A connection the server dropped (restart, failover) is noticed before use.
        .test_before_acquire(true)
        .connect_with(connect)
        .await?;
    Ok(pool)
}

/// `NotFound` when an update or delete touched no row.
pub(crate) fn one_row(result: PgQueryResult) -> Result<(), StorageError> {
    if result.rows_affected() == 0 {
        Err(StorageError::NotFound)
    } else {
        Ok(())
    }
}

/// Runs a `DELETE … WHERE id = $1` statement; `NotFound` when no row had that id.
pub(crate) async fn delete_by_id(
    pool: impl sqlx::PgExecutor<'_>,
    sql: &'static str,
    id: &str,
) -> Result<(), StorageError> {
    one_row(sqlx::query(sql).bind(id).execute(pool).await?)
}

/// Runs an `UPDATE … SET state = $2, changed_at = $3 WHERE id = $1` statement;
/// `NotFound` when no row had that id.
pub(crate) async fn set_state_by_id(
    pool: impl sqlx::PgExecutor<'_>,
    sql: &'static str,
    id: &str,
    state: &str,
    now: i64,
) -> Result<(), StorageError> {
    one_row(
        sqlx::query(sql)
            .bind(id)
            .bind(state)
            .bind(now)
            .execute(pool)
            .await?,
    )
}

/// A query whose arguments are still being bound (for `bind_*` helpers shared by an
/// insert and an update).
pub(crate) type PgQuery<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;
