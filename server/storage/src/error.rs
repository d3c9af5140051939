//! The error every repository call returns.

use std::path::PathBuf;

/// What went wrong in a storage call. Messages never contain secrets or digests.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The record asked for (or asked to change) does not exist.
    #[error("not found")]
    NotFound,
    /// A uniqueness rule was violated; the message names what clashed, e.g.
    /// "username 'alice' already exists".
    #[error("{0}")]
    Conflict(String),
    /// A record refers to another that does not exist, e.g. "organization '12' does
    /// not exist".
    #[error("{0}")]
    MissingReference(String),
    /// A value read back from the database is not one this version understands.
    #[error("unexpected value in the database: {0}")]
    Corrupt(String),
    /// The database file or its directory could not be created.
    #[error("cannot create the database directory {path}: {source}")]
    Io {
        /// The directory that could not be created.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A database URL names no backend this build knows, or no database; the message
    /// names the scheme at most, never the rest (it may hold a password).
    #[error("invalid database URL: {0}")]
    BadUrl(String),
    /// Applying the embedded migrations failed.
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The database does not answer now (connection refused or lost, no free
    /// connection in time, server shutting down or starting, statement timeout,
    /// read-only during a failover): a retry later may succeed, so callers answer
    /// 503 with `Retry-After` rather than 500.
    #[error("the database is unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// Any other database failure.
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
}

/// SQLSTATEs that say "not now" rather than "never": class 08 (connection
/// exception) is matched by prefix; then too_many_connections, query_canceled
/// (the statement timeout), admin_shutdown, crash_shutdown, cannot_connect_now and
/// read_only_sql_transaction (a primary demoted during a failover).
const TRANSIENT_SQLSTATES: [&str; 6] = ["53300", "57014", "57P01", "57P02", "57P03", "25006"];

impl StorageError {
    /// Whether a retry later may succeed (see [`StorageError::Unavailable`]).
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable(_))
    }
}

impl From<sqlx::Error> for StorageError {
    fn from(e: sqlx::Error) -> Self {
        if is_transient(&e) {
            Self::Unavailable(e)
        } else {
            Self::Database(e)
        }
    }
}

fn is_transient(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|c| c.starts_with("08") || TRANSIENT_SQLSTATES.contains(&c.as_ref())),
        _ => false,
    }
}
