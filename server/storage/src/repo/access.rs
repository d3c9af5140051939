//! Authorizations (user grants) and administrators (manager roles).

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{
    AdminResource, Administrator, Authorization, AuthorizationFilter, ListQuery, Page,
    RoleAssignment,
};

/// Authorizations and the roles claims computed from them.
///
/// Under concurrent callers every backend gives the same guarantees: a user has at
/// most one authorization per project and org, so of concurrent creates for one
/// (user, project, org) exactly one succeeds and the others get `Conflict`; a create
/// racing the deletion of what it refers to gets `MissingReference`, never an orphan.
/// Updates replace the whole record: of concurrent updates the last one stays. Lists
/// may read a replica and lag the caller's own writes; the roles claims read the
/// primary, so a token minted right after a change reflects it.
#[async_trait]
pub trait AuthorizationRepo: Send + Sync {
    /// Stores an authorization; `Conflict` if the user has one on the project in
    /// that org already.
    async fn create_authorization(&self, authz: &Authorization) -> StoreResult<()>;
    /// An authorization by id.
    async fn get_authorization(&self, id: &str) -> StoreResult<Option<Authorization>>;
    /// Replaces role keys, state and `changed_at`.
    async fn update_authorization(&self, authz: &Authorization) -> StoreResult<()>;
    /// Deletes an authorization.
    async fn delete_authorization(&self, id: &str) -> StoreResult<()>;
    /// A page of authorizations matching `filter`.
    async fn list_authorizations(
        &self,
        filter: &AuthorizationFilter,
        q: ListQuery,
    ) -> StoreResult<Page<Authorization>>;
    /// The roles a user holds on the given projects, for the roles claims. Counts
    /// only active authorizations of an active user, in active orgs, on active
    /// projects, for roles the project still defines; an authorization made in an
    /// org other than the project owner counts only through an active grant to that
    /// org that includes the role. An empty `project_ids` yields nothing.
    async fn roles_for_user(
        &self,
        user_id: &str,
        project_ids: &[String],
    ) -> StoreResult<Vec<RoleAssignment>>;
}

/// Administrators: manager roles on the instance, orgs, projects and grants.
///
/// Under concurrent callers every backend gives the same guarantees: of concurrent
/// adds of one user to one resource exactly one succeeds and the others get
/// `Conflict`. Lists may read a replica; a user's own roles read the primary.
#[async_trait]
pub trait AdminRepo: Send + Sync {
    /// Adds an administrator; `Conflict` if the user administers the resource already.
    async fn add_admin(&self, admin: &Administrator, now: i64) -> StoreResult<()>;
    /// Replaces the roles of an existing administrator.
    async fn update_admin(&self, admin: &Administrator, now: i64) -> StoreResult<()>;
    /// Removes a user's roles on a resource.
    async fn remove_admin(&self, user_id: &str, resource: &AdminResource) -> StoreResult<()>;
    /// A page of the administrators of a resource.
    async fn list_admins(
        &self,
        resource: &AdminResource,
        q: ListQuery,
    ) -> StoreResult<Page<Administrator>>;
    /// Every manager role of a user, on any resource.
    async fn admin_roles_for_user(&self, user_id: &str) -> StoreResult<Vec<Administrator>>;
}
