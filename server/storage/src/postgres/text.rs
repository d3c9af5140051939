//! List building blocks on PostgreSQL: [`TextMatch`] as SQL (the text is bound, never
//! spliced in), order and page, and a page with its total from one snapshot. Case is
//! folded with `lower()` on both sides, as on SQLite.

use sqlx::postgres::{PgPool, PgRow};
use sqlx::{Postgres, QueryBuilder};

use crate::model::{ListQuery, Page, TextMatch, TextOp};
use crate::repo::StoreResult;
use crate::sql::paging;

/// Appends `(<expr> matches m)` to `qb`; `expr` is trusted SQL naming a column or an
/// expression over columns (never input).
pub(crate) fn push_text_match(qb: &mut QueryBuilder<Postgres>, expr: &str, m: &TextMatch) {
    let (subject, value) = if m.ignore_case {
        (
            format!("lower(coalesce({expr}, ''))"),
            m.value.to_lowercase(),
        )
    } else {
        (format!("coalesce({expr}, '')"), m.value.clone())
    };
    qb.push("(");
    match m.op {
        TextOp::Equals => {
            qb.push(format!("{subject} = "));
            qb.push_bind(value);
        }
        TextOp::StartsWith => {
            qb.push(format!("strpos({subject}, "));
            qb.push_bind(value);
            qb.push(") = 1");
        }
        TextOp::Contains => {
            qb.push(format!("strpos({subject}, "));
            qb.push_bind(value);
            qb.push(") > 0");
        }
        TextOp::EndsWith => {
            // right(x, 0) is '', so the empty suffix matches everything, as it should.
            qb.push(format!("right({subject}, length("));
            qb.push_bind(value.clone());
            qb.push(")) = ");
            qb.push_bind(value);
        }
    }
    qb.push(")");
}

/// Appends ` AND <cond>` for each filter.
pub(crate) fn push_all_text_matches(
    qb: &mut QueryBuilder<Postgres>,
    expr: &str,
    filters: &[TextMatch],
) {
    for m in filters {
        qb.push(" AND ");
        push_text_match(qb, expr, m);
    }
}

/// Appends ` ORDER BY <columns> ASC|DESC LIMIT $n OFFSET $m` for a page.
pub(crate) fn push_order_and_page(qb: &mut QueryBuilder<Postgres>, order: &[&str], q: ListQuery) {
    let (limit, offset, asc) = paging(q);
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

/// Runs the page query and the count over the same `WHERE` in one REPEATABLE READ,
/// READ ONLY transaction on `pool`, so page and total come from one snapshot (READ
/// COMMITTED would let a commit land between them). `filtered(columns)` builds
/// `SELECT <columns> FROM … WHERE …`.
pub(crate) async fn page_of<T>(
    pool: &PgPool,
    filtered: impl Fn(&str) -> QueryBuilder<Postgres>,
    order: &[&str],
    q: ListQuery,
    from_row: fn(&PgRow) -> StoreResult<T>,
) -> StoreResult<Page<T>> {
    let mut tx = pool.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;
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
        total: u64::try_from(total).unwrap_or(0),
    })
}
