//! [`UserSearch`] as one SQL query: scope, the condition tree (and/or/not, text,
//! metadata through `EXISTS`), order and page, with the total from the same snapshot.
//! Every value is bound; only fixed column expressions are spliced in. Reads the
//! lagging pool: a search tolerates replica lag.

use sqlx::{Postgres, QueryBuilder};

use super::{PgDb, page_of, push_text_match};
use crate::model::{ListQuery, Page, User, UserCond, UserScope, UserSearch, UserSort, UserText};
use crate::repo::StoreResult;
use crate::sql::user_from_row;

/// The SQL expression of a text property over `users u LEFT JOIN orgs o`.
fn text_expr(field: UserText) -> &'static str {
    match field {
        UserText::UserName => "u.username",
        UserText::FirstName => "u.given_name",
        UserText::LastName => "u.family_name",
        UserText::NickName => "u.nick_name",
        UserText::DisplayName => {
            "CASE WHEN u.kind = 'human' THEN u.display_name ELSE u.machine_name END"
        }
        UserText::Email => "u.email",
        UserText::Phone => "u.phone",
        UserText::LoginName => "u.username || coalesce('@' || o.primary_domain, '')",
    }
}

/// Appends `( <list> )` for an `IN`, or a false condition for an empty list.
fn push_in(qb: &mut QueryBuilder<Postgres>, expr: &str, values: &[String]) {
    if values.is_empty() {
        qb.push("FALSE");
        return;
    }
    qb.push(format!("{expr} IN ("));
    let mut list = qb.separated(", ");
    for v in values {
        list.push_bind(v.clone());
    }
    qb.push(")");
}

/// Appends `EXISTS (metadata of u whose <column> matches)`.
fn push_metadata(qb: &mut QueryBuilder<Postgres>, column: &str, m: &crate::model::TextMatch) {
    qb.push("EXISTS (SELECT 1 FROM user_metadata m WHERE m.user_id = u.id AND ");
    push_text_match(qb, column, m);
    qb.push(")");
}

/// Appends `cond` as a parenthesised boolean expression.
fn push_cond(qb: &mut QueryBuilder<Postgres>, cond: &UserCond) {
    qb.push("(");
    match cond {
        UserCond::Text(field, m) => push_text_match(qb, text_expr(*field), m),
        UserCond::State(state) => {
            qb.push("u.state = ");
            qb.push_bind(state.as_str());
        }
        UserCond::Human(human) => {
            qb.push("u.kind = ");
            qb.push_bind(if *human { "human" } else { "machine" });
        }
        UserCond::InIds(ids) => push_in(qb, "u.id", ids),
        UserCond::InEmails(emails) => {
            let folded: Vec<String> = emails.iter().map(|e| e.to_ascii_lowercase()).collect();
            qb.push("u.kind = 'human' AND ");
            push_in(qb, "lower(u.email)", &folded);
        }
        UserCond::Org(id) => {
            qb.push("u.org_id = ");
            qb.push_bind(id.clone());
        }
        UserCond::MetaKey(m) => push_metadata(qb, "m.key", m),
        // Values are bytes, compared as UTF-8 text; one that is not text reads as ''
        // (migrations/postgres/0011) instead of failing the search.
        UserCond::MetaValue(m) => push_metadata(qb, "utf8_text_or_null(m.value)", m),
        UserCond::All(all) => push_joined(qb, all, " AND ", "TRUE"),
        UserCond::Any(any) => push_joined(qb, any, " OR ", "FALSE"),
        UserCond::Not(inner) => {
            qb.push("NOT ");
            push_cond(qb, inner);
        }
    }
    qb.push(")");
}

/// Appends the conditions joined by `sep`, or `empty` when there are none.
fn push_joined(qb: &mut QueryBuilder<Postgres>, conds: &[UserCond], sep: &str, empty: &str) {
    if conds.is_empty() {
        qb.push(empty);
    }
    for (i, c) in conds.iter().enumerate() {
        if i > 0 {
            qb.push(sep);
        }
        push_cond(qb, c);
    }
}

/// Appends the caller's scope as a condition.
fn push_scope(qb: &mut QueryBuilder<Postgres>, scope: &UserScope) {
    match scope {
        UserScope::All => {
            qb.push("TRUE");
        }
        UserScope::Some { user_id, org_ids } => {
            qb.push("(");
            push_in(qb, "u.org_id", org_ids);
            if let Some(id) = user_id {
                qb.push(" OR u.id = ");
                qb.push_bind(id.clone());
            }
            qb.push(")");
        }
    }
}

/// The ORDER BY expressions of a sort; ids are numeric strings, so they sort by
/// length first.
fn order_of(sort: UserSort) -> Vec<&'static str> {
    let first = match sort {
        UserSort::Id => None,
        // The same expression as the text match, so one index serves both.
        UserSort::Text(UserText::UserName) => Some("lower(coalesce(u.username, ''))"),
        UserSort::Text(UserText::FirstName) => Some("lower(coalesce(u.given_name, ''))"),
        UserSort::Text(UserText::LastName) => Some("lower(coalesce(u.family_name, ''))"),
        UserSort::Text(UserText::NickName) => Some("lower(coalesce(u.nick_name, ''))"),
        UserSort::Text(UserText::DisplayName) => {
            Some("lower(coalesce(CASE WHEN u.kind = 'human' THEN u.display_name END, ''))")
        }
        UserSort::Text(UserText::Email) => Some("lower(coalesce(u.email, ''))"),
        UserSort::Text(UserText::Phone) => Some("coalesce(u.phone, '')"),
        UserSort::Text(UserText::LoginName) => {
            Some("lower(u.username || coalesce('@' || o.primary_domain, ''))")
        }
        UserSort::State => Some("u.state"),
        UserSort::Kind => Some("CASE WHEN u.kind = 'human' THEN 1 ELSE 2 END"),
        UserSort::Created => Some("u.created_at"),
    };
    first.into_iter().chain(["length(u.id)", "u.id"]).collect()
}

/// Runs a search: the page and the total over one `WHERE`, in one snapshot.
pub(crate) async fn search_users(
    db: &PgDb,
    search: &UserSearch,
    q: ListQuery,
) -> StoreResult<Page<User>> {
    let filtered = |what: &str| {
        let what = if what == "*" { "u.*" } else { what };
        let mut qb = QueryBuilder::new(format!(
            "SELECT {what} FROM users u LEFT JOIN orgs o ON o.id = u.org_id WHERE "
        ));
        push_scope(&mut qb, &search.scope);
        for c in &search.conds {
            qb.push(" AND ");
            push_cond(&mut qb, c);
        }
        qb
    };
    page_of(
        db.lagging(),
        filtered,
        &order_of(search.sort),
        q,
        user_from_row,
    )
    .await
}
