//! `zitadel.project.v2.ProjectService`: projects (list, get, resolve a name, create,
//! delete) and their roles (list, add, remove).

use serde_json::{Value, json};

use super::paging::{self, ListCall, Style};
use super::resolve::exactly_one;
use super::{AdminError, is_not_found, str_field};
use crate::error::Error;
use crate::zitadel::ZitadelApi;

const SERVICE: &str = "zitadel.project.v2.ProjectService";
const CONTAINS: &str = "TEXT_FILTER_METHOD_CONTAINS_IGNORE_CASE";
const EQUALS: &str = "TEXT_FILTER_METHOD_EQUALS_IGNORE_CASE";

/// The list call for projects (owned and granted), optionally by name and owner org.
pub fn list_call(search: Option<&str>, org_id: Option<&str>) -> ListCall<'static> {
    let mut filters = Vec::new();
    if let Some(s) = search {
        filters.push(json!({"projectNameFilter": {"projectName": s, "method": CONTAINS}}));
    }
    if let Some(o) = org_id {
        filters.push(
            json!({"organizationIdFilter": {"organizationId": o, "type": "OWNED_OR_GRANTED"}}),
        );
    }
    ListCall {
        service: SERVICE,
        method: "ListProjects",
        body: json!({"sortingColumn": "PROJECT_FIELD_NAME_NAME", "filters": filters}),
        style: Style::Pagination,
        list_key: "projects",
    }
}

/// The project with this id.
pub async fn get(api: &ZitadelApi<'_>, id: &str) -> Result<Value, Error> {
    let resp = api
        .connect(SERVICE, "GetProject", &json!({"projectId": id}))
        .await?;
    Ok(resp.get("project").cloned().unwrap_or(Value::Null))
}

/// The project an id or a name (any case) names.
pub async fn resolve(api: &ZitadelApi<'_>, name: &str) -> Result<Value, AdminError> {
    match get(api, name).await {
        Ok(p) => return Ok(p),
        Err(e) if is_not_found(&e) => {}
        Err(e) => return Err(e.into()),
    }
    let call = ListCall {
        body: json!({"sortingColumn": "PROJECT_FIELD_NAME_NAME",
                     "filters": [{"projectNameFilter": {"projectName": name, "method": EQUALS}}]}),
        ..list_call(None, None)
    };
    let found = paging::all(api, &call, Some(20)).await?;
    Ok(exactly_one("project", name, found, id_of, |v| {
        format!(
            "{}, org {}",
            str_field(v, "name"),
            str_field(v, "organizationId")
        )
    })?)
}

/// The id of a listed project.
pub fn id_of(v: &Value) -> String {
    str_field(v, "projectId").to_owned()
}

/// `CreateProject` in an organization; returns the new id.
pub async fn create(api: &ZitadelApi<'_>, org_id: &str, name: &str) -> Result<String, Error> {
    let resp = api
        .connect(
            SERVICE,
            "CreateProject",
            &json!({"organizationId": org_id, "name": name}),
        )
        .await?;
    Ok(str_field(&resp, "projectId").to_owned())
}

/// `DeleteProject`.
pub async fn delete(api: &ZitadelApi<'_>, id: &str) -> Result<Value, Error> {
    api.connect(SERVICE, "DeleteProject", &json!({"projectId": id}))
        .await
}

/// The list call for a project's roles, sorted by key.
pub fn roles_call(project_id: &str, search: Option<&str>) -> ListCall<'static> {
    let mut filters = Vec::new();
    if let Some(s) = search {
        filters.push(json!({"roleKeyFilter": {"key": s, "method": CONTAINS}}));
    }
    ListCall {
        service: SERVICE,
        method: "ListProjectRoles",
        body: json!({"projectId": project_id, "sortingColumn": "PROJECT_ROLE_FIELD_NAME_KEY", "filters": filters}),
        style: Style::Pagination,
        list_key: "projectRoles",
    }
}

/// `AddProjectRole`.
pub async fn add_role(
    api: &ZitadelApi<'_>,
    project_id: &str,
    key: &str,
    display_name: &str,
    group: Option<&str>,
) -> Result<Value, Error> {
    let mut body = json!({"projectId": project_id, "roleKey": key, "displayName": display_name});
    if let Some(g) = group {
        body["group"] = json!(g);
    }
    api.connect(SERVICE, "AddProjectRole", &body).await
}

/// `RemoveProjectRole` (the server also strips it from grants and authorizations).
pub async fn remove_role(
    api: &ZitadelApi<'_>,
    project_id: &str,
    key: &str,
) -> Result<Value, Error> {
    api.connect(
        SERVICE,
        "RemoveProjectRole",
        &json!({"projectId": project_id, "roleKey": key}),
    )
    .await
}
