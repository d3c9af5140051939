//! `zitadel.internal_permission.v2.InternalPermissionService`: administrators (manager
//! roles such as ORG_OWNER) on the instance, an organization or a project.

use serde_json::{Value, json};

use super::paging::{ListCall, Style};
use crate::error::Error;
use crate::zitadel::ZitadelApi;

const SERVICE: &str = "zitadel.internal_permission.v2.InternalPermissionService";

/// Where an administrator's roles apply.
#[derive(Debug, Clone)]
pub enum Resource {
    /// The whole instance (IAM_* roles).
    Instance,
    /// One organization (ORG_* roles).
    Organization(String),
    /// One project (PROJECT_* roles).
    Project(String),
}

impl Resource {
    /// The protojson `resource` message.
    pub fn to_json(&self) -> Value {
        match self {
            Resource::Instance => json!({"instance": true}),
            Resource::Organization(id) => json!({"organizationId": id}),
            Resource::Project(id) => json!({"projectId": id}),
        }
    }
}

impl std::fmt::Display for Resource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Resource::Instance => f.write_str("the instance"),
            Resource::Organization(id) => write!(f, "organization {id}"),
            Resource::Project(id) => write!(f, "project {id}"),
        }
    }
}

/// The list call, optionally on one resource, sorted by user id.
pub fn list_call(resource: Option<&Resource>) -> ListCall<'static> {
    let filters: Vec<Value> = resource
        .map(|r| json!({"resource": r.to_json()}))
        .into_iter()
        .collect();
    ListCall {
        service: SERVICE,
        method: "ListAdministrators",
        body: json!({"sortingColumn": "ADMINISTRATOR_FIELD_NAME_USER_ID", "filters": filters}),
        style: Style::Pagination,
        list_key: "administrators",
    }
}

/// `CreateAdministrator` with roles on a resource.
pub async fn add(
    api: &ZitadelApi<'_>,
    user_id: &str,
    resource: &Resource,
    roles: &[String],
) -> Result<Value, Error> {
    let body = json!({"userId": user_id, "resource": resource.to_json(), "roles": roles});
    api.connect(SERVICE, "CreateAdministrator", &body).await
}

/// `DeleteAdministrator`: the user loses every manager role on the resource.
pub async fn remove(
    api: &ZitadelApi<'_>,
    user_id: &str,
    resource: &Resource,
) -> Result<Value, Error> {
    let body = json!({"userId": user_id, "resource": resource.to_json()});
    api.connect(SERVICE, "DeleteAdministrator", &body).await
}
