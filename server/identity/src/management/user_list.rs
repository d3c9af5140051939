//! ListUsers: every query kind of user v2 (text fields, state, type, id and email
//! sets, organization, metadata key/value, and/or/not), sorting and paging. Users
//! the caller may not read are dropped before counting, so totals leak nothing.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{Org, User, UserFilter, UserKind};

use super::Ctx;
use super::ctx::collect_all;
use super::paging::{PageIn, Paging, TextMethod, list_details};
use super::protojson::{Msg, enum_in};
use super::user_view::{login_name, user_json};
use super::zerr::{ZError, ZResult};

/// ListUsers' request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ListUsersReq {
    #[serde(default)]
    query: Option<PageIn>,
    #[serde(default)]
    sorting_column: Option<Value>,
    #[serde(default)]
    queries: Vec<Value>,
}

const SORT_COLUMNS: [&str; 10] = [
    "USER_FIELD_NAME_UNSPECIFIED",
    "USER_FIELD_NAME_USER_NAME",
    "USER_FIELD_NAME_FIRST_NAME",
    "USER_FIELD_NAME_LAST_NAME",
    "USER_FIELD_NAME_NICK_NAME",
    "USER_FIELD_NAME_DISPLAY_NAME",
    "USER_FIELD_NAME_EMAIL",
    "USER_FIELD_NAME_STATE",
    "USER_FIELD_NAME_TYPE",
    "USER_FIELD_NAME_CREATION_DATE",
];

const STATES: [&str; 6] = [
    "USER_STATE_UNSPECIFIED",
    "USER_STATE_ACTIVE",
    "USER_STATE_INACTIVE",
    "USER_STATE_DELETED",
    "USER_STATE_LOCKED",
    "USER_STATE_INITIAL",
];

/// A text-valued property of a user a query compares.
#[derive(Debug, Clone, Copy)]
enum Field {
    UserName,
    FirstName,
    LastName,
    NickName,
    DisplayName,
    Email,
    Phone,
    LoginName,
}

/// One parsed query.
#[derive(Debug)]
enum Query {
    Text(Field, TextMethod, String),
    State(Option<&'static str>),
    Human(bool),
    InIds(Vec<String>),
    InEmails(Vec<String>),
    Org(String),
    MetaKey(TextMethod, String),
    MetaValue(TextMethod, Vec<u8>),
    And(Vec<Query>),
    Or(Vec<Query>),
    Not(Box<Query>),
}

fn text_query(body: &Value, name_field: &str, field: Field) -> ZResult<Query> {
    let wanted = body
        .get(name_field)
        .and_then(Value::as_str)
        .unwrap_or_default();
    Ok(Query::Text(
        field,
        TextMethod::parse(&body.get("method").cloned())?,
        wanted.to_owned(),
    ))
}

fn strings(body: &Value, key: &str) -> Vec<String> {
    body.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn list(body: &Value) -> ZResult<Vec<Query>> {
    body.get("queries")
        .and_then(Value::as_array)
        .map(|a| a.iter().map(parse_query).collect())
        .unwrap_or_else(|| Ok(Vec::new()))
}

/// The text queries: query name, name of its text field, the user property.
const TEXT_QUERIES: [(&str, &str, Field); 8] = [
    ("userNameQuery", "userName", Field::UserName),
    ("firstNameQuery", "firstName", Field::FirstName),
    ("lastNameQuery", "lastName", Field::LastName),
    ("nickNameQuery", "nickName", Field::NickName),
    ("displayNameQuery", "displayName", Field::DisplayName),
    ("emailQuery", "emailAddress", Field::Email),
    ("phoneQuery", "number", Field::Phone),
    ("loginNameQuery", "loginName", Field::LoginName),
];

/// Parses one (already camelCased) query object.
fn parse_query(q: &Value) -> ZResult<Query> {
    let Some((kind, body)) = q.as_object().and_then(|m| m.iter().next()) else {
        return Err(ZError::invalid(
            "MGMT-UQ001",
            "invalid field queries: empty query",
        ));
    };
    if let Some((_, name_field, field)) = TEXT_QUERIES.iter().find(|(k, ..)| k == kind) {
        return text_query(body, name_field, *field);
    }
    let text = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let method = || TextMethod::parse(&body.get("method").cloned());
    Ok(match kind.as_str() {
        "stateQuery" => Query::State(enum_in(
            &body.get("state").cloned(),
            &STATES,
            "stateQuery.state",
        )?),
        "typeQuery" => {
            let names = ["TYPE_UNSPECIFIED", "TYPE_HUMAN", "TYPE_MACHINE"];
            Query::Human(
                enum_in(&body.get("type").cloned(), &names, "typeQuery.type")?
                    == Some("TYPE_HUMAN"),
            )
        }
        "inUserIdsQuery" => Query::InIds(strings(body, "userIds")),
        "inUserEmailsQuery" => Query::InEmails(strings(body, "userEmails")),
        "organizationIdQuery" => Query::Org(text("organizationId")),
        "metadataKeyFilter" => Query::MetaKey(method()?, text("key")),
        "metadataValueFilter" => {
            let value = super::protojson::parse_bytes(&text("value"), "metadataValueFilter.value")?;
            Query::MetaValue(method()?, value)
        }
        "andQuery" => Query::And(list(body)?),
        "orQuery" => Query::Or(list(body)?),
        "notQuery" => Query::Not(Box::new(parse_query(
            body.get("query").unwrap_or(&Value::Null),
        )?)),
        other => {
            return Err(ZError::invalid(
                "MGMT-UQ002",
                format!("invalid field queries: unknown query {other}"),
            ));
        }
    })
}

/// What a query needs to know about one user.
struct Row<'a> {
    user: &'a User,
    login: String,
    meta: &'a [(String, Vec<u8>)],
}

fn text_of(row: &Row<'_>, field: Field) -> String {
    let h = row.user.human();
    let s = |f: fn(&ws_storage::Human) -> Option<String>| h.and_then(f).unwrap_or_default();
    match field {
        Field::UserName => row.user.username.clone(),
        Field::FirstName => s(|h| Some(h.given_name.clone())),
        Field::LastName => s(|h| Some(h.family_name.clone())),
        Field::NickName => s(|h| h.nick_name.clone()),
        Field::DisplayName => match &row.user.kind {
            UserKind::Human(h) => h.display_name.clone(),
            UserKind::Machine(m) => m.name.clone(),
        },
        Field::Email => s(|h| Some(h.email.clone())),
        Field::Phone => s(|h| h.phone.clone()),
        Field::LoginName => row.login.clone(),
    }
}

fn matches(q: &Query, row: &Row<'_>) -> bool {
    match q {
        Query::Text(f, m, w) => m.matches(&text_of(row, *f), w),
        Query::State(s) => s.is_none_or(|s| s == super::user_view::state_name(row.user.state)),
        Query::Human(h) => row.user.human().is_some() == *h,
        Query::InIds(ids) => ids.contains(&row.user.id),
        Query::InEmails(emails) => row
            .user
            .human()
            .is_some_and(|h| emails.iter().any(|e| e.eq_ignore_ascii_case(&h.email))),
        Query::Org(o) => &row.user.org_id == o,
        Query::MetaKey(m, k) => row.meta.iter().any(|(key, _)| m.matches(key, k)),
        Query::MetaValue(m, v) => row.meta.iter().any(|(_, value)| {
            m.matches(&String::from_utf8_lossy(value), &String::from_utf8_lossy(v))
        }),
        Query::And(qs) => qs.iter().all(|q| matches(q, row)),
        Query::Or(qs) => qs.iter().any(|q| matches(q, row)),
        Query::Not(q) => !matches(q, row),
    }
}

fn needs_metadata(q: &Query) -> bool {
    match q {
        Query::MetaKey(..) | Query::MetaValue(..) => true,
        Query::And(qs) | Query::Or(qs) => qs.iter().any(needs_metadata),
        Query::Not(q) => needs_metadata(q),
        _ => false,
    }
}

fn sort_key(user: &User, column: Option<&str>) -> (String, i64, String) {
    let h = user.human();
    let text = match column {
        Some("USER_FIELD_NAME_USER_NAME") => user.username.to_lowercase(),
        Some("USER_FIELD_NAME_FIRST_NAME") => {
            h.map(|h| h.given_name.to_lowercase()).unwrap_or_default()
        }
        Some("USER_FIELD_NAME_LAST_NAME") => {
            h.map(|h| h.family_name.to_lowercase()).unwrap_or_default()
        }
        Some("USER_FIELD_NAME_NICK_NAME") => {
            h.and_then(|h| h.nick_name.clone()).unwrap_or_default()
        }
        Some("USER_FIELD_NAME_DISPLAY_NAME") => {
            h.map(|h| h.display_name.to_lowercase()).unwrap_or_default()
        }
        Some("USER_FIELD_NAME_EMAIL") => h.map(|h| h.email.to_lowercase()).unwrap_or_default(),
        Some("USER_FIELD_NAME_STATE") => user.state.as_str().to_owned(),
        Some("USER_FIELD_NAME_TYPE") => if h.is_some() { "1" } else { "2" }.to_owned(),
        _ => String::new(),
    };
    let created = if column == Some("USER_FIELD_NAME_CREATION_DATE") {
        user.created_at
    } else {
        0
    };
    // User v2 sorts by user id by default (README §3.6); ids are numeric strings.
    (text, created, format!("{:0>20}", user.id))
}

/// `ListUsers` → `{details, sortingColumn, result[User]}`.
pub(crate) async fn list_users(ctx: &Ctx<'_>, req: ListUsersReq) -> ZResult<Value> {
    let paging = Paging::from_request(req.query.as_ref())?;
    let column = enum_in(&req.sorting_column, &SORT_COLUMNS, "sortingColumn")?;
    let queries = req
        .queries
        .iter()
        .map(parse_query)
        .collect::<ZResult<Vec<_>>>()?;
    let store = &ctx.state.store;
    let filter = UserFilter::default();
    let users = collect_all(|q| store.users.list_users(&filter, q)).await?;
    let orgs: HashMap<String, Org> = ctx
        .all_orgs()
        .await?
        .into_iter()
        .map(|o| (o.id.clone(), o))
        .collect();
    let with_meta = queries.iter().any(needs_metadata);
    let mut kept = Vec::new();
    for user in users
        .iter()
        .filter(|u| ctx.caller.can_read_user(&u.id, &u.org_id))
    {
        let meta = if with_meta {
            let entries = store
                .users
                .list_metadata(&user.id)
                .await
                .map_err(ZError::internal)?;
            entries.into_iter().map(|m| (m.key, m.value)).collect()
        } else {
            Vec::new()
        };
        let row = Row {
            user,
            login: login_name(user, orgs.get(&user.org_id)),
            meta: &meta,
        };
        if queries.iter().all(|q| matches(q, &row)) {
            kept.push(user);
        }
    }
    let (page, total) = paging.apply(kept, |u| sort_key(u, column));
    let result = page
        .into_iter()
        .map(|u| user_json(u, orgs.get(&u.org_id)))
        .collect();
    Ok(Msg::new()
        .msg("details", Msg::new())
        .opt_str("sortingColumn", column)
        .list("result", result)
        .into_value_with("details", list_details(total, ctx.now)))
}
