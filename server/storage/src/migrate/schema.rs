//! Reading both schemas and deciding what to copy: the tables SQLite holds, in
//! foreign-key order, each column with the kind its PostgreSQL twin stores. Any
//! difference the copy cannot bridge stops the migration naming the table or column.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use sqlx::sqlite::SqliteConnection;
use sqlx::{PgPool, Row};

use super::value::Kind;
use super::{MigrateError, during, ledger, quoted};

/// Columns only the PostgreSQL schema has, which the target fills by itself, with why
/// that is right. Any other column on one side only stops the migration.
const FILLED_BY_TARGET: &[(&str, &str, &str)] = &[(
    "ws_event_attendees",
    "seq",
    "its identity numbers attendees in copy order, which is SQLite's rowid order it stands for",
)];

/// Tables neither side copies: sqlx's migration ledger (checked separately) and the
/// migration's own bookkeeping.
const NOT_COPIED: &[&str] = &["_sqlx_migrations", ledger::TABLE];

/// One table to copy.
#[derive(Debug, Clone)]
pub struct TablePlan {
    /// Its name (the same on both sides).
    pub name: String,
    /// Rows in the source.
    pub rows: u64,
    pub(super) columns: Vec<Column>,
    /// A foreign key to the table itself: rows are read parents first.
    pub(super) self_ref: Option<SelfRef>,
    /// Target identity or serial columns that receive the source's values; their
    /// sequences are advanced past them.
    pub(super) sequences: Vec<String>,
    /// The highest value SQLite's AUTOINCREMENT handed out for this table, if any (it
    /// may exceed the highest one left in the table).
    pub(super) autoincrement: Option<i64>,
    /// The target table has user triggers, disabled while rows are copied.
    pub(super) has_triggers: bool,
}

/// A copied column.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub name: String,
    pub kind: Kind,
}

/// `child` refers to `parent` in the same table.
#[derive(Debug, Clone)]
pub(super) struct SelfRef {
    pub child: String,
    pub parent: String,
}

/// A target column as PostgreSQL describes it.
struct TargetColumn {
    data_type: String,
    sequence: bool,
}

/// Refuses unless both databases carry the same applied migrations.
pub(super) async fn check_versions(
    source: &mut SqliteConnection,
    target: &PgPool,
    path: &Path,
) -> Result<(), MigrateError> {
    let source_versions: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(&mut *source)
            .await
            .map_err(|e| MigrateError::Source {
                path: path.to_owned(),
                detail: format!("not a ws-server database (no migration ledger: {e})"),
            })?;
    let target_versions: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(target)
            .await
            .map_err(during("reading the target's migrations"))?;
    if source_versions != target_versions {
        let last = |v: &[i64]| v.last().map_or("none".to_owned(), i64::to_string);
        return Err(MigrateError::Schema(format!(
            "the source database is at migration {} but this ws-server's schema is at {}: \
             run the same ws-server version on the source first (start it once, stop it), \
             then migrate",
            last(&source_versions),
            last(&target_versions)
        )));
    }
    Ok(())
}

/// Every source table in copy order (parents before children), compared with the
/// target's schema, with its row count.
pub(super) async fn plan(
    source: &mut SqliteConnection,
    target: &PgPool,
) -> Result<Vec<TablePlan>, MigrateError> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' \
         ESCAPE '!' ORDER BY name",
    )
    .fetch_all(&mut *source)
    .await
    .map_err(during("listing the source tables"))?;
    let names: Vec<String> = names
        .into_iter()
        .filter(|n| !NOT_COPIED.contains(&n.as_str()))
        .collect();
    let mut target_tables = target_columns(target).await?;
    let triggers = triggered_tables(target).await?;
    let mut plans = BTreeMap::new();
    let mut parents = BTreeMap::new();
    for name in &names {
        let Some(target_cols) = target_tables.remove(name) else {
            return Err(MigrateError::Schema(format!(
                "the source table '{name}' has no twin in the PostgreSQL schema: this \
                 ws-server version cannot migrate it"
            )));
        };
        let (plan, refs) = table_plan(source, name, target_cols, triggers.contains(name)).await?;
        parents.insert(name.clone(), refs);
        plans.insert(name.clone(), plan);
    }
    if let Some(extra) = target_tables.keys().next() {
        return Err(MigrateError::Schema(format!(
            "the PostgreSQL table '{extra}' has no twin in the source database: the two \
             schemas differ, refusing to migrate"
        )));
    }
    let order = parents_first(&parents)?;
    Ok(order
        .into_iter()
        .filter_map(|name| plans.remove(&name))
        .collect())
}

/// One table's plan and the other tables it refers to.
async fn table_plan(
    source: &mut SqliteConnection,
    name: &str,
    mut target_cols: BTreeMap<String, TargetColumn>,
    has_triggers: bool,
) -> Result<(TablePlan, BTreeSet<String>), MigrateError> {
    let reading = || during(format!("reading the schema of table '{name}'"));
    let without_rowid: bool =
        sqlx::query_scalar("SELECT COUNT(*) > 0 FROM pragma_table_list WHERE name = ?1 AND wr")
            .bind(name)
            .fetch_one(&mut *source)
            .await
            .map_err(reading())?;
    if without_rowid {
        return Err(MigrateError::Schema(format!(
            "the source table '{name}' is WITHOUT ROWID, which this migration cannot page through"
        )));
    }
    let source_cols: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
            .bind(name)
            .fetch_all(&mut *source)
            .await
            .map_err(reading())?;
    let mut columns = Vec::new();
    let mut sequences = Vec::new();
    for col in source_cols {
        let Some(target) = target_cols.remove(&col) else {
            return Err(MigrateError::Schema(format!(
                "the source column '{name}.{col}' has no twin in the PostgreSQL schema; \
                 its values would be lost, refusing to migrate"
            )));
        };
        let kind = Kind::of_target(&target.data_type).ok_or_else(|| {
            MigrateError::Schema(format!(
                "the PostgreSQL column '{name}.{col}' has type {}, which this migration \
                 does not convert to",
                target.data_type
            ))
        })?;
        if target.sequence {
            sequences.push(col.clone());
        }
        columns.push(Column { name: col, kind });
    }
    for col in target_cols.keys() {
        if !FILLED_BY_TARGET
            .iter()
            .any(|(t, c, _why)| *t == name && c == col)
        {
            return Err(MigrateError::Schema(format!(
                "the PostgreSQL column '{name}.{col}' has no twin in the source database: \
                 the two schemas differ, refusing to migrate"
            )));
        }
    }
    let (refs, self_ref) = foreign_keys(source, name).await?;
    let rows: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM {}",
        quoted(name)
    )))
    .fetch_one(&mut *source)
    .await
    .map_err(during(format!("counting the rows of table '{name}'")))?;
    let autoincrement = autoincrement(source, name).await?;
    let plan = TablePlan {
        name: name.to_owned(),
        rows: u64::try_from(rows).unwrap_or(0),
        columns,
        self_ref,
        sequences,
        autoincrement,
        has_triggers,
    };
    Ok((plan, refs))
}

/// The tables `name` refers to (itself excluded) and its reference to itself, if any.
async fn foreign_keys(
    source: &mut SqliteConnection,
    name: &str,
) -> Result<(BTreeSet<String>, Option<SelfRef>), MigrateError> {
    let rows =
        sqlx::query(r#"SELECT "id", "table", "from", "to" FROM pragma_foreign_key_list(?1)"#)
            .bind(name)
            .fetch_all(&mut *source)
            .await
            .map_err(during(format!(
                "reading the foreign keys of table '{name}'"
            )))?;
    let mut refs = BTreeSet::new();
    let mut self_refs: BTreeMap<i64, Vec<(String, Option<String>)>> = BTreeMap::new();
    for row in rows {
        let parent: String = row.get("table");
        if parent == name {
            let id: i64 = row.get("id");
            self_refs
                .entry(id)
                .or_default()
                .push((row.get("from"), row.get("to")));
        } else {
            refs.insert(parent);
        }
    }
    if self_refs.is_empty() {
        return Ok((refs, None));
    }
    let mut keys: Vec<Vec<(String, Option<String>)>> = self_refs.into_values().collect();
    match (keys.pop(), keys.is_empty()) {
        (Some(mut key), true) if key.len() == 1 => {
            if let Some((child, Some(parent))) = key.pop() {
                return Ok((refs, Some(SelfRef { child, parent })));
            }
        }
        _ => {}
    }
    Err(MigrateError::Schema(format!(
        "table '{name}' refers to itself other than by one named column, which this \
         migration cannot order"
    )))
}

/// The highest AUTOINCREMENT value SQLite recorded for `name`, if it keeps one.
async fn autoincrement(
    source: &mut SqliteConnection,
    name: &str,
) -> Result<Option<i64>, MigrateError> {
    let reading = || {
        during(format!(
            "reading the AUTOINCREMENT counter of table '{name}'"
        ))
    };
    let has_sequence_table: bool = sqlx::query_scalar(
        "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'",
    )
    .fetch_one(&mut *source)
    .await
    .map_err(reading())?;
    if !has_sequence_table {
        return Ok(None);
    }
    sqlx::query_scalar("SELECT seq FROM sqlite_sequence WHERE name = ?1")
        .bind(name)
        .fetch_optional(&mut *source)
        .await
        .map_err(reading())
}

/// Every target table's columns, by table and column name.
async fn target_columns(
    target: &PgPool,
) -> Result<BTreeMap<String, BTreeMap<String, TargetColumn>>, MigrateError> {
    let rows = sqlx::query(
        "SELECT c.table_name::text AS table_name, c.column_name::text AS column_name, \
                c.data_type::text AS data_type, \
                (c.is_identity = 'YES' OR coalesce(c.column_default, '') LIKE 'nextval(%') \
                    AS sequence \
         FROM information_schema.columns c \
         JOIN information_schema.tables t \
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
         WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'",
    )
    .fetch_all(target)
    .await
    .map_err(during("reading the target schema"))?;
    let mut tables: BTreeMap<String, BTreeMap<String, TargetColumn>> = BTreeMap::new();
    for row in rows {
        let table: String = row.get("table_name");
        if NOT_COPIED.contains(&table.as_str()) {
            continue;
        }
        let column = TargetColumn {
            data_type: row.get("data_type"),
            sequence: row.get("sequence"),
        };
        tables
            .entry(table)
            .or_default()
            .insert(row.get("column_name"), column);
    }
    Ok(tables)
}

/// Target tables with user (not foreign-key) triggers.
async fn triggered_tables(target: &PgPool) -> Result<BTreeSet<String>, MigrateError> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT c.relname::text FROM pg_trigger t \
         JOIN pg_class c ON c.oid = t.tgrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE NOT t.tgisinternal AND n.nspname = current_schema()",
    )
    .fetch_all(target)
    .await
    .map_err(during("reading the target's triggers"))?;
    Ok(names.into_iter().collect())
}

/// The tables ordered so that each comes after every table it refers to (ties by
/// name); a cycle of foreign keys stops the migration naming its tables.
fn parents_first(
    parents: &BTreeMap<String, BTreeSet<String>>,
) -> Result<Vec<String>, MigrateError> {
    let mut order = Vec::with_capacity(parents.len());
    let mut placed = BTreeSet::new();
    while placed.len() < parents.len() {
        let ready: Vec<&String> = parents
            .iter()
            .filter(|(name, refs)| {
                !placed.contains(*name) && refs.iter().all(|r| placed.contains(r))
            })
            .map(|(name, _)| name)
            .collect();
        if ready.is_empty() {
            let stuck: Vec<&str> = parents
                .keys()
                .filter(|n| !placed.contains(*n))
                .map(String::as_str)
                .collect();
            return Err(MigrateError::Schema(format!(
                "the foreign keys among tables {} form a cycle (or name a table that does \
                 not exist), so no copy order keeps them valid",
                stuck.join(", ")
            )));
        }
        for name in ready {
            placed.insert(name.clone());
            order.push(name.clone());
        }
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, BTreeSet<String>> {
        edges
            .iter()
            .map(|(t, refs)| (t.to_string(), refs.iter().map(|r| r.to_string()).collect()))
            .collect()
    }

    #[test]
    fn parents_come_before_children() {
        let order = parents_first(&graph(&[
            ("users", &["orgs"]),
            ("authorizations", &["users", "projects", "orgs"]),
            ("projects", &["orgs"]),
            ("orgs", &[]),
        ]))
        .unwrap();
        assert_eq!(order, ["orgs", "projects", "users", "authorizations"]);
    }

    #[test]
    fn a_cycle_is_refused_naming_its_tables() {
        let err = parents_first(&graph(&[("a", &["b"]), ("b", &["a"]), ("c", &[])]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("tables a, b form a cycle"), "{err}");
    }
}
