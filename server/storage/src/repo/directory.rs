//! The instance and organizations.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{Instance, ListQuery, Org, Page, State};

/// The instance record, and the database's health and shutdown.
#[async_trait]
pub trait InstanceRepo: Send + Sync {
    /// Checks that the database answers (for `/readyz`).
    async fn ping(&self) -> StoreResult<()>;
    /// Closes the database for a graceful shutdown: waits for connections in use to
    /// be returned, then closes them all (SQLite checkpoints its WAL into the main
    /// file). Calls after this fail.
    async fn close(&self);
    /// The instance, or `None` before bootstrap created it.
    async fn get_instance(&self) -> StoreResult<Option<Instance>>;
    /// Stores the instance; `Conflict` if one exists already.
    async fn create_instance(&self, instance: &Instance) -> StoreResult<()>;
}

/// Organizations.
#[async_trait]
pub trait OrgRepo: Send + Sync {
    /// Stores a new organization; `Conflict` when its name or domain is taken.
    async fn create_org(&self, org: &Org) -> StoreResult<()>;
    /// An organization by id.
    async fn get_org(&self, id: &str) -> StoreResult<Option<Org>>;
    /// An organization by name (case-insensitive).
    async fn get_org_by_name(&self, name: &str) -> StoreResult<Option<Org>>;
    /// An organization by primary domain (case-insensitive).
    async fn get_org_by_domain(&self, domain: &str) -> StoreResult<Option<Org>>;
    /// Replaces name, primary domain, state and `changed_at` of an existing org.
    async fn update_org(&self, org: &Org) -> StoreResult<()>;
    /// Sets the state of an org.
    async fn set_org_state(&self, id: &str, state: State, now: i64) -> StoreResult<()>;
    /// Deletes an org and everything it owns (users, projects, grants, ...).
    async fn delete_org(&self, id: &str) -> StoreResult<()>;
    /// A page of organizations whose name contains `name_contains` (if given).
    async fn list_orgs(&self, name_contains: Option<&str>, q: ListQuery) -> StoreResult<Page<Org>>;
}
