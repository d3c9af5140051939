//! `/api/v1/audit`: list entries page by page, or follow the live stream (SSE).

use std::pin::Pin;

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

impl WorkspaceApi<'_> {
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

    /// Entries recorded from now on, as they happen. The connection has no overall
    /// timeout; the server sends keep-alive comments.
    pub async fn follow_audit(&self, filter: &AuditFilter) -> Result<AuditStream, Error> {
        let path = format!("/audit/stream{}", filter.pairs(&[]));
        let url = self.url(&path);
        let session = self.session();
        let resp = session
            .send(&url, |token| {
                streaming_client()
                    .get(&url)
                    .bearer_auth(token)
                    .header("accept", "text/event-stream")
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
}

/// A client without the overall request timeout (a follow runs for hours), which
/// still gives up on a connection silent for 60 s (keep-alives come every 15 s).
fn streaming_client() -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(concat!("ws/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(std::time::Duration::from_secs(10))
        .read_timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap_or_default()
}
