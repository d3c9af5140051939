//! `zitadel.user.v2.UserService`: list (all pages), get, resolve a username, login
//! name, email or id, create (human or machine), update, state changes, delete, and
//! an administrator's password change (through `UpdateUser`, the 4.x way).

use serde_json::{Value, json};

use super::paging::{self, ListCall, Style};
use super::resolve::exactly_one;
use super::{AdminError, CONTAINS, EQUALS, is_not_found, str_field};
use crate::error::Error;
use crate::zitadel::ZitadelApi;

const SERVICE: &str = "zitadel.user.v2.UserService";

/// Filters of `ListUsers`.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Username, email or display name contains (any case).
    pub search: Option<String>,
    /// A `USER_STATE_…` name.
    pub state: Option<String>,
    /// Only users of this organization id.
    pub org_id: Option<String>,
}

/// The user state enum name for a short word ("locked" → `USER_STATE_LOCKED`).
pub fn state_name(word: &str) -> String {
    format!("USER_STATE_{}", word.to_ascii_uppercase())
}

/// The list call for a filter, sorted by username.
pub fn list_call(filter: &UserFilter) -> ListCall<'static> {
    let mut queries = Vec::new();
    if let Some(s) = &filter.search {
        queries.push(json!({"orQuery": {"queries": [
            {"userNameQuery": {"userName": s, "method": CONTAINS}},
            {"emailQuery": {"emailAddress": s, "method": CONTAINS}},
            {"displayNameQuery": {"displayName": s, "method": CONTAINS}},
        ]}}));
    }
    if let Some(st) = &filter.state {
        queries.push(json!({"stateQuery": {"state": st}}));
    }
    if let Some(org) = &filter.org_id {
        queries.push(json!({"organizationIdQuery": {"organizationId": org}}));
    }
    ListCall {
        service: SERVICE,
        method: "ListUsers",
        body: json!({"sortingColumn": "USER_FIELD_NAME_USER_NAME", "queries": queries}),
        style: Style::Query,
        list_key: "result",
    }
}

/// The user with this id (`GetUserByID`).
pub async fn get(api: &ZitadelApi<'_>, id: &str) -> Result<Value, Error> {
    let resp = api
        .connect(SERVICE, "GetUserByID", &json!({"userId": id}))
        .await?;
    Ok(resp.get("user").cloned().unwrap_or(Value::Null))
}

/// The user an id, username, login name or email names (any case), optionally
/// within one organization.
pub async fn resolve(
    api: &ZitadelApi<'_>,
    name: &str,
    org_id: Option<&str>,
) -> Result<Value, AdminError> {
    match get(api, name).await {
        Ok(u) if org_id.is_none_or(|o| str_field(&u, "details.resourceOwner") == o) => {
            return Ok(u);
        }
        Ok(_) => {}
        Err(e) if is_not_found(&e) => {}
        Err(e) => return Err(e.into()),
    }
    let mut queries = vec![json!({"orQuery": {"queries": [
        {"userNameQuery": {"userName": name, "method": EQUALS}},
        {"loginNameQuery": {"loginName": name, "method": EQUALS}},
        {"emailQuery": {"emailAddress": name, "method": EQUALS}},
    ]}})];
    if let Some(org) = org_id {
        queries.push(json!({"organizationIdQuery": {"organizationId": org}}));
    }
    let call = ListCall {
        body: json!({"sortingColumn": "USER_FIELD_NAME_USER_NAME", "queries": queries}),
        ..list_call(&UserFilter::default())
    };
    let found = paging::all(api, &call, Some(20)).await?;
    Ok(exactly_one("user", name, found, id_of, label_of)?)
}

/// The id of a listed user.
pub fn id_of(v: &Value) -> String {
    str_field(v, "userId").to_owned()
}

fn label_of(v: &Value) -> String {
    format!(
        "{}, org {}",
        str_field(v, "preferredLoginName"),
        str_field(v, "details.resourceOwner")
    )
}

/// `CreateUser`: `body` holds `username`/`human`/`machine`; returns the new id.
pub async fn create(api: &ZitadelApi<'_>, org_id: &str, mut body: Value) -> Result<String, Error> {
    body["organizationId"] = json!(org_id);
    let resp = api.connect(SERVICE, "CreateUser", &body).await?;
    Ok(str_field(&resp, "id").to_owned())
}

/// `UpdateUser` with the given changes (`username`, `human{…}`, `machine{…}`).
pub async fn update(api: &ZitadelApi<'_>, id: &str, mut body: Value) -> Result<Value, Error> {
    body["userId"] = json!(id);
    api.connect(SERVICE, "UpdateUser", &body).await
}

/// Sets a human user's password as an administrator.
pub async fn set_password(
    api: &ZitadelApi<'_>,
    id: &str,
    password: &str,
    change_required: bool,
) -> Result<Value, Error> {
    let body = json!({"human": {"password": {"password": {
        "password": password, "changeRequired": change_required}}}});
    update(api, id, body).await
}

/// `DeactivateUser`, `ReactivateUser`, `LockUser`, `UnlockUser` or `DeleteUser` by id.
pub async fn call(api: &ZitadelApi<'_>, method: &str, id: &str) -> Result<Value, Error> {
    api.connect(SERVICE, method, &json!({"userId": id})).await
}

/// A user's metadata as text (`ListUserMetadata`, all pages; values are bytes on the
/// wire, base64 in JSON, and shown lossily as UTF-8).
pub async fn metadata(
    api: &ZitadelApi<'_>,
    id: &str,
) -> Result<std::collections::BTreeMap<String, String>, Error> {
    use base64::Engine;
    let call = ListCall {
        service: SERVICE,
        method: "ListUserMetadata",
        body: json!({"userId": id}),
        style: Style::Pagination,
        list_key: "metadata",
    };
    let b64 = base64::engine::general_purpose::STANDARD;
    Ok(paging::all(api, &call, None)
        .await?
        .iter()
        .map(|m| {
            let raw = b64.decode(str_field(m, "value")).unwrap_or_default();
            (
                str_field(m, "key").to_owned(),
                String::from_utf8_lossy(&raw).into_owned(),
            )
        })
        .collect())
}

/// `SetUserMetadata` (adds or replaces the given keys, leaves the others).
pub async fn set_metadata(
    api: &ZitadelApi<'_>,
    id: &str,
    entries: &std::collections::BTreeMap<String, String>,
) -> Result<Value, Error> {
    let items: Vec<Value> = entries.iter().map(|(k, v)| metadata_entry(k, v)).collect();
    api.connect(
        SERVICE,
        "SetUserMetadata",
        &json!({"userId": id, "metadata": items}),
    )
    .await
}

/// One `{key, value}` metadata entry, the value base64 as protojson bytes are.
pub fn metadata_entry(key: &str, value: &str) -> Value {
    use base64::Engine;
    json!({"key": key, "value": base64::engine::general_purpose::STANDARD.encode(value)})
}
