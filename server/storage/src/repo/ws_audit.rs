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
}
