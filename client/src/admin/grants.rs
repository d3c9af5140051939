//! Project grants (`ProjectService` v2): a project shared with another organization
//! with a subset of its role keys. A grant is identified by project + granted org.

use serde_json::{Value, json};

use super::paging::{ListCall, Style};
use crate::error::Error;
use crate::zitadel::ZitadelApi;

const SERVICE: &str = "zitadel.project.v2.ProjectService";

/// The list call for grants, optionally of one project, sorted by project id.
pub fn list_call(project_id: Option<&str>) -> ListCall<'static> {
    let filters: Vec<Value> = project_id
        .map(|p| json!({"inProjectIdsFilter": {"projectIds": [p]}}))
        .into_iter()
        .collect();
    ListCall {
        service: SERVICE,
        method: "ListProjectGrants",
        body: json!({"sortingColumn": "PROJECT_GRANT_FIELD_NAME_PROJECT_ID", "filters": filters}),
        style: Style::Pagination,
        list_key: "projectGrants",
    }
}

/// `CreateProjectGrant` or `UpdateProjectGrant` (which replaces the role set).
pub async fn write(
    api: &ZitadelApi<'_>,
    method: &str,
    project_id: &str,
    granted_org_id: &str,
    role_keys: &[String],
) -> Result<Value, Error> {
    let body = json!({"projectId": project_id, "grantedOrganizationId": granted_org_id, "roleKeys": role_keys});
    api.connect(SERVICE, method, &body).await
}

/// `DeleteProjectGrant` (the server also removes the authorizations made under it).
pub async fn delete(
    api: &ZitadelApi<'_>,
    project_id: &str,
    granted_org_id: &str,
) -> Result<Value, Error> {
    let body = json!({"projectId": project_id, "grantedOrganizationId": granted_org_id});
    api.connect(SERVICE, "DeleteProjectGrant", &body).await
}
