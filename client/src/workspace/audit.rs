//! `/api/v1/audit`: list entries page by page, or follow the live stream (SSE),
//! reconnecting and resuming after the last entry received (`Last-Event-ID`).

use std::collections::VecDeque;
use std::pin::Pin;
use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBackoff, ExponentialBuilder};

use eventsource_stream::Eventsource;
use futures::{Stream, StreamExt};
use ws_api::workspace::ListPage;
use ws_api::workspace::audit::AuditEvent;

use super::{WorkspaceApi, query};
use crate::error::Error;

/// Filters of an audit query (each optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Acting user id.
    pub actor: Option<String>,
    /// Action, or a prefix ending in `.` (`docs.`).
    pub action: Option<String>,
    /// Target (`kind:id`).
    pub target: Option<String>,
    /// At or after (RFC 3339).
    pub since: Option<String>,
    /// Before (RFC 3339).
    pub until: Option<String>,
}

impl AuditFilter {
    fn pairs<'a>(&'a self, extra: &[(&'a str, Option<&'a str>)]) -> String {
        let mut pairs = vec![
            ("actor", self.actor.as_deref()),
            ("action", self.action.as_deref()),
            ("target", self.target.as_deref()),
            ("since", self.since.as_deref()),
            ("until", self.until.as_deref()),
        ];
        pairs.extend_from_slice(extra);
        query(&pairs)
    }
}

/// A stream of live audit entries.
pub type AuditStream = Pin<Box<dyn Stream<Item = Result<AuditEvent, Error>> + Send>>;

impl<'a> WorkspaceApi<'a> {
    /// One page of entries (oldest first) and the token of the next page.
    pub async fn audit_page(
        &self,
        filter: &AuditFilter,
        page_size: Option<u32>,
        page_token: Option<&str>,
    ) -> Result<ListPage<AuditEvent>, Error> {
        let size = page_size.map(|s| s.to_string());
        let q = filter.pairs(&[("page_size", size.as_deref()), ("page_token", page_token)]);
        self.get(&format!("/audit{q}")).await
    }

    /// The newest `n` entries matching `filter`, oldest of them first. The server
    /// pages oldest first only, so every page is read and the last `n` kept: memory
    /// stays at `n` entries however long the log is.
    pub async fn audit_newest(
        &self,
        filter: &AuditFilter,
        n: usize,
    ) -> Result<Vec<AuditEvent>, Error> {
        let mut newest: VecDeque<AuditEvent> = VecDeque::with_capacity(n.min(1000));
        let mut token: Option<String> = None;
        loop {
            let page = self
                .audit_page(filter, Some(1000), token.as_deref())
                .await?;
            for entry in page.items {
                if newest.len() == n {
                    newest.pop_front();
                }
                if n > 0 {
                    newest.push_back(entry);
                }
            }
            match page.next_page_token {
                Some(t) => token = Some(t),
                None => return Ok(newest.into()),
            }
        }
    }

    /// Entries recorded from now on, as they happen. The connection has no overall
    /// timeout; the server sends keep-alive comments. The stream ends when the
    /// connection does: [`WorkspaceApi::follow_audit_resuming`] reconnects.
    pub async fn follow_audit(&self, filter: &AuditFilter) -> Result<AuditStream, Error> {
        self.open_audit_stream(filter, None).await
    }

    /// One connection to the live stream; with `after`, the server first replays
    /// the entries after that seq (`Last-Event-ID`).
    async fn open_audit_stream(
        &self,
        filter: &AuditFilter,
        after: Option<i64>,
    ) -> Result<AuditStream, Error> {
        let path = format!("/audit/stream{}", filter.pairs(&[]));
        let url = self.url(&path);
        let session = self.session();
        let resp = session
            .send(&url, |token| {
                let req = streaming_client()
                    .get(&url)
                    .bearer_auth(token)
                    .header("accept", "text/event-stream");
                match after {
                    Some(seq) => req.header("last-event-id", seq.to_string()),
                    None => req,
                }
            })
            .await?;
        let events = resp.bytes_stream().eventsource().filter_map(move |item| {
            let url = url.clone();
            async move {
                match item {
                    Ok(ev) if ev.event == "audit" => {
                        Some(serde_json::from_str::<AuditEvent>(&ev.data).map_err(|e| {
                            Error::Protocol {
                                url,
                                reason: format!("invalid audit event: {e}"),
                            }
                        }))
                    }
                    Ok(ev) if ev.event == "lagged" => {
                        tracing::warn!(data = %ev.data, "the audit stream skipped entries");
                        None
                    }
                    Ok(_) => None,
                    Err(e) => Some(Err(Error::Protocol {
                        url,
                        reason: format!("audit stream broken: {e}"),
                    })),
                }
            }
        });
        Ok(Box::pin(events))
    }

    /// Follows the live stream across dropped connections and server restarts: after
    /// a loss it reconnects with `backoff` (retrying for as long as the failure is
    /// transient: unreachable, 5xx, 429) and resumes after the last entry received,
    /// so nothing is missed or repeated. The first connection is not retried: its
    /// error (wrong URL, no access) is returned at once.
    pub fn follow_audit_resuming(
        &self,
        filter: &AuditFilter,
        backoff: ExponentialBuilder,
    ) -> FollowStream<'a> {
        let state = Follow {
            api: self.clone(),
            filter: filter.clone(),
            backoff,
            delays: backoff.build(),
            live: None,
            last: None,
            connected_once: false,
            wait: None,
            done: false,
        };
        Box::pin(futures::stream::unfold(state, |mut f| async move {
            let item = f.next().await?;
            Some((item, f))
        }))
    }
}

/// What a resuming follow yields besides entries, so a UI can say what happens.
#[derive(Debug, Clone, PartialEq)]
pub enum FollowEvent {
    /// Connected (the first time, or again after a loss).
    Connected {
        /// Whether this is a reconnection.
        again: bool,
    },
    /// An entry.
    Entry(AuditEvent),
    /// The connection was lost or could not be made; retrying after `retry_in`.
    Lost {
        /// What went wrong.
        reason: String,
        /// The wait before the next attempt.
        retry_in: Duration,
    },
}

/// A resuming follow: [`FollowEvent`]s until a permanent error (auth, access).
pub type FollowStream<'a> = Pin<Box<dyn Stream<Item = Result<FollowEvent, Error>> + Send + 'a>>;

/// The state of [`WorkspaceApi::follow_audit_resuming`].
struct Follow<'a> {
    api: WorkspaceApi<'a>,
    filter: AuditFilter,
    backoff: ExponentialBuilder,
    delays: ExponentialBackoff,
    live: Option<AuditStream>,
    /// The seq of the last entry received (what the next connection resumes after).
    last: Option<i64>,
    connected_once: bool,
    /// The wait before the next connection attempt.
    wait: Option<Duration>,
    done: bool,
}

impl Follow<'_> {
    async fn next(&mut self) -> Option<Result<FollowEvent, Error>> {
        if self.done {
            return None;
        }
        let Some(live) = self.live.as_mut() else {
            return Some(self.connect().await);
        };
        match live.next().await {
            Some(Ok(entry)) => {
                self.last = Some(self.last.map_or(entry.seq, |l| l.max(entry.seq)));
                Some(Ok(FollowEvent::Entry(entry)))
            }
            Some(Err(e)) => Some(Ok(self.lost(e.to_string()))),
            None => Some(Ok(self.lost("the server closed the stream".to_owned()))),
        }
    }

    async fn connect(&mut self) -> Result<FollowEvent, Error> {
        if let Some(d) = self.wait.take() {
            tokio::time::sleep(d).await;
        }
        match self.api.open_audit_stream(&self.filter, self.last).await {
            Ok(stream) => {
                if !self.connected_once && self.last.is_none() {
                    // The position to resume from if the stream drops before any
                    // entry arrives: the newest matching entry that exists now, or
                    // the start of the log (seqs start at 1) if none does. Read after
                    // subscribing, so anything newer either arrives live or is
                    // replayed after it; nothing written during an outage is lost.
                    let head = self.api.audit_newest(&self.filter, 1).await;
                    match head {
                        Ok(head) => self.last = Some(head.first().map_or(0, |e| e.seq)),
                        Err(e) => {
                            self.done = true;
                            return Err(e);
                        }
                    }
                }
                self.live = Some(stream);
                // A working connection starts the next loss's backoff afresh.
                self.delays = self.backoff.build();
                let again = std::mem::replace(&mut self.connected_once, true);
                Ok(FollowEvent::Connected { again })
            }
            Err(e) if self.connected_once && super::retryable(&e) => Ok(self.lost(e.to_string())),
            Err(e) => {
                self.done = true;
                Err(e)
            }
        }
    }

    fn lost(&mut self, reason: String) -> FollowEvent {
        self.live = None;
        let retry_in = self.delays.next().unwrap_or(MAX_RECONNECT_DELAY);
        self.wait = Some(retry_in);
        FollowEvent::Lost { reason, retry_in }
    }
}

/// The wait between attempts once the backoff's own schedule is used up.
const MAX_RECONNECT_DELAY: Duration = Duration::from_secs(30);

/// The default reconnection schedule of a follow: 250 ms doubling to 4 s, with
/// jitter, for as long as it takes. A restart takes seconds, so a longer wait would
/// only leave the follower blind after the server is back (one attempt every few
/// seconds costs the server nothing).
pub fn follow_backoff() -> ExponentialBuilder {
    ExponentialBuilder::default()
        .with_min_delay(Duration::from_millis(250))
        .with_max_delay(Duration::from_secs(4))
        .with_jitter()
        .without_max_times()
}

/// A client without the overall request timeout (a follow runs for hours), which
/// still gives up on a connection silent for 60 s (keep-alives come every 15 s).
fn streaming_client() -> reqwest::Client {
    crate::http::client_builder()
        .connect_timeout(std::time::Duration::from_secs(10))
        .read_timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap_or_default()
}
