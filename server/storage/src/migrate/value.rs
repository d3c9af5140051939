//! One value on its way from a SQLite row to a PostgreSQL column: read as the kind the
//! target column stores, bound as that kind.

use sqlx::query_builder::Separated;
use sqlx::sqlite::SqliteRow;
use sqlx::{Postgres, Row};

/// What a target column stores, as far as the copy is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// BOOLEAN, from SQLite's 0/1.
    Bool,
    /// BIGINT, INTEGER or SMALLINT.
    Int,
    /// DOUBLE PRECISION or REAL.
    Float,
    /// TEXT or VARCHAR.
    Text,
    /// BYTEA, from a BLOB (or text, whose bytes are kept).
    Bytes,
}

impl Kind {
    /// The kind for a PostgreSQL `information_schema.columns.data_type`, or `None` for
    /// a type the copy does not convert to.
    pub(crate) fn of_target(data_type: &str) -> Option<Kind> {
        Some(match data_type {
            "boolean" => Kind::Bool,
            "bigint" | "integer" | "smallint" => Kind::Int,
            "double precision" | "real" => Kind::Float,
            "text" | "character varying" => Kind::Text,
            "bytea" => Kind::Bytes,
            _ => return None,
        })
    }
}

/// A value read from the source, typed for its target column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null(Kind),
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
    Bytes(Vec<u8>),
}

/// Reads column `index` of `row` as `kind`; the error says what did not fit.
pub(crate) fn read(row: &SqliteRow, index: usize, kind: Kind) -> Result<Value, String> {
    let value = match kind {
        Kind::Bool => match row.try_get::<Option<i64>, _>(index) {
            Ok(Some(0)) => Some(Value::Bool(false)),
            Ok(Some(1)) => Some(Value::Bool(true)),
            Ok(Some(other)) => return Err(format!("{other} is not a boolean (0 or 1)")),
            Ok(None) => None,
            Err(e) => return Err(e.to_string()),
        },
        Kind::Int => row
            .try_get::<Option<i64>, _>(index)
            .map_err(|e| e.to_string())?
            .map(Value::Int),
        Kind::Float => row
            .try_get::<Option<f64>, _>(index)
            .map_err(|e| e.to_string())?
            .map(Value::Float),
        Kind::Text => row
            .try_get::<Option<String>, _>(index)
            .map_err(|e| e.to_string())?
            .map(Value::Text),
        Kind::Bytes => row
            .try_get::<Option<Vec<u8>>, _>(index)
            .map_err(|e| e.to_string())?
            .map(Value::Bytes),
    };
    Ok(value.unwrap_or(Value::Null(kind)))
}

/// Binds `value` as the next argument of a row being pushed.
pub(crate) fn bind(row: &mut Separated<'_, Postgres, &'static str>, value: Value) {
    match value {
        Value::Null(Kind::Bool) => row.push_bind(None::<bool>),
        Value::Null(Kind::Int) => row.push_bind(None::<i64>),
        Value::Null(Kind::Float) => row.push_bind(None::<f64>),
        Value::Null(Kind::Text) => row.push_bind(None::<String>),
        Value::Null(Kind::Bytes) => row.push_bind(None::<Vec<u8>>),
        Value::Bool(v) => row.push_bind(v),
        Value::Int(v) => row.push_bind(v),
        Value::Float(v) => row.push_bind(v),
        Value::Text(v) => row.push_bind(v),
        Value::Bytes(v) => row.push_bind(v),
    };
}
