//! Moving a stopped deployment's database from SQLite to PostgreSQL (`ws-server
//! migrate-storage`): every table, row for row, verified by row counts, resumable after
//! a crash, the source only ever read.
//!
//! Design, and why:
//! - **This crate does it**, because only it knows both schemas; the server binary
//!   parses arguments and prints [`Step`]s.
//! - **Tables are discovered, not listed**: the SQLite schema names the tables and
//!   columns, the PostgreSQL schema (after its migrations) says each column's type.
//!   A table or column on one side only stops the command naming it (see
//!   [`schema`](self) `plan`), so a table a later migration adds is either copied or
//!   refused, never silently skipped. The one deliberate difference is listed in
//!   `FILLED_BY_TARGET` (`ws_event_attendees.seq`, filled by its identity in copy order,
//!   which is SQLite's rowid order that column stands for). Both databases must carry
//!   the same applied migrations, checked first.
//! - **Types follow the target column**: SQLite INTEGER becomes BOOLEAN (only 0/1
//!   accepted), BIGINT/INTEGER/SMALLINT, or a float; BLOB becomes BYTEA; TEXT stays
//!   text. A target type not in that list refuses the table; a value of the wrong kind
//!   fails naming table, column and rowid.
//! - **Foreign-key order**: tables are copied parents first (from SQLite's foreign key
//!   list); a table that refers to itself (folders, comment replies) is read in tree
//!   order (depth, then rowid), so every parent row lands before its children and the
//!   target's foreign keys stay enforced throughout.
//! - **Values are copied as they are**: user triggers (the org domain bookkeeping
//!   triggers) are disabled for each batch inside its transaction, so the target gets
//!   exactly the source's rows and nothing derived; identity columns (`ws_audit.seq`)
//!   keep their values and their sequences are advanced past the highest value
//!   SQLite ever handed out (`sqlite_sequence` included), so new rows never collide.
//! - **Batches and resume**: rows go in multi-row INSERTs of at most
//!   [`MigrateOptions::batch_rows`] rows, each in a transaction that also records the
//!   table's position (last depth and rowid) in a bookkeeping table, `ws_migrate_progress`,
//!   in the target. A run killed at any moment leaves whole batches and their position;
//!   `--resume` carries on from there. The last transaction checks every table's row
//!   count against the source, advances the sequences and drops the bookkeeping table:
//!   after it the target is an ordinary database. A rerun with `--resume` on such a
//!   target copies nothing and only verifies the counts.
//! - **The source is read only**: it is opened read-only (no migration, no journal
//!   mode change) on one connection, inside one read transaction, so every count and
//!   row comes from one snapshot.

mod copy;
mod ledger;
mod schema;
mod value;

use std::path::{Path, PathBuf};
use std::str::FromStr;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions, Connection};

use crate::postgres::{PgDb, PgOptions};
use crate::{DbUrl, StorageError};

pub use schema::TablePlan;

/// How to migrate.
#[derive(Debug, Clone)]
pub struct MigrateOptions {
    /// Finish an interrupted migration into this target (or verify a finished one)
    /// instead of refusing a target that holds rows.
    pub resume: bool,
    /// Most rows per INSERT (and per transaction).
    pub batch_rows: usize,
}

impl Default for MigrateOptions {
    fn default() -> Self {
        Self {
            resume: false,
            batch_rows: 1000,
        }
    }
}

/// What a migration reports as it goes.
#[derive(Debug)]
pub enum Step<'a> {
    /// Copying starts: every table in copy order, with its source row count.
    Planned(&'a [TablePlan]),
    /// `done` of the `total` rows of `table` are in the target.
    Rows {
        /// The table.
        table: &'a str,
        /// Rows in the target so far.
        done: u64,
        /// Rows in the source.
        total: u64,
    },
    /// Every row count matched.
    Verified,
}

/// What a finished migration did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrateReport {
    /// Tables in copy order, with their row counts (equal on both sides).
    pub tables: Vec<(String, u64)>,
    /// Rows copied by this run (0 when the target was already complete).
    pub copied: u64,
    /// The target was already a finished migration: this run only verified it.
    pub already_complete: bool,
}

/// Why a migration stopped. Messages name the table, column or row, never a URL.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// The source or target URL is not one this command accepts.
    #[error("{0}")]
    Url(String),
    /// The source database cannot be read.
    #[error("the source database {path}: {detail}")]
    Source {
        /// The SQLite file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// The two schemas differ in a way the copy cannot bridge.
    #[error("{0}")]
    Schema(String),
    /// The target already holds rows and `--resume` was not given.
    #[error(
        "the target table '{table}' already holds {rows} row(s): migrate into an empty \
         database, or pass --resume to finish or verify an earlier migration into this one"
    )]
    NotEmpty {
        /// The first table found holding rows.
        table: String,
        /// How many.
        rows: u64,
    },
    /// An earlier migration into the target stopped half-way and `--resume` was not given.
    #[error(
        "an earlier migration into the target stopped before it finished \
         (ws_migrate_progress is still there): pass --resume to finish it"
    )]
    Interrupted,
    /// A source value does not fit its target column.
    #[error("table '{table}', column '{column}', row {rowid}: {detail}")]
    Value {
        /// The table.
        table: String,
        /// The column.
        column: String,
        /// The row's SQLite rowid.
        rowid: i64,
        /// What does not fit.
        detail: String,
    },
    /// A table's row count differs between source and target after the copy.
    #[error("table '{table}': {source_rows} row(s) in the source but {target_rows} in the target")]
    Count {
        /// The table.
        table: String,
        /// Rows in the source.
        source_rows: u64,
        /// Rows in the target.
        target_rows: u64,
    },
    /// A database statement failed.
    #[error("{during}: {source}")]
    Database {
        /// What was being done, e.g. "copying table 'users'".
        during: String,
        /// The driver's error.
        source: sqlx::Error,
    },
    /// Opening (and migrating) the target failed.
    #[error("the target database: {0}")]
    Target(#[from] StorageError),
}

/// Wraps a driver error with what was being done.
pub(crate) fn during(what: impl Into<String>) -> impl FnOnce(sqlx::Error) -> MigrateError {
    let during = what.into();
    move |source| MigrateError::Database { during, source }
}

/// A blob the target's metadata refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobRef {
    /// Lower-case hex sha256 (the blob's name).
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
}

/// An opened source and target, their schemas compared.
pub struct Migration {
    source: SqliteConnection,
    target: PgDb,
}

impl std::fmt::Debug for Migration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Migration").finish_non_exhaustive()
    }
}

impl Migration {
    /// Opens the SQLite database `from` (`sqlite://PATH`) read-only and the PostgreSQL
    /// database `to` (applying its migrations), and checks both carry the same
    /// applied migrations.
    pub async fn open(from: &str, to: &str) -> Result<Migration, MigrateError> {
        let DbUrl::Sqlite(path) = DbUrl::parse(from).map_err(|e| flag_error("--from", e))? else {
            return Err(MigrateError::Url(
                "--from must be a sqlite://PATH URL (the deployment being moved)".to_owned(),
            ));
        };
        let DbUrl::Postgres = DbUrl::parse(to).map_err(|e| flag_error("--to", e))? else {
            return Err(MigrateError::Url(
                "--to must be a postgres:// URL (the database to move into)".to_owned(),
            ));
        };
        let mut source = open_source(&path).await?;
        let options = PgOptions {
            pool_size: 2,
            ..PgOptions::default()
        };
        let target = PgDb::open(to, &options).await?;
        schema::check_versions(&mut source, target.pool(), &path).await?;
        Ok(Migration { source, target })
    }

    /// Copies every table (or finishes an interrupted copy), verifies every row count,
    /// and leaves the target an ordinary database; `progress` hears each step.
    pub async fn run(
        &mut self,
        options: &MigrateOptions,
        progress: &mut dyn FnMut(Step<'_>),
    ) -> Result<MigrateReport, MigrateError> {
        let pool = self.target.pool().clone();
        let mut snapshot = self
            .source
            .begin()
            .await
            .map_err(during("starting a read of the source"))?;
        let tables = schema::plan(&mut snapshot, &pool).await?;
        progress(Step::Planned(&tables));
        let already_complete = match ledger::state(&pool).await? {
            ledger::State::Interrupted if !options.resume => return Err(MigrateError::Interrupted),
            ledger::State::Interrupted => false,
            ledger::State::Absent => match ledger::first_non_empty(&pool, &tables).await? {
                Some(_) if options.resume => true,
                Some((table, rows)) => return Err(MigrateError::NotEmpty { table, rows }),
                None => {
                    ledger::create(&pool, &tables).await?;
                    false
                }
            },
        };
        let mut copied = 0;
        if !already_complete {
            for table in &tables {
                copied += copy::table(&mut snapshot, &pool, table, options, progress).await?;
            }
        }
        ledger::finish(&pool, &tables).await?;
        progress(Step::Verified);
        Ok(MigrateReport {
            tables: tables.iter().map(|t| (t.name.clone(), t.rows)).collect(),
            copied,
            already_complete,
        })
    }

    /// Every blob the target's drive metadata refers to, with its size, for checking
    /// the blob store after the copy.
    pub async fn blob_references(&self) -> Result<Vec<BlobRef>, MigrateError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT sha256, MAX(size) FROM ws_drive_items WHERE sha256 IS NOT NULL \
             GROUP BY sha256 ORDER BY sha256",
        )
        .fetch_all(self.target.pool())
        .await
        .map_err(during("listing the blobs the drive refers to"))?;
        Ok(rows
            .into_iter()
            .map(|(sha256, size)| BlobRef {
                sha256,
                size: u64::try_from(size).unwrap_or(0),
            })
            .collect())
    }

    /// Closes both databases.
    pub async fn close(self) {
        let _ = self.source.close().await;
        self.target.pool().close().await;
    }
}

/// The source, read-only: no file is created, no migration or pragma that writes runs.
async fn open_source(path: &Path) -> Result<SqliteConnection, MigrateError> {
    let failed = |detail: String| MigrateError::Source {
        path: path.to_owned(),
        detail,
    };
    if !path.is_file() {
        return Err(failed(
            "no such file: name the deployment's ws.db (sqlite://DATA/ws.db)".to_owned(),
        ));
    }
    SqliteConnectOptions::from_str("sqlite:")
        .map_err(|e| failed(e.to_string()))?
        .filename(path)
        .read_only(true)
        .create_if_missing(false)
        .connect()
        .await
        .map_err(|e| failed(e.to_string()))
}

/// A URL flag that does not parse, named.
fn flag_error(flag: &str, e: StorageError) -> MigrateError {
    MigrateError::Url(format!("{flag}: {e}"))
}

/// Double-quotes an identifier read from a schema (doubling any quote inside it).
pub(crate) fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
