//! [`UserSearch`] on SQLite: the query from `sql::user_search`, paged with its total
//! from one read transaction.

use sqlx::sqlite::SqliteRow;
use sqlx::{QueryBuilder, Sqlite};

use super::SqliteDb;
use super::text::{page_of, push_text_match};
use crate::model::{ListQuery, Page, TextMatch, User, UserSearch};
use crate::repo::StoreResult;
use crate::sql::{SearchSql, search_order, search_query};

impl SearchSql for Sqlite {
    // CAST reads any bytes as text.
    const METADATA_VALUE_TEXT: &'static str = "CAST(m.value AS TEXT)";
    // BINARY, the default collation of an expression, is byte order already.
    const BYTE_ORDER: &'static str = "";

    fn push_text_match(qb: &mut QueryBuilder<Sqlite>, expr: &str, m: &TextMatch) {
        push_text_match(qb, expr, m);
    }
}

/// Runs a search: the page and the total over one `WHERE`, in one snapshot.
pub(crate) async fn search_users(
    db: &SqliteDb,
    search: &UserSearch,
    q: ListQuery,
    from_row: fn(&SqliteRow) -> StoreResult<User>,
) -> StoreResult<Page<User>> {
    let order = search_order::<Sqlite>(search);
    let order: Vec<&str> = order.iter().map(String::as_str).collect();
    page_of(db, |what| search_query(search, what), &order, q, from_row).await
}
