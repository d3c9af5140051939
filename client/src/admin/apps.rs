//! `zitadel.application.v2.ApplicationService`: OIDC and API applications of a
//! project (list, get, resolve a name, create, update, delete, new client secret).

use serde_json::{Value, json};

use super::paging::{self, ListCall, Style};
use super::resolve::exactly_one;
use super::{AdminError, is_not_found, str_field};
use crate::error::Error;
use crate::zitadel::ZitadelApi;

const SERVICE: &str = "zitadel.application.v2.ApplicationService";
const CONTAINS: &str = "TEXT_FILTER_METHOD_CONTAINS_IGNORE_CASE";
const EQUALS: &str = "TEXT_FILTER_METHOD_EQUALS_IGNORE_CASE";

/// The list call for applications, by name, optionally of one project and by name.
pub fn list_call(project_id: Option<&str>, search: Option<&str>) -> ListCall<'static> {
    let mut filters = Vec::new();
    if let Some(p) = project_id {
        filters.push(json!({"projectIdFilter": {"projectId": p}}));
    }
    if let Some(s) = search {
        filters.push(json!({"nameFilter": {"name": s, "method": CONTAINS}}));
    }
    ListCall {
        service: SERVICE,
        method: "ListApplications",
        body: json!({"sortingColumn": "APPLICATION_SORT_BY_NAME", "filters": filters}),
        style: Style::Pagination,
        list_key: "applications",
    }
}

/// An application as listed, with `type` (`oidc`/`api`) and `clientId` lifted out
/// of its configuration so tables can show them in one column.
pub fn summarize(mut app: Value) -> Value {
    let (kind, config) = if app.get("apiConfiguration").is_some() {
        ("api", "apiConfiguration")
    } else {
        ("oidc", "oidcConfiguration")
    };
    let client_id = str_field(&app, &format!("{config}.clientId")).to_owned();
    if let Some(obj) = app.as_object_mut() {
        obj.insert("type".into(), json!(kind));
        obj.insert("clientId".into(), json!(client_id));
    }
    app
}

/// The application with this id.
pub async fn get(api: &ZitadelApi<'_>, id: &str) -> Result<Value, Error> {
    let resp = api
        .connect(SERVICE, "GetApplication", &json!({"applicationId": id}))
        .await?;
    Ok(summarize(
        resp.get("application").cloned().unwrap_or(Value::Null),
    ))
}

/// The application an id or a name (any case) names, in `project_id` when given.
pub async fn resolve(
    api: &ZitadelApi<'_>,
    project_id: Option<&str>,
    name: &str,
) -> Result<Value, AdminError> {
    match get(api, name).await {
        Ok(a) => return Ok(a),
        Err(e) if is_not_found(&e) => {}
        Err(e) => return Err(e.into()),
    }
    let mut call = list_call(project_id, None);
    call.body["filters"]
        .as_array_mut()
        .expect("filters is an array")
        .push(json!({"nameFilter": {"name": name, "method": EQUALS}}));
    let found = paging::all(api, &call, Some(20)).await?;
    Ok(exactly_one("application", name, found, id_of, |v| {
        format!("{}, client id {}", str_field(v, "name"), client_id(v))
    })?)
}

/// The id of an application.
pub fn id_of(v: &Value) -> String {
    str_field(v, "applicationId").to_owned()
}

/// The client id of an application (OIDC or API).
pub fn client_id(v: &Value) -> &str {
    match str_field(v, "oidcConfiguration.clientId") {
        "" => str_field(v, "apiConfiguration.clientId"),
        id => id,
    }
}

/// `CreateApplication`; `body` carries `name`, optionally `applicationId`, and one
/// of `oidcConfiguration` / `apiConfiguration`. Returns the answer (client id and,
/// once, the client secret).
pub async fn create(api: &ZitadelApi<'_>, project_id: &str, body: Value) -> Result<Value, Error> {
    let mut body = body;
    body["projectId"] = json!(project_id);
    api.connect(SERVICE, "CreateApplication", &body).await
}

/// `UpdateApplication` of the app `id` in `project_id` with `changes` (`name`,
/// `oidcConfiguration` or `apiConfiguration`).
pub async fn update(
    api: &ZitadelApi<'_>,
    project_id: &str,
    id: &str,
    changes: Value,
) -> Result<Value, Error> {
    let mut body = changes;
    body["projectId"] = json!(project_id);
    body["applicationId"] = json!(id);
    api.connect(SERVICE, "UpdateApplication", &body).await
}

/// A call naming just the app: `DeleteApplication`, `GenerateClientSecret`,
/// `DeactivateApplication`, `ReactivateApplication`.
pub async fn call(
    api: &ZitadelApi<'_>,
    method: &str,
    project_id: &str,
    id: &str,
) -> Result<Value, Error> {
    api.connect(
        SERVICE,
        method,
        &json!({"projectId": project_id, "applicationId": id}),
    )
    .await
}
