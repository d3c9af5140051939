//! The audit log: every workspace write records one [`AuditEntry`] (success and
//! denial) through [`record_entry`] or the helpers [`record_ok`] /
//! [`record_result`], which also copy it to the log of the org owning the target
//! (see `tenants`). Entries are stored (`ws_audit`) and announced on the store's
//! [`AuditFeed`](ws_storage::AuditFeed), which live followers on every server sharing
//! the database wait on (`GET /api/v1/audit/stream`, resumable with `Last-Event-ID`:
//! see `follow`). Recording never fails a request: a storage failure is logged.

mod follow;
pub(crate) mod routes;
mod tenants;
mod time_fmt;

use std::sync::Arc;

pub use ws_api::workspace::audit::{AuditEvent, Outcome};
use ws_storage::{AuditFeed, AuditRecord, WsAuditRepo};

use crate::actor::Actor;
use crate::error::ApiResult;
use crate::state::WorkspaceState;
pub use routes::routes;
pub use tenants::record_entry;
pub(crate) use time_fmt::{parse_rfc3339_ms, rfc3339_ms};

/// One thing that happened, as handlers describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    /// The acting user id.
    pub actor: String,
    /// The organization whose log holds the entry: the actor's, or for a copy made
    /// for another org's resource, that org (see [`record_entry`]).
    pub org: String,
    /// What was done, `<module>.<verb>`, e.g. `docs.update`.
    pub action: String,
    /// What it was done to, `<kind>:<id>`, e.g. `doc:123`.
    pub target: String,
    /// How it ended.
    pub outcome: Outcome,
    /// The request id.
    pub request_id: Option<String>,
    /// Extra detail (never a secret).
    pub detail: Option<serde_json::Value>,
}

impl AuditEntry {
    /// An entry for `actor` doing `action` on `target` with `outcome`.
    pub fn new(actor: &Actor, action: &str, target: String, outcome: Outcome) -> Self {
        Self {
            actor: actor.user_id.clone(),
            org: actor.org_id.clone(),
            action: action.to_owned(),
            target,
            outcome,
            request_id: actor.request_id.clone(),
            detail: None,
        }
    }

    /// With `detail`.
    pub fn detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = Some(detail);
        self
    }
}

/// Stores entries and announces them to followers; cheap to clone.
#[derive(Clone)]
pub struct AuditLog {
    repo: Arc<dyn WsAuditRepo>,
    clock: Arc<dyn ws_auth::Clock>,
    feed: Arc<dyn AuditFeed>,
}

impl AuditLog {
    /// A log over `repo`, announcing appends on `feed`.
    pub fn new(
        repo: Arc<dyn WsAuditRepo>,
        clock: Arc<dyn ws_auth::Clock>,
        feed: Arc<dyn AuditFeed>,
    ) -> Self {
        Self { repo, clock, feed }
    }

    /// Stores `entry` and wakes this server's followers (other servers' followers
    /// hear of it through the feed).
    pub async fn record(&self, entry: AuditEntry) {
        let at_ms = self
            .clock
            .now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        let record = AuditRecord {
            seq: 0,
            org_id: entry.org,
            actor: entry.actor,
            action: entry.action,
            target: entry.target,
            outcome: entry.outcome.as_str().to_owned(),
            request_id: entry.request_id,
            detail: entry.detail.map(|d| d.to_string()),
            at_ms,
        };
        match self.repo.append_audit(&record).await {
            Ok(seq) => self.feed.appended(seq),
            Err(e) => tracing::error!(
                error = %e, action = %record.action, target = %record.target,
                "could not store an audit entry"
            ),
        }
    }

    /// The highest seq appended anywhere, changing as entries are appended.
    pub(crate) fn watch(&self) -> tokio::sync::watch::Receiver<i64> {
        self.feed.watch()
    }

    /// The highest seq in the store now (where a live-only follower starts).
    pub(crate) async fn head(&self) -> ws_storage::StoreResult<i64> {
        self.repo.last_audit_seq().await
    }
}

/// A stored record as the wire type.
pub(crate) fn event(r: &AuditRecord) -> AuditEvent {
    AuditEvent {
        seq: r.seq,
        time: rfc3339_ms(r.at_ms),
        actor: r.actor.clone(),
        org: r.org_id.clone(),
        action: r.action.clone(),
        target: r.target.clone(),
        outcome: Outcome::parse(&r.outcome).unwrap_or(Outcome::Failed),
        request_id: r.request_id.clone(),
        detail: r
            .detail
            .as_deref()
            .and_then(|d| serde_json::from_str(d).ok()),
    }
}

/// Records that `actor` did `action` on `target` successfully.
pub async fn record_ok(state: &WorkspaceState, actor: &Actor, action: &str, target: String) {
    record_entry(state, AuditEntry::new(actor, action, target, Outcome::Ok)).await;
}

/// Records the outcome of a write from its result: `Ok` → ok, 401/403/404 → denied,
/// any other error → failed.
pub async fn record_result<T>(
    state: &WorkspaceState,
    actor: &Actor,
    action: &str,
    target: String,
    result: &ApiResult<T>,
) {
    let outcome = match result {
        Ok(_) => Outcome::Ok,
        Err(e) if matches!(e.status.as_u16(), 401 | 403 | 404) => Outcome::Denied,
        Err(_) => Outcome::Failed,
    };
    record_entry(state, AuditEntry::new(actor, action, target, outcome)).await;
}
