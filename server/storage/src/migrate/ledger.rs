//! The migration's bookkeeping in the target: one row per table with how far its copy
//! got, written in the same transaction as each batch, so an interrupted run resumes
//! exactly where its last committed batch ended. The table exists only while a
//! migration is unfinished; [`finish`] verifies and drops it in one transaction.

use sqlx::{PgPool, Postgres, Transaction};

use super::schema::TablePlan;
use super::{MigrateError, during, quoted};

/// The bookkeeping table's name.
pub(crate) const TABLE: &str = "ws_migrate_progress";

/// Whether a migration into the target is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum State {
    /// No bookkeeping: the target is fresh, or a finished migration, or in use.
    Absent,
    /// A migration started and has not finished.
    Interrupted,
}

/// Where a table's copy stands: the last (depth, rowid) copied and how many rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Position {
    pub depth: i64,
    pub rowid: i64,
    pub copied: u64,
}

/// Whether the bookkeeping table exists.
pub(super) async fn state(target: &PgPool) -> Result<State, MigrateError> {
    let exists: bool = sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
        .bind(TABLE)
        .fetch_one(target)
        .await
        .map_err(during("looking for an unfinished migration"))?;
    Ok(if exists {
        State::Interrupted
    } else {
        State::Absent
    })
}

/// The first table (in copy order) that holds rows in the target, with its count.
pub(super) async fn first_non_empty(
    target: &PgPool,
    tables: &[TablePlan],
) -> Result<Option<(String, u64)>, MigrateError> {
    for table in tables {
        let rows = target_rows(target, &table.name).await?;
        if rows > 0 {
            return Ok(Some((table.name.clone(), rows)));
        }
    }
    Ok(None)
}

/// Rows of `table` in the target.
async fn target_rows<'c, E>(target: E, table: &str) -> Result<u64, MigrateError>
where
    E: sqlx::PgExecutor<'c>,
{
    let rows: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM {}",
        quoted(table)
    )))
    .fetch_one(target)
    .await
    .map_err(during(format!(
        "counting the target rows of table '{table}'"
    )))?;
    Ok(u64::try_from(rows).unwrap_or(0))
}

/// Starts the bookkeeping of a fresh migration: every table at its beginning.
pub(super) async fn create(target: &PgPool, tables: &[TablePlan]) -> Result<(), MigrateError> {
    let mut tx = target
        .begin()
        .await
        .map_err(during("starting the migration"))?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "CREATE TABLE {TABLE} (table_name TEXT PRIMARY KEY, after_depth BIGINT NOT NULL, \
         after_rowid BIGINT NOT NULL, copied BIGINT NOT NULL)"
    )))
    .execute(&mut *tx)
    .await
    .map_err(during("creating the migration's bookkeeping table"))?;
    for table in tables {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {TABLE} VALUES ($1, -1, $2, 0)"
        )))
        .bind(&table.name)
        .bind(i64::MIN)
        .execute(&mut *tx)
        .await
        .map_err(during("creating the migration's bookkeeping table"))?;
    }
    tx.commit().await.map_err(during("starting the migration"))
}

/// Where the copy of `table` stands.
pub(super) async fn position(target: &PgPool, table: &str) -> Result<Position, MigrateError> {
    let (depth, rowid, copied): (i64, i64, i64) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT after_depth, after_rowid, copied FROM {TABLE} WHERE table_name = $1"
    )))
    .bind(table)
    .fetch_optional(target)
    .await
    .map_err(during(format!("reading how far table '{table}' got")))?
    .ok_or_else(|| {
        MigrateError::Schema(format!(
            "the unfinished migration in the target never started table '{table}': it was \
             started by another ws-server version; drop the target database and start over"
        ))
    })?;
    Ok(Position {
        depth,
        rowid,
        copied: u64::try_from(copied).unwrap_or(0),
    })
}

/// Records, inside the batch's transaction, that `table` got to `at`.
pub(super) async fn advance(
    tx: &mut Transaction<'_, Postgres>,
    table: &str,
    at: Position,
) -> Result<(), MigrateError> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {TABLE} SET after_depth = $2, after_rowid = $3, copied = $4 WHERE table_name = $1"
    )))
    .bind(table)
    .bind(at.depth)
    .bind(at.rowid)
    .bind(i64::try_from(at.copied).unwrap_or(i64::MAX))
    .execute(&mut **tx)
    .await
    .map_err(during(format!("recording the progress of table '{table}'")))?;
    Ok(())
}

/// In one transaction: checks every table's row count against the source, advances
/// each copied sequence past the values it received, and drops the bookkeeping.
pub(super) async fn finish(target: &PgPool, tables: &[TablePlan]) -> Result<(), MigrateError> {
    let mut tx = target.begin().await.map_err(during("verifying the copy"))?;
    for table in tables {
        let target_rows = target_rows(&mut *tx, &table.name).await?;
        if target_rows != table.rows {
            return Err(MigrateError::Count {
                table: table.name.clone(),
                source_rows: table.rows,
                target_rows,
            });
        }
        for column in &table.sequences {
            advance_sequence(&mut tx, table, column).await?;
        }
    }
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP TABLE IF EXISTS {TABLE}")))
        .execute(&mut *tx)
        .await
        .map_err(during("dropping the migration's bookkeeping table"))?;
    tx.commit().await.map_err(during("verifying the copy"))
}

/// Sets the sequence behind `table.column` so its next value is above every value the
/// column holds and every value SQLite's AUTOINCREMENT handed out.
async fn advance_sequence(
    tx: &mut Transaction<'_, Postgres>,
    table: &TablePlan,
    column: &str,
) -> Result<(), MigrateError> {
    let sql = format!(
        "SELECT setval(pg_get_serial_sequence($1, $2), v) \
         FROM (SELECT GREATEST(MAX({col}), $3) AS v FROM {tbl}) m WHERE v IS NOT NULL",
        col = quoted(column),
        tbl = quoted(&table.name),
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(quoted(&table.name))
        .bind(column)
        .bind(table.autoincrement)
        .execute(&mut **tx)
        .await
        .map_err(during(format!(
            "advancing the sequence of '{}.{column}'",
            table.name
        )))?;
    Ok(())
}
