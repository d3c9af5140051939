//! ListUsers: every query kind of user v2 (text fields, state, type, id and email
//! sets, organization, metadata key/value, and/or/not), sorting and paging, parsed
//! into a [`UserSearch`] the database runs. Users the caller may not read are out of
//! the search's scope, so totals leak nothing.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{ListQuery, Org, UserCond, UserScope, UserSearch, UserSort, UserState, UserText};

use super::view::user_json;
use crate::management::Ctx;
use crate::management::paging::{PageIn, Paging, TextMethod, list_details};
use crate::management::protojson::{Msg, enum_in};
use crate::management::zerr::{ZError, ZResult};

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

fn text_query(body: &Value, name_field: &str, field: UserText) -> ZResult<UserCond> {
    let wanted = body
        .get(name_field)
        .and_then(Value::as_str)
        .unwrap_or_default();
    let method = TextMethod::parse(&body.get("method").cloned())?;
    Ok(UserCond::Text(field, method.to_match(wanted)))
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

fn list(body: &Value) -> ZResult<Vec<UserCond>> {
    body.get("queries")
        .and_then(Value::as_array)
        .map(|a| a.iter().map(parse_query).collect())
        .unwrap_or_else(|| Ok(Vec::new()))
}

/// The text queries: query name, name of its text field, the user property.
const TEXT_QUERIES: [(&str, &str, UserText); 8] = [
    ("userNameQuery", "userName", UserText::UserName),
    ("firstNameQuery", "firstName", UserText::FirstName),
    ("lastNameQuery", "lastName", UserText::LastName),
    ("nickNameQuery", "nickName", UserText::NickName),
    ("displayNameQuery", "displayName", UserText::DisplayName),
    ("emailQuery", "emailAddress", UserText::Email),
    ("phoneQuery", "number", UserText::Phone),
    ("loginNameQuery", "loginName", UserText::LoginName),
];

/// Parses one (already camelCased) query object.
fn parse_query(q: &Value) -> ZResult<UserCond> {
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
        "stateQuery" => {
            let name = enum_in(&body.get("state").cloned(), &STATES, "stateQuery.state")?;
            state_cond(name)
        }
        "typeQuery" => {
            let names = ["TYPE_UNSPECIFIED", "TYPE_HUMAN", "TYPE_MACHINE"];
            UserCond::Human(
                enum_in(&body.get("type").cloned(), &names, "typeQuery.type")?
                    == Some("TYPE_HUMAN"),
            )
        }
        "inUserIdsQuery" => UserCond::InIds(strings(body, "userIds")),
        "inUserEmailsQuery" => UserCond::InEmails(strings(body, "userEmails")),
        "organizationIdQuery" => UserCond::Org(text("organizationId")),
        "metadataKeyFilter" => UserCond::MetaKey(method()?.to_match(&text("key"))),
        "metadataValueFilter" => {
            let value = crate::management::protojson::parse_bytes(
                &text("value"),
                "metadataValueFilter.value",
            )?;
            UserCond::MetaValue(method()?.to_match(&String::from_utf8_lossy(&value)))
        }
        "andQuery" => UserCond::All(list(body)?),
        "orQuery" => UserCond::Any(list(body)?),
        "notQuery" => UserCond::Not(Box::new(parse_query(
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

/// A `stateQuery`: unspecified matches everyone; states this server never stores
/// (deleted, initial) match no one.
fn state_cond(name: Option<&str>) -> UserCond {
    let state = match name {
        None | Some("USER_STATE_UNSPECIFIED") => return UserCond::All(Vec::new()),
        Some("USER_STATE_ACTIVE") => UserState::Active,
        Some("USER_STATE_INACTIVE") => UserState::Inactive,
        Some("USER_STATE_LOCKED") => UserState::Locked,
        Some(_) => return UserCond::Any(Vec::new()),
    };
    UserCond::State(state)
}

/// The order a `sortingColumn` asks for.
fn sort_of(column: Option<&str>) -> UserSort {
    match column {
        Some("USER_FIELD_NAME_USER_NAME") => UserSort::Text(UserText::UserName),
        Some("USER_FIELD_NAME_FIRST_NAME") => UserSort::Text(UserText::FirstName),
        Some("USER_FIELD_NAME_LAST_NAME") => UserSort::Text(UserText::LastName),
        Some("USER_FIELD_NAME_NICK_NAME") => UserSort::Text(UserText::NickName),
        Some("USER_FIELD_NAME_DISPLAY_NAME") => UserSort::Text(UserText::DisplayName),
        Some("USER_FIELD_NAME_EMAIL") => UserSort::Text(UserText::Email),
        Some("USER_FIELD_NAME_STATE") => UserSort::State,
        Some("USER_FIELD_NAME_TYPE") => UserSort::Kind,
        Some("USER_FIELD_NAME_CREATION_DATE") => UserSort::Created,
        // User v2 sorts by user id by default (README §3.6).
        _ => UserSort::Id,
    }
}

/// The users the caller may read: all for instance user managers, else their own
/// user and those of the organizations (of `orgs`) whose users they manage.
fn scope(ctx: &Ctx<'_>, orgs: &HashMap<String, Org>) -> UserScope {
    if ctx.caller.can_write_all_users() {
        return UserScope::All;
    }
    let org_ids = orgs
        .keys()
        .filter(|id| ctx.caller.can_write_users(id))
        .cloned()
        .collect();
    UserScope::Some {
        user_id: Some(ctx.caller.user_id.clone()),
        org_ids,
    }
}

/// `ListUsers` → `{details, sortingColumn, result[User]}`.
pub(crate) async fn list_users(ctx: &Ctx<'_>, req: ListUsersReq) -> ZResult<Value> {
    let paging = Paging::from_request(req.query.as_ref())?;
    let column = enum_in(&req.sorting_column, &SORT_COLUMNS, "sortingColumn")?;
    let conds = req
        .queries
        .iter()
        .map(parse_query)
        .collect::<ZResult<Vec<_>>>()?;
    // Loaded once: the scope's organizations and the login names of the answer.
    let orgs = ctx.orgs_by_id().await?;
    let search = UserSearch {
        scope: scope(ctx, &orgs),
        conds,
        sort: sort_of(column),
    };
    let q = ListQuery {
        offset: paging.offset,
        limit: paging.limit,
        asc: paging.asc,
    };
    let page = ctx
        .state
        .store
        .users
        .search_users(&search, q)
        .await
        .map_err(ZError::from_storage)?;
    let result = page
        .items
        .iter()
        .map(|u| user_json(u, orgs.get(&u.org_id)))
        .collect();
    Ok(Msg::new()
        .msg("details", Msg::new())
        .opt_str("sortingColumn", column)
        .list("result", result)
        .into_value_with("details", list_details(page.total, ctx.now)))
}
