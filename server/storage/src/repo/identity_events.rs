//! The identity outbox: events stored with the change they record, read in order by
//! the relay, and each consumer's record of what it applied.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{IdentityChange, IdentityEvent, StoredEvent};

/// The outbox of identity events.
///
/// [`apply`](Self::apply) is the only way an event is written: the change and the
/// event commit together or not at all (a change that fails with `Conflict`,
/// `NotFound` or `MissingReference` stores no event).
#[async_trait]
pub trait IdentityEventRepo: Send + Sync {
    /// Runs `change` and appends `event` in one transaction; returns the event's
    /// position. `Conflict` if an event with this id exists.
    async fn apply(&self, change: IdentityChange<'_>, event: &IdentityEvent) -> StoreResult<i64>;
    /// Events after position `after_seq`, oldest first, at most `limit` (capped at 1000).
    async fn list_events(&self, after_seq: i64, limit: u64) -> StoreResult<Vec<StoredEvent>>;
    /// Records that `consumer` applied event `event_id`; `false` when it was already
    /// recorded (a redelivery, to be skipped).
    async fn mark_applied(&self, consumer: &str, event_id: &str, now_ms: i64) -> StoreResult<bool>;
    /// Whether `consumer` has applied event `event_id`.
    async fn was_applied(&self, consumer: &str, event_id: &str) -> StoreResult<bool>;
}
