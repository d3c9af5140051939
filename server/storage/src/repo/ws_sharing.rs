//! The workspace ACL and the workspace's directory of provisioned users.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{ShareRecord, WsMember};

/// ACL entries of workspace resources. Under concurrent callers every backend keeps one
/// entry per (resource, grantee): `put_share` is a single upsert on that key, and
/// `add_member` a single insert-if-absent, so racing calls end as one row.
#[async_trait]
pub trait WsSharingRepo: Send + Sync {
    /// Stores `share`, or, when the resource already has an entry for that grantee,
    /// changes its role (and `created_by`/`created_at`); returns the stored entry
    /// (with the existing id in the second case).
    async fn put_share(&self, share: &ShareRecord) -> StoreResult<ShareRecord>;
    /// An entry by id.
    async fn get_share(&self, id: &str) -> StoreResult<Option<ShareRecord>>;
    /// Deletes an entry.
    async fn delete_share(&self, id: &str) -> StoreResult<()>;
    /// Every entry of one resource, oldest first.
    async fn shares_of(&self, kind: &str, resource_id: &str) -> StoreResult<Vec<ShareRecord>>;
    /// Deletes every entry of one resource (when the resource is deleted); returns how
    /// many there were.
    async fn delete_shares_of(&self, kind: &str, resource_id: &str) -> StoreResult<u64>;
    /// The entries of one resource that name this user or this org as grantee.
    async fn shares_for(
        &self,
        kind: &str,
        resource_id: &str,
        user_id: &str,
        org_id: &str,
    ) -> StoreResult<Vec<ShareRecord>>;
    /// The entries of one kind that name this user or this org as grantee (links
    /// excluded), oldest first.
    async fn shared_with(
        &self,
        kind: &str,
        user_id: &str,
        org_id: &str,
    ) -> StoreResult<Vec<ShareRecord>>;
    /// The entry of a resource for a link grantee, if that link exists.
    async fn link_share(
        &self,
        kind: &str,
        resource_id: &str,
        link_id: &str,
    ) -> StoreResult<Option<ShareRecord>>;
    /// Records a user as provisioned; `Ok(false)` if they already were. An insert if
    /// absent: of concurrent calls for one user (from any number of processes on one
    /// database) exactly one gets `Ok(true)`.
    async fn add_member(&self, member: &WsMember) -> StoreResult<bool>;
    /// A provisioned user.
    async fn get_member(&self, user_id: &str) -> StoreResult<Option<WsMember>>;
    /// Whether any user of `org_id` has been provisioned.
    async fn org_has_members(&self, org_id: &str) -> StoreResult<bool>;
}
