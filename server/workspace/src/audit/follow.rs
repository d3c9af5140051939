//! The live audit stream behind `GET /api/v1/audit/stream`, resumable without gaps
//! or duplicates.
//!
//! A follower subscribes to the live broadcast *before* reading the store, so an
//! entry recorded meanwhile is either in the store read or arrives live (and is
//! dropped there if the read already sent it). With `Last-Event-ID: <seq>` (what
//! EventSource clients send when they reconnect) the entries after that seq which
//! the caller may see are replayed from the store page by page, then the stream goes
//! live. A follower that falls behind the broadcast buffer catches up from the store
//! the same way instead of losing entries.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::sse::Event;
use futures::Stream;
use tokio::sync::broadcast::{self, error::RecvError};
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
    rx: broadcast::Receiver<Arc<AuditEvent>>,
    /// The tenant-scoped filter of the request.
    filter: AuditFilter,
    /// The highest seq sent, or resumed from.
    last: Option<i64>,
    /// The highest seq read from the store: live entries up to it were sent already.
    replayed_to: Option<i64>,
    /// Entries read from the store, not yet sent.
    backlog: VecDeque<AuditEvent>,
    /// Whether the store may hold entries after `last` that were not read yet.
    catching_up: bool,
}

/// The SSE events of one follower: the entries after `after` (if given) from the
/// store, then live ones; `filter` is already scoped to what the caller may see.
pub(crate) fn stream(
    state: WorkspaceState,
    filter: AuditFilter,
    after: Option<i64>,
) -> impl Stream<Item = Result<Event, Infallible>> {
    // Subscribe first: nothing recorded from here on can fall between the store read
    // and the live feed.
    let rx = state.audit.subscribe();
    let follower = Follower {
        state,
        rx,
        filter,
        last: after,
        replayed_to: after,
        backlog: VecDeque::new(),
        catching_up: after.is_some(),
    };
    futures::stream::unfold(follower, |mut f| async move {
        let ev = f.next().await?;
        Some((Ok(ev), f))
    })
}

impl Follower {
    /// The next event to send; `None` ends the stream (the client resumes).
    async fn next(&mut self) -> Option<Event> {
        loop {
            if let Some(e) = self.backlog.pop_front() {
                self.last = Some(e.seq);
                return Some(sse_event(&e));
            }
            if self.catching_up {
                match self.read_page().await {
                    Ok(n) => self.catching_up = n as u64 == REPLAY_PAGE,
                    Err(e) => {
                        // End the stream rather than skip: the client resumes from
                        // the last id it got.
                        tracing::warn!(error = %e, "reading the audit log for a follower failed");
                        return None;
                    }
                }
                continue;
            }
            match self.rx.recv().await {
                Ok(e) if self.replayed_to.is_some_and(|r| e.seq <= r) => {}
                Ok(e) if super::routes::matches(&self.filter, &e) => {
                    self.last = Some(self.last.map_or(e.seq, |l| l.max(e.seq)));
                    return Some(sse_event(&e));
                }
                Ok(_) => {}
                Err(RecvError::Lagged(n)) => match self.last {
                    // Fill the gap from the store.
                    Some(_) => self.catching_up = true,
                    // Nothing sent yet, so no position to fill from: say so.
                    None => {
                        return Some(
                            Event::default()
                                .event("lagged")
                                .data(format!("{{\"missed\":{n}}}")),
                        );
                    }
                },
                Err(RecvError::Closed) => return None,
            }
        }
    }

    /// Reads the next page after `last` into the backlog; returns how many.
    async fn read_page(&mut self) -> Result<usize, ws_storage::StorageError> {
        let filter = AuditFilter {
            after_seq: self.last,
            limit: REPLAY_PAGE,
            ..self.filter.clone()
        };
        let records = self.state.store.ws_audit.list_audit(&filter).await?;
        if let Some(r) = records.last() {
            self.replayed_to = Some(self.replayed_to.map_or(r.seq, |t| t.max(r.seq)));
        }
        self.backlog.extend(records.iter().map(event));
        Ok(records.len())
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
