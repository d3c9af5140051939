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
    /// Any other database failure.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}
