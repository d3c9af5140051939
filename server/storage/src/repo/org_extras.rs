//! Organization metadata, domains and own policies.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{ListQuery, OrgDomain, OrgMetadata, OrgPolicy, Page, PolicyKind, TextMatch};

/// Metadata and domains of organizations. Lists filter, sort and page in the
/// database.
///
/// Under concurrent callers every backend gives the same guarantees: a domain is
/// unique across organizations ignoring case, so of concurrent adds of one domain
/// exactly one succeeds and the others get `Conflict`; a metadata set or delete of
/// several keys is all or nothing even against a concurrent writer, and concurrent
/// sets of one key leave one of the values, never an error. Lists may read a replica
/// and lag the caller's own writes; [`get_org_domain`](Self::get_org_domain) reads
/// the primary.
#[async_trait]
pub trait OrgExtrasRepo: Send + Sync {
    /// Sets metadata entries of an org in one transaction: an empty value removes
    /// the key, any other value inserts or replaces it. `MissingReference` when the
    /// org does not exist.
    async fn set_org_metadata(
        &self,
        org_id: &str,
        entries: &[(String, Vec<u8>)],
        now: i64,
    ) -> StoreResult<()>;
    /// A page of an org's metadata whose keys match every filter, by key (ascending
    /// when `q.asc`).
    async fn list_org_metadata(
        &self,
        org_id: &str,
        key_filters: &[TextMatch],
        q: ListQuery,
    ) -> StoreResult<Page<OrgMetadata>>;
    /// Removes the given keys, all or none: `NotFound` (and nothing removed) when
    /// one of them is not set.
    async fn delete_org_metadata(&self, org_id: &str, keys: &[String]) -> StoreResult<()>;

    /// Adds a domain; `Conflict` when any organization has it already.
    async fn add_org_domain(&self, domain: &OrgDomain) -> StoreResult<()>;
    /// One domain of an org.
    async fn get_org_domain(&self, org_id: &str, domain: &str) -> StoreResult<Option<OrgDomain>>;
    /// A page of an org's domains matching every filter, sorted by name when
    /// `by_name`, else by when they were added.
    async fn list_org_domains(
        &self,
        org_id: &str,
        domain_filters: &[TextMatch],
        by_name: bool,
        q: ListQuery,
    ) -> StoreResult<Page<OrgDomain>>;
    /// Removes a domain that is not the primary one; `NotFound` when there is no
    /// such non-primary domain.
    async fn delete_org_domain(&self, org_id: &str, domain: &str) -> StoreResult<()>;

    /// The org's own policy of `kind`, if it has one.
    async fn get_org_policy(
        &self,
        org_id: &str,
        kind: PolicyKind,
    ) -> StoreResult<Option<OrgPolicy>>;
    /// Inserts or replaces the org's own policy; `MissingReference` when the org does
    /// not exist.
    async fn set_org_policy(&self, policy: &OrgPolicy) -> StoreResult<()>;
    /// Removes the org's own policy of `kind` (back to the instance default);
    /// `NotFound` when it has none.
    async fn delete_org_policy(&self, org_id: &str, kind: PolicyKind) -> StoreResult<()>;
}
