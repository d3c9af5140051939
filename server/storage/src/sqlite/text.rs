//! List building blocks: [`TextMatch`] as SQL (the condition is appended to a
//! [`QueryBuilder`] with the text bound, never spliced in), order and page, and a page
//! with its total from one snapshot. Case is folded with SQLite's `lower()`, which folds
//! ASCII only, so the bound text is folded the same way.

use sqlx::sqlite::SqliteRow;
use sqlx::{QueryBuilder, Sqlite};

use super::SqliteDb;
use crate::model::{ListQuery, Page};
use crate::repo::StoreResult;

use crate::model::{TextMatch, TextOp};

/// Appends `(<expr> matches m)` to `qb`; `expr` is trusted SQL naming a column or
/// an expression over columns (never input).
pub(crate) fn push_text_match(qb: &mut QueryBuilder<Sqlite>, expr: &str, m: &TextMatch) {
    let (subject, value) = if m.ignore_case {
        (
            format!("lower(coalesce({expr}, ''))"),
            m.value.to_ascii_lowercase(),
        )
    } else {
        (format!("coalesce({expr}, '')"), m.value.clone())
    };
    qb.push("(");
    match m.op {
        TextOp::Equals => {
            qb.push(format!("{subject} = "));
            qb.push_bind(value);
            qb.push(" COLLATE BINARY");
        }
        TextOp::StartsWith => {
            qb.push(format!("instr({subject}, "));
            qb.push_bind(value);
            qb.push(") = 1");
        }
        TextOp::Contains => {
            qb.push(format!("instr({subject}, "));
            qb.push_bind(value);
            qb.push(") > 0");
        }
        TextOp::EndsWith => {
            // substr(x, -0) is the whole text, so the empty suffix needs its own case.
            qb.push("length(");
            qb.push_bind(value.clone());
            qb.push(format!(") = 0 OR substr({subject}, -length("));
            qb.push_bind(value.clone());
            qb.push(")) = ");
            qb.push_bind(value);
            qb.push(" COLLATE BINARY");
        }
    }
    qb.push(")");
}

/// Appends ` AND <cond>` for each filter.
pub(crate) fn push_all_text_matches(
    qb: &mut QueryBuilder<Sqlite>,
    expr: &str,
    filters: &[TextMatch],
) {
    for m in filters {
        qb.push(" AND ");
        push_text_match(qb, expr, m);
    }
}

/// Appends ` ORDER BY <expr> ASC|DESC[, tiebreak] LIMIT ? OFFSET ?` for a page.
pub(crate) fn push_order_and_page(
    qb: &mut QueryBuilder<Sqlite>,
    order: &[&str],
    q: crate::model::ListQuery,
) {
    let (limit, offset, asc) = super::paging(q);
    let dir = if asc { "ASC" } else { "DESC" };
    qb.push(" ORDER BY ");
    for (i, column) in order.iter().enumerate() {
        if i > 0 {
            qb.push(", ");
        }
        qb.push(format!("{column} {dir}"));
    }
    qb.push(" LIMIT ");
    qb.push_bind(limit);
    qb.push(" OFFSET ");
    qb.push_bind(offset);
}

/// Runs the page query and the count over the same `WHERE` in one read
/// transaction, so page and total agree.
pub(crate) async fn page_of<T>(
    db: &SqliteDb,
    filtered: impl Fn(&str) -> QueryBuilder<Sqlite>,
    order: &[&str],
    q: ListQuery,
    from_row: fn(&SqliteRow) -> StoreResult<T>,
) -> StoreResult<Page<T>> {
    let mut tx = db.pool.begin().await?;
    let mut select = filtered("*");
    push_order_and_page(&mut select, order, q);
    let rows = select.build().fetch_all(&mut *tx).await?;
    let total: i64 = filtered("COUNT(*)")
        .build_query_scalar()
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    let items = rows.iter().map(from_row).collect::<StoreResult<_>>()?;
    Ok(Page {
        items,
        total: total as u64,
    })
}
