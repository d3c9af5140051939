//! Copying one table in batches: read the next rows after the recorded position (in
//! rowid order, or tree order for a table that refers to itself), insert them with one
//! statement, record the new position, commit; repeat until the source has no more.

use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::{PgPool, Postgres, QueryBuilder, Row};

use super::ledger::{self, Position};
use super::schema::{SelfRef, TablePlan};
use super::value::{self, Value};
use super::{MigrateError, MigrateOptions, Step, during, quoted};

/// PostgreSQL accepts at most this many bind arguments in one statement.
const MAX_BINDS: usize = 65_535;

/// Copies the rows of `table` the target lacks; returns how many this call copied.
pub(super) async fn table(
    source: &mut SqliteConnection,
    target: &PgPool,
    table: &TablePlan,
    options: &MigrateOptions,
    progress: &mut dyn FnMut(Step<'_>),
) -> Result<u64, MigrateError> {
    let mut at = ledger::position(target, &table.name).await?;
    let start = at.copied;
    progress(Step::Rows {
        table: &table.name,
        done: at.copied,
        total: table.rows,
    });
    let per_batch = options
        .batch_rows
        .clamp(1, MAX_BINDS / table.columns.len().max(1));
    let select = select_sql(table);
    loop {
        let rows = sqlx::query(sqlx::AssertSqlSafe(select.as_str()))
            .bind(at.depth)
            .bind(at.rowid)
            .bind(i64::try_from(per_batch).unwrap_or(i64::MAX))
            .fetch_all(&mut *source)
            .await
            .map_err(during(format!(
                "reading table '{}' from the source",
                table.name
            )))?;
        let Some(last) = rows.last() else { break };
        let next = Position {
            depth: last.get(0),
            rowid: last.get(1),
            copied: at.copied + rows.len() as u64,
        };
        let values = rows
            .iter()
            .map(|row| row_values(table, row))
            .collect::<Result<Vec<_>, _>>()?;
        insert_batch(target, table, values, next).await?;
        at = next;
        progress(Step::Rows {
            table: &table.name,
            done: at.copied,
            total: table.rows,
        });
    }
    Ok(at.copied - start)
}

/// The next batch after `(?1, ?2)` = (depth, rowid), at most `?3` rows, each row
/// starting with its depth and rowid.
fn select_sql(table: &TablePlan) -> String {
    let name = quoted(&table.name);
    let columns: Vec<String> = table
        .columns
        .iter()
        .map(|c| format!("t.{}", quoted(&c.name)))
        .collect();
    let columns = columns.join(", ");
    match &table.self_ref {
        // Plain tables have depth 0; the first batch starts after depth -1, any rowid.
        None => format!(
            "SELECT 0, t.rowid, {columns} FROM {name} AS t \
             WHERE (0, t.rowid) > (?1, ?2) ORDER BY t.rowid LIMIT ?3"
        ),
        Some(SelfRef { child, parent }) => {
            let (child, parent) = (quoted(child), quoted(parent));
            format!(
                "WITH RECURSIVE tree(key, depth) AS ( \
                   SELECT {parent}, 0 FROM {name} WHERE {child} IS NULL \
                   UNION ALL \
                   SELECT c.{parent}, tree.depth + 1 FROM {name} AS c \
                   JOIN tree ON c.{child} = tree.key) \
                 SELECT tree.depth, t.rowid, {columns} FROM {name} AS t \
                 JOIN tree ON t.{parent} = tree.key \
                 WHERE (tree.depth, t.rowid) > (?1, ?2) \
                 ORDER BY tree.depth, t.rowid LIMIT ?3"
            )
        }
    }
}

/// The copied columns of one source row, typed for the target.
fn row_values(table: &TablePlan, row: &SqliteRow) -> Result<Vec<Value>, MigrateError> {
    table
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            value::read(row, i + 2, column.kind).map_err(|detail| MigrateError::Value {
                table: table.name.clone(),
                column: column.name.clone(),
                rowid: row.get(1),
                detail,
            })
        })
        .collect()
}

/// Inserts one batch and records `next` as the table's position, in one transaction,
/// with the table's user triggers off so the rows land exactly as they are.
async fn insert_batch(
    target: &PgPool,
    table: &TablePlan,
    rows: Vec<Vec<Value>>,
    next: Position,
) -> Result<(), MigrateError> {
    let writing = || during(format!("copying table '{}'", table.name));
    let name = quoted(&table.name);
    let mut tx = target.begin().await.map_err(writing())?;
    if table.has_triggers {
        set_triggers(&mut tx, &name, "DISABLE")
            .await
            .map_err(writing())?;
    }
    let columns: Vec<String> = table.columns.iter().map(|c| quoted(&c.name)).collect();
    let mut insert =
        QueryBuilder::<Postgres>::new(format!("INSERT INTO {name} ({}) ", columns.join(", ")));
    insert.push_values(rows, |mut out, row| {
        for v in row {
            value::bind(&mut out, v);
        }
    });
    insert.build().execute(&mut *tx).await.map_err(writing())?;
    if table.has_triggers {
        set_triggers(&mut tx, &name, "ENABLE")
            .await
            .map_err(writing())?;
    }
    ledger::advance(&mut tx, &table.name, next).await?;
    tx.commit().await.map_err(writing())
}

/// `ALTER TABLE … DISABLE|ENABLE TRIGGER USER` inside the batch's transaction (so a
/// crash leaves the triggers as they were).
async fn set_triggers(
    tx: &mut sqlx::Transaction<'_, Postgres>,
    quoted_table: &str,
    action: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "ALTER TABLE {quoted_table} {action} TRIGGER USER"
    )))
    .execute(&mut **tx)
    .await
    .map(drop)
}
