//! The SQLite backend: one pool over a WAL-mode file, implementing every repository
//! trait (one file per repository). Migrations come from `migrations/sqlite`.

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

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::StorageError;
// Backend-neutral helpers, shared with the PostgreSQL backend.
pub(crate) use crate::sql::{
    contains_pattern, duplicate, from_json, missing_reference, paging, parse_enum, to_json,
    write_err,
};

/// The migrations embedded at compile time.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// An opened SQLite database; implements every repository trait.
#[derive(Debug, Clone)]
pub struct SqliteDb {
    pool: SqlitePool,
}

impl SqliteDb {
    /// Opens `path` (creating it and its parent directory), with WAL journaling,
    /// foreign keys enforced and a busy timeout, then applies pending migrations.
    pub async fn open(path: &Path) -> Result<Self, StorageError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StorageError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let options = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // NORMAL is durable in WAL mode except for the last commits on power loss.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        // Readers run in parallel under WAL; writers queue on SQLite's lock (the busy
        // timeout). Keeping two connections open spares a request the cost of opening.
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .min_connections(2)
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        tracing::info!(path = %path.display(), "database open, migrations applied");
        Ok(Self { pool })
    }

    /// The pool, for tests and tools that need raw SQL.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

/// `NotFound` when an update or delete touched no row.
pub(crate) fn one_row(result: sqlx::sqlite::SqliteQueryResult) -> Result<(), StorageError> {
    if result.rows_affected() == 0 {
        Err(StorageError::NotFound)
    } else {
        Ok(())
    }
}

/// Runs a `DELETE … WHERE id = ?1` statement; `NotFound` when no row had that id.
pub(crate) async fn delete_by_id(
    pool: impl sqlx::SqliteExecutor<'_>,
    sql: &'static str,
    id: &str,
) -> Result<(), StorageError> {
    one_row(sqlx::query(sql).bind(id).execute(pool).await?)
}

/// Runs an `UPDATE … SET state = ?2, changed_at = ?3 WHERE id = ?1` statement;
/// `NotFound` when no row had that id.
pub(crate) async fn set_state_by_id(
    pool: impl sqlx::SqliteExecutor<'_>,
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
pub(crate) type SqliteQuery<'q> =
    sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments>;
