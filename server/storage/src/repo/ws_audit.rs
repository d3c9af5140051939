//! The workspace audit log.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{AuditFilter, AuditRecord};

/// Append and query audit entries.
#[async_trait]
pub trait WsAuditRepo: Send + Sync {
    /// Appends an entry (its `seq` is ignored); returns the assigned sequence number.
    async fn append_audit(&self, record: &AuditRecord) -> StoreResult<i64>;
    /// Entries matching `filter`, oldest first, at most `filter.limit` of them.
    async fn list_audit(&self, filter: &AuditFilter) -> StoreResult<Vec<AuditRecord>>;
    /// As [`list_audit`](Self::list_audit), but on the primary (never a lagging
    /// replica): a follower woken by the [`AuditFeed`](crate::AuditFeed) must find
    /// the entry that woke it.
    async fn list_audit_committed(&self, filter: &AuditFilter) -> StoreResult<Vec<AuditRecord>>;
    /// The highest seq appended so far (on the primary), 0 when the log is empty.
    async fn last_audit_seq(&self) -> StoreResult<i64>;
}
