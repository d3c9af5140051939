//! [`Columns`]: the few column types the identity tables use, read by name from a row of
//! either backend, so one mapper per record serves SQLite and PostgreSQL alike.

use sqlx::Row;
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

use crate::repo::StoreResult;

/// A result row of either backend, read column by column.
pub(crate) trait Columns {
    /// A `TEXT NOT NULL` column.
    fn text(&self, column: &str) -> StoreResult<String>;
    /// A nullable `TEXT` column.
    fn opt_text(&self, column: &str) -> StoreResult<Option<String>>;
    /// An `INTEGER` / `BIGINT NOT NULL` column (unix seconds, counts).
    fn int(&self, column: &str) -> StoreResult<i64>;
    /// A nullable `INTEGER` / `BIGINT` column.
    fn opt_int(&self, column: &str) -> StoreResult<Option<i64>>;
    /// A flag (`INTEGER` 0/1 on SQLite, `BOOLEAN` on PostgreSQL).
    fn flag(&self, column: &str) -> StoreResult<bool>;
    /// A `BLOB` / `BYTEA NOT NULL` column (metadata values).
    fn bytes(&self, column: &str) -> StoreResult<Vec<u8>>;
}

macro_rules! columns_for {
    ($row:ty) => {
        impl Columns for $row {
            fn text(&self, column: &str) -> StoreResult<String> {
                Ok(self.try_get(column)?)
            }
            fn opt_text(&self, column: &str) -> StoreResult<Option<String>> {
                Ok(self.try_get(column)?)
            }
            fn int(&self, column: &str) -> StoreResult<i64> {
                Ok(self.try_get(column)?)
            }
            fn opt_int(&self, column: &str) -> StoreResult<Option<i64>> {
                Ok(self.try_get(column)?)
            }
            fn flag(&self, column: &str) -> StoreResult<bool> {
                Ok(self.try_get(column)?)
            }
            fn bytes(&self, column: &str) -> StoreResult<Vec<u8>> {
                Ok(self.try_get(column)?)
            }
        }
    };
}

columns_for!(SqliteRow);
columns_for!(PgRow);
