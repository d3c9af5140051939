//! [`UserSearch`] as one SQL query for either backend: scope, the condition tree
//! (and/or/not, text, metadata through `EXISTS`) and order; each backend pages it with
//! the total from the same snapshot. Every value is bound; only fixed column
//! expressions are spliced in.

use sqlx::{Database, Encode, QueryBuilder, Type};

use crate::model::{TextMatch, UserCond, UserScope, UserSearch, UserSort, UserText};

/// What a backend's SQL dialect contributes to a user search.
pub(crate) trait SearchSql: Database
where
    for<'a> String: Encode<'a, Self> + Type<Self>,
{
    /// A metadata value (bytes) as text, never failing on bytes that are not text.
    const METADATA_VALUE_TEXT: &'static str;
    /// Appended to a text sort expression so text sorts in byte order, as SQLite's
    /// BINARY collation does, whatever the database's locale.
    const BYTE_ORDER: &'static str;
    /// Appends `(<expr> matches m)` to `qb`.
    fn push_text_match(qb: &mut QueryBuilder<Self>, expr: &str, m: &TextMatch);
}

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
fn push_in<DB: SearchSql>(qb: &mut QueryBuilder<DB>, expr: &str, values: &[String])
where
    for<'a> String: Encode<'a, DB> + Type<DB>,
{
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
fn push_metadata<DB: SearchSql>(qb: &mut QueryBuilder<DB>, column: &str, m: &TextMatch)
where
    for<'a> String: Encode<'a, DB> + Type<DB>,
{
    qb.push("EXISTS (SELECT 1 FROM user_metadata m WHERE m.user_id = u.id AND ");
    DB::push_text_match(qb, column, m);
    qb.push(")");
}

/// Appends `cond` as a parenthesised boolean expression.
fn push_cond<DB: SearchSql>(qb: &mut QueryBuilder<DB>, cond: &UserCond)
where
    for<'a> String: Encode<'a, DB> + Type<DB>,
{
    qb.push("(");
    match cond {
        UserCond::Text(field, m) => DB::push_text_match(qb, text_expr(*field), m),
        UserCond::State(state) => {
            qb.push("u.state = ");
            qb.push_bind(state.as_str().to_owned());
        }
        UserCond::Human(human) => {
            qb.push("u.kind = ");
            qb.push_bind(if *human { "human" } else { "machine" }.to_owned());
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
        UserCond::MetaValue(m) => push_metadata(qb, DB::METADATA_VALUE_TEXT, m),
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
fn push_joined<DB: SearchSql>(qb: &mut QueryBuilder<DB>, conds: &[UserCond], sep: &str, empty: &str)
where
    for<'a> String: Encode<'a, DB> + Type<DB>,
{
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
fn push_scope<DB: SearchSql>(qb: &mut QueryBuilder<DB>, scope: &UserScope)
where
    for<'a> String: Encode<'a, DB> + Type<DB>,
{
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
fn order_of<DB: SearchSql>(sort: UserSort) -> Vec<String>
where
    for<'a> String: Encode<'a, DB> + Type<DB>,
{
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
    let text = matches!(sort, UserSort::Text(_) | UserSort::State);
    let first = first.map(|expr| {
        if text {
            format!("{expr}{}", DB::BYTE_ORDER)
        } else {
            expr.to_owned()
        }
    });
    first
        .into_iter()
        .chain(["length(u.id)".to_owned(), format!("u.id{}", DB::BYTE_ORDER)])
        .collect()
}

/// `SELECT <what> FROM users u LEFT JOIN orgs o … WHERE <scope and conditions>`;
/// `*` selects the user's columns.
pub(crate) fn search_query<DB: SearchSql>(search: &UserSearch, what: &str) -> QueryBuilder<DB>
where
    for<'a> String: Encode<'a, DB> + Type<DB>,
{
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
}

/// The `ORDER BY` expressions of a search.
pub(crate) fn search_order<DB: SearchSql>(search: &UserSearch) -> Vec<String>
where
    for<'a> String: Encode<'a, DB> + Type<DB>,
{
    order_of::<DB>(search.sort)
}
