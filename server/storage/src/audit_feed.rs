//! [`AuditFeed`]: tells the followers of the audit log (`ws audit --follow`) that new
//! entries may be in the store, whichever server sharing the database appended them.
//!
//! The feed carries only the highest appended `seq` (a [`watch`] value, so a burst of
//! appends wakes a follower once); followers then read the store after the last seq
//! they have, so the store stays the one source of truth and nothing is sent twice or
//! skipped. Two implementations, chosen by the backend in [`crate::Store`]:
//!
//! - PostgreSQL: `LISTEN ws_audit` on one connection of the primary's pool
//!   ([`sqlx::postgres::PgListener`]); `append_audit` sends `NOTIFY ws_audit, '<seq>'`
//!   inside its transaction, so the notification leaves on commit. Appends are
//!   serialised by a transaction-scoped advisory lock, so entries commit in `seq`
//!   order: a follower that has read up to N can never later find an entry below N.
//!   After every (re)connection the feed reads the store's highest seq, covering what
//!   was notified while it was not listening.
//! - SQLite: the store's highest seq is read every [`POLL_INTERVAL`] (writers
//!   are serialised by SQLite, so commit order is seq order there too).
//!
//! Either way [`AuditFeed::appended`] wakes this process's followers at once. The
//! background task starts with the first follower, and on PostgreSQL then holds one
//! pooled connection until the pool closes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use sqlx::postgres::{PgListener, PgPool};
use tokio::sync::watch;

use crate::{StorageError, WsAuditRepo};

/// The PostgreSQL notification channel `append_audit` notifies.
pub(crate) const CHANNEL: &str = "ws_audit";

/// How often the SQLite feed reads the highest seq (the latency bound for a follower
/// on one server to see an entry appended by another process on the same file).
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// Wakes audit followers when entries were appended anywhere.
pub trait AuditFeed: Send + Sync {
    /// The highest seq known to be appended (0 before any); it changes whenever newer
    /// entries may be in the store.
    fn watch(&self) -> watch::Receiver<i64>;
    /// Records that this process appended `seq`: wakes local followers without
    /// waiting for the notification or the next poll.
    fn appended(&self, seq: i64);
}

/// What both feeds share: the watched value and whether the task runs.
struct Head {
    seq: watch::Sender<i64>,
    started: AtomicBool,
    repo: Arc<dyn WsAuditRepo>,
}

impl Head {
    fn new(repo: Arc<dyn WsAuditRepo>) -> Arc<Self> {
        Arc::new(Self {
            seq: watch::Sender::new(0),
            started: AtomicBool::new(false),
            repo,
        })
    }

    /// Raises the watched seq to `seq` (never lowers it; a lower value wakes no one).
    fn raise(&self, seq: i64) {
        self.seq.send_if_modified(|cur| {
            let newer = seq > *cur;
            if newer {
                *cur = seq;
            }
            newer
        });
    }

    /// Reads the store's highest seq into the watched value.
    async fn refresh(&self) -> Result<(), StorageError> {
        let seq = self.repo.last_audit_seq().await?;
        self.raise(seq);
        Ok(())
    }

    /// True once: the caller starts the task.
    fn first_start(&self) -> bool {
        !self.started.swap(true, Ordering::AcqRel)
    }
}

/// Where a feed learns of appends made by other processes.
enum Source {
    /// SQLite: read the highest seq every [`POLL_INTERVAL`].
    Polling,
    /// PostgreSQL: `LISTEN ws_audit` on the primary.
    Listening(PgPool),
}

/// The store's feed; its background task starts with the first follower.
pub(crate) struct StoreFeed {
    head: Arc<Head>,
    source: Source,
}

impl StoreFeed {
    /// The SQLite feed: polls the highest seq while anyone follows.
    pub(crate) fn polling(repo: Arc<dyn WsAuditRepo>) -> Self {
        Self {
            head: Head::new(repo),
            source: Source::Polling,
        }
    }

    /// The PostgreSQL feed: listens for `append_audit`'s notifications on `pool`.
    pub(crate) fn listening(repo: Arc<dyn WsAuditRepo>, pool: PgPool) -> Self {
        Self {
            head: Head::new(repo),
            source: Source::Listening(pool),
        }
    }
}

impl AuditFeed for StoreFeed {
    fn watch(&self) -> watch::Receiver<i64> {
        if self.head.first_start() {
            let head = Arc::downgrade(&self.head);
            match &self.source {
                Source::Polling => tokio::spawn(poll(head)),
                Source::Listening(pool) => tokio::spawn(listen(head, pool.clone())),
            };
        }
        self.head.seq.subscribe()
    }

    fn appended(&self, seq: i64) {
        self.head.raise(seq);
    }
}

/// Polls until the store (and with it the feed) is dropped; idle while no one follows.
async fn poll(head: Weak<Head>) {
    let mut tick = tokio::time::interval(POLL_INTERVAL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let Some(head) = head.upgrade() else { return };
        if head.seq.receiver_count() == 0 {
            continue;
        }
        if let Err(e) = head.refresh().await {
            if matches!(e, StorageError::Unavailable(sqlx::Error::PoolClosed)) {
                return;
            }
            tracing::warn!(error = %e, "reading the audit log's last entry failed");
        }
    }
}

/// Listens until the pool closes or the feed is dropped, reconnecting with backoff.
async fn listen(head: Weak<Head>, pool: PgPool) {
    loop {
        if pool.is_closed() {
            return;
        }
        let connect = || async {
            let mut listener = PgListener::connect_with(&pool).await?;
            listener.listen(CHANNEL).await?;
            Ok::<_, sqlx::Error>(listener)
        };
        let listener = connect
            .retry(ExponentialBuilder::default().with_max_delay(Duration::from_secs(5)))
            .when(|_| !pool.is_closed())
            .notify(|e, wait| tracing::warn!(error = %e, ?wait, "audit feed: LISTEN failed"))
            .await;
        let Ok(listener) = listener else { return };
        if !follow_notifications(&head, listener).await {
            return;
        }
    }
}

/// Raises the head from notifications; false when the feed should stop, true to
/// reconnect.
async fn follow_notifications(head: &Weak<Head>, mut listener: PgListener) -> bool {
    // Whatever was appended before LISTEN took effect.
    let mut catch_up = true;
    loop {
        let Some(h) = head.upgrade() else {
            return false;
        };
        if catch_up && let Err(e) = h.refresh().await {
            tracing::warn!(error = %e, "audit feed: reading the last entry failed");
            return true;
        }
        drop(h);
        let received = listener.try_recv().await;
        let Some(h) = head.upgrade() else {
            return false;
        };
        match received {
            Ok(Some(n)) => match n.payload().parse::<i64>() {
                Ok(seq) => {
                    h.raise(seq);
                    catch_up = false;
                }
                Err(_) => catch_up = true,
            },
            // The connection was lost and re-established: notifications may be lost.
            Ok(None) => catch_up = true,
            Err(sqlx::Error::PoolClosed) => return false,
            Err(e) => {
                tracing::warn!(error = %e, "audit feed: the listening connection failed");
                return true;
            }
        }
    }
}
