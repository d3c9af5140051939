//! Projects, roles, project grants and applications.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{App, ListQuery, Page, Project, ProjectGrant, ProjectRole};

/// Projects, their roles and their grants to other organizations.
///
/// Under concurrent callers every backend gives: of concurrent creates of one project
/// name in an org, one role key on a project, or one grant of a project to an org,
/// exactly one succeeds and the others get `Conflict` (uniqueness is the database's,
/// never a check before the write); a role deleted with `delete_role` is gone from
/// the project's grants and authorizations in the same transaction, so no reader sees
/// the role removed but still granted.
#[async_trait]
pub trait ProjectRepo: Send + Sync {
    /// Stores a new project; `Conflict` if the org has one of that name.
    async fn create_project(&self, project: &Project) -> StoreResult<()>;
    /// A project by id.
    async fn get_project(&self, id: &str) -> StoreResult<Option<Project>>;
    /// A project by owning org and name.
    async fn get_project_by_name(&self, org_id: &str, name: &str) -> StoreResult<Option<Project>>;
    /// Replaces name, state, the three checks and `changed_at`.
    async fn update_project(&self, project: &Project) -> StoreResult<()>;
    /// Deletes a project with its roles, grants, apps and authorizations.
    async fn delete_project(&self, id: &str) -> StoreResult<()>;
    /// A page of projects, those owned by `org_id` if given.
    async fn list_projects(&self, org_id: Option<&str>, q: ListQuery)
    -> StoreResult<Page<Project>>;

    /// Adds a role; `Conflict` if the key exists on the project.
    async fn add_role(&self, role: &ProjectRole) -> StoreResult<()>;
    /// Replaces display name and group of a role.
    async fn update_role(&self, role: &ProjectRole) -> StoreResult<()>;
    /// Removes a role, and its key from every grant and authorization of the project.
    async fn delete_role(&self, project_id: &str, key: &str) -> StoreResult<()>;
    /// The roles of a project, by key.
    async fn list_roles(&self, project_id: &str) -> StoreResult<Vec<ProjectRole>>;

    /// Grants a project to an org; `Conflict` if that org has a grant already.
    async fn create_grant(&self, grant: &ProjectGrant) -> StoreResult<()>;
    /// A grant by id.
    async fn get_grant(&self, id: &str) -> StoreResult<Option<ProjectGrant>>;
    /// Replaces role keys, state and `changed_at` of a grant.
    async fn update_grant(&self, grant: &ProjectGrant) -> StoreResult<()>;
    /// Deletes a grant and the authorizations made through it.
    async fn delete_grant(&self, id: &str) -> StoreResult<()>;
    /// A page of grants, narrowed to a project and/or a granted org.
    async fn list_grants(
        &self,
        project_id: Option<&str>,
        granted_org_id: Option<&str>,
        q: ListQuery,
    ) -> StoreResult<Page<ProjectGrant>>;
}

/// OIDC and API applications.
///
/// Under concurrent callers every backend gives: of concurrent creates with one client
/// id (instance-wide) or one name in a project, exactly one succeeds and the others get
/// `Conflict`; `get_app_by_client_id` reads the primary, so an app is usable for token
/// requests as soon as `create_app` returns.
#[async_trait]
pub trait AppRepo: Send + Sync {
    /// Stores an app; `Conflict` when its client id, or its name in the project, is taken.
    async fn create_app(&self, app: &App) -> StoreResult<()>;
    /// An app by id.
    async fn get_app(&self, id: &str) -> StoreResult<Option<App>>;
    /// An app by OAuth client id.
    async fn get_app_by_client_id(&self, client_id: &str) -> StoreResult<Option<App>>;
    /// Replaces every field of an app but `id`, `project_id`, `client_id`, `created_at`.
    async fn update_app(&self, app: &App) -> StoreResult<()>;
    /// Deletes an app.
    async fn delete_app(&self, id: &str) -> StoreResult<()>;
    /// A page of the apps of a project.
    async fn list_apps(&self, project_id: &str, q: ListQuery) -> StoreResult<Page<App>>;
}
