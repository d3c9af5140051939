//! The live audit stream behind `GET /api/v1/audit/stream`, resumable without gaps
//! or duplicates, fed by writes on every server sharing the database.
//!
//! The store is the only source of entries: a follower keeps a cursor (a seq) and
//! reads the entries after it that the caller may see, page by page, whenever the
//! store's [`AuditFeed`](ws_storage::AuditFeed) says the log grew (PostgreSQL
//! `LISTEN/NOTIFY`, or polling on SQLite). Entries commit in seq order, so once a
//! read has covered the feed's announced seq the cursor may move up to it: nothing
//! below it can still appear. Without `Last-Event-ID` the stream starts at the log's
//! head when it opens; with `Last-Event-ID: <seq>` (what EventSource clients send when
//! they reconnect) it starts after that seq, so the entries since are replayed first.
//! No buffer sits between the store and the follower, so a slow follower falls
//! behind without losing anything.

use std::collections::VecDeque;
use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::sse::Event;
use futures::Stream;
use tokio::sync::watch;
use ws_storage::AuditFilter;

use super::{AuditEvent, event};
use crate::error::ApiError;
use crate::state::WorkspaceState;

/// Entries read from the store per query while catching up.
const REPLAY_PAGE: u64 = 500;

/// The `Last-Event-ID` request header: the seq of the last entry the client has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct LastEventId(pub(crate) Option<i64>);

impl<S: Send + Sync> FromRequestParts<S> for LastEventId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let Some(value) = parts.headers.get("last-event-id") else {
            return Ok(Self(None));
        };
        let text = value.to_str().unwrap_or_default().trim();
        if text.is_empty() {
            return Ok(Self(None));
        }
        text.parse::<i64>().map(|n| Self(Some(n))).map_err(|_| {
            ApiError::invalid(
                "Last-Event-ID",
                "expected the id of an audit event received from this stream (a number)",
            )
        })
    }
}

/// One follower's position.
struct Follower {
    state: WorkspaceState,
    /// The highest seq appended anywhere, as the feed last announced it.
    feed: watch::Receiver<i64>,
    /// The tenant-scoped filter of the request.
    filter: AuditFilter,
    /// Every entry the caller may see up to this seq was sent (or is in `backlog`);
    /// `None` until the log's head is read at the start of a live-only stream.
    cursor: Option<i64>,
    /// Entries read from the store, not yet sent.
    backlog: VecDeque<AuditEvent>,
    /// Whether the store may hold entries after `cursor` that were not read yet.
    behind: bool,
}

/// The SSE events of one follower: the entries after `after` (if given, else after
/// the log's head now), then each new one; `filter` is already scoped to what the
/// caller may see.
pub(crate) fn stream(
    state: WorkspaceState,
    filter: AuditFilter,
    after: Option<i64>,
) -> impl Stream<Item = Result<Event, Infallible>> {
    // Watch before reading anything: an entry appended after the read is announced.
    let feed = state.audit.watch();
    let follower = Follower {
        state,
        feed,
        filter,
        cursor: after,
        backlog: VecDeque::new(),
        behind: true,
    };
    futures::stream::unfold(follower, |mut f| async move {
        let ev = f.next().await?;
        Some((Ok(ev), f))
    })
}

impl Follower {
    /// The next event to send; `None` ends the stream (the client resumes from the
    /// last id it got).
    async fn next(&mut self) -> Option<Event> {
        loop {
            if let Some(e) = self.backlog.pop_front() {
                return Some(sse_event(&e));
            }
            if self.behind {
                if let Err(e) = self.read_page().await {
                    // End the stream rather than skip.
                    tracing::warn!(error = %e, "reading the audit log for a follower failed");
                    return None;
                }
                continue;
            }
            // Wait until the log grows; a closed feed means the server is stopping.
            self.feed.changed().await.ok()?;
            self.behind = true;
        }
    }

    /// Reads the next page after the cursor into the backlog; clears `behind` when
    /// the read reached what the feed had announced.
    async fn read_page(&mut self) -> Result<(), ws_storage::StorageError> {
        // Read the announcement first: everything up to it is committed, so a read
        // made after it sees all of it.
        let announced = *self.feed.borrow_and_update();
        let cursor = match self.cursor {
            Some(c) => c,
            None => self.state.audit.head().await?,
        };
        let filter = AuditFilter {
            after_seq: Some(cursor),
            limit: REPLAY_PAGE,
            ..self.filter.clone()
        };
        let records = self
            .state
            .store
            .ws_audit
            .list_audit_committed(&filter)
            .await?;
        let read_to = records.last().map_or(cursor, |r| r.seq);
        self.backlog.extend(records.iter().map(event));
        self.behind = records.len() as u64 == REPLAY_PAGE;
        // A short page covered the whole log as it was when the read started.
        self.cursor = Some(match self.behind {
            true => read_to,
            false => read_to.max(announced),
        });
        Ok(())
    }
}

/// An entry as an SSE event whose id is its seq (what `Last-Event-ID` resumes from).
fn sse_event(e: &AuditEvent) -> Event {
    let data = serde_json::to_string(e).unwrap_or_default();
    Event::default()
        .event("audit")
        .id(e.seq.to_string())
        .data(data)
}
