//! `zitadel.authorization.v2.AuthorizationService`: role assignments of users on
//! projects (v1 "user grants") — list, create, delete.

use serde_json::{Value, json};

use super::paging::{ListCall, Style};
use super::str_field;
use crate::error::Error;
use crate::zitadel::ZitadelApi;

const SERVICE: &str = "zitadel.authorization.v2.AuthorizationService";

/// The list call, optionally narrowed to a project and/or a user, sorted by creation.
pub fn list_call(project_id: Option<&str>, user_id: Option<&str>) -> ListCall<'static> {
    let mut filters = Vec::new();
    if let Some(p) = project_id {
        filters.push(json!({"projectId": {"id": p}}));
    }
    if let Some(u) = user_id {
        filters.push(json!({"inUserIds": {"ids": [u]}}));
    }
    ListCall {
        service: SERVICE,
        method: "ListAuthorizations",
        body: json!({"sortingColumn": "AUTHORIZATION_FIELD_NAME_CREATED_DATE", "filters": filters}),
        style: Style::Pagination,
        list_key: "authorizations",
    }
}

/// The list call for one authorization by id.
pub fn by_id_call(id: &str) -> ListCall<'static> {
    ListCall {
        body: json!({"filters": [{"authorizationIds": {"ids": [id]}}]}),
        ..list_call(None, None)
    }
}

/// `CreateAuthorization` in `org_id` (the project's owner or a granted org); returns the id.
pub async fn create(
    api: &ZitadelApi<'_>,
    user_id: &str,
    project_id: &str,
    org_id: &str,
    role_keys: &[String],
) -> Result<String, Error> {
    let body = json!({"userId": user_id, "projectId": project_id, "organizationId": org_id, "roleKeys": role_keys});
    let resp = api.connect(SERVICE, "CreateAuthorization", &body).await?;
    Ok(str_field(&resp, "id").to_owned())
}

/// `DeleteAuthorization` by id.
pub async fn delete(api: &ZitadelApi<'_>, id: &str) -> Result<Value, Error> {
    api.connect(SERVICE, "DeleteAuthorization", &json!({"id": id}))
        .await
}

/// `UpdateAuthorization`: replaces the role set of an authorization.
pub async fn update(api: &ZitadelApi<'_>, id: &str, role_keys: &[String]) -> Result<Value, Error> {
    api.connect(
        SERVICE,
        "UpdateAuthorization",
        &json!({"id": id, "roleKeys": role_keys}),
    )
    .await
}

/// The role keys of a listed authorization.
pub fn role_keys(v: &Value) -> Vec<String> {
    v.get("roles")
        .and_then(Value::as_array)
        .map(|rs| rs.iter().map(|r| str_field(r, "key").to_owned()).collect())
        .unwrap_or_default()
}
