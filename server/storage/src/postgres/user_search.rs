//! [`UserSearch`] on PostgreSQL: the query from `sql::user_search`, paged with its
//! total from one snapshot. Reads the lagging pool: a search tolerates replica lag.

use sqlx::{Postgres, QueryBuilder};

use super::{PgDb, page_of, push_text_match};
use crate::model::{ListQuery, Page, TextMatch, User, UserSearch};
use crate::repo::StoreResult;
use crate::sql::{SearchSql, search_order, search_query, user_from_row};

impl SearchSql for Postgres {
    // A value that is not UTF-8 reads as '' instead of failing the search
    // (migrations/postgres/0011).
    const METADATA_VALUE_TEXT: &'static str = "utf8_text_or_null(m.value)";
    const BYTE_ORDER: &'static str = " COLLATE \"C\"";

    fn push_text_match(qb: &mut QueryBuilder<Postgres>, expr: &str, m: &TextMatch) {
        push_text_match(qb, expr, m);
    }
}

/// Runs a search: the page and the total over one `WHERE`, in one snapshot.
pub(crate) async fn search_users(
    db: &PgDb,
    search: &UserSearch,
    q: ListQuery,
) -> StoreResult<Page<User>> {
    let order = search_order::<Postgres>(search);
    let order: Vec<&str> = order.iter().map(String::as_str).collect();
    page_of(
        db.lagging(),
        |what| search_query(search, what),
        &order,
        q,
        user_from_row,
    )
    .await
}
