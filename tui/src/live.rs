//! The network side of the Calendar and Audit views and the Overview's workspace
//! counts: each [`CalEffect`] becomes one workspace API call answered with a
//! [`CalMsg`], and [`follow`] is the long-lived audit task — it subscribes to the SSE
//! stream, backfills what it missed, forwards entries, and reconnects with backoff
//! when the server goes away, reporting each state change as an [`AuditMsg`].

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use futures::StreamExt;
use tokio::sync::mpsc::UnboundedSender;
use ws_client::Session;
use ws_client::workspace::audit::AuditFilter;
use ws_client::workspace::drive::{Drive, Listing};
use ws_client::workspace::{WorkspaceApi, retryable};
use ws_client::ws_api::workspace::audit::AuditEvent;

use crate::audit::{AuditMsg, Counts};
use crate::calendar::{CalEffect, CalMsg, rfc3339};
use crate::msg::Msg;

/// How far back the first backfill reaches.
const BACKFILL: chrono::Duration = chrono::Duration::hours(24);
/// Entries a backfill keeps (the newest).
const BACKFILL_KEEP: usize = 500;
/// Pages a backfill reads at most (1000 entries each).
const BACKFILL_PAGES: usize = 50;
/// The longest wait between reconnection attempts.
const MAX_RETRY: Duration = Duration::from_secs(5);

/// Runs one calendar effect.
pub async fn calendar(session: &Session, effect: CalEffect) -> Msg {
    let api = WorkspaceApi::new(session);
    let s = |e: ws_client::Error| e.to_string();
    Msg::Cal(match effect {
        CalEffect::Clock => CalMsg::Clock(Utc::now()),
        CalEffect::Calendars => CalMsg::Calendars(api.list_calendars().await.map_err(s)),
        CalEffect::Occurrences {
            key,
            calendars,
            from,
            to,
        } => {
            let mut all = Vec::new();
            let mut result = Ok(());
            for cal in &calendars {
                match api.list_occurrences(cal, &from, &to).await {
                    Ok(items) => all.extend(items),
                    Err(e) => {
                        result = Err(s(e));
                        break;
                    }
                }
            }
            CalMsg::Occurrences(key, result.map(|()| all))
        }
        CalEffect::Event { calendar, event } => CalMsg::Event(
            api.get_event(&calendar, &event)
                .await
                .map(Box::new)
                .map_err(s),
        ),
        ref respond @ CalEffect::Respond {
            ref calendar,
            ref event,
            ref summary,
            status,
        } => {
            let line = respond.command_line().unwrap_or_default();
            let result = api.respond(calendar, event, status).await;
            CalMsg::Responded(summary.clone(), status, line, result.map(|_| ()).map_err(s))
        }
    })
}

/// Counts docs and drive items (root folder plus shared with the caller).
pub async fn counts(session: &Session) -> Msg {
    let api = WorkspaceApi::new(session);
    let docs = api
        .list_docs(None, None)
        .await
        .map(|d| d.len())
        .map_err(|e| e.to_string());
    let drive = match Drive::new(session) {
        Ok(drive) => {
            let root = drive.list(&Listing::Root).await;
            let shared = drive.list(&Listing::Shared).await;
            match (root, shared) {
                (Ok(r), Ok(s)) => Ok(r.len() + s.len()),
                (Err(e), _) | (_, Err(e)) => Err(e.to_string()),
            }
        }
        Err(e) => Err(e.to_string()),
    };
    Msg::Counts(Counts {
        docs: Some(docs),
        drive: Some(drive),
        loading: false,
    })
}

/// Follows the audit log until the dashboard stops (the channel closes).
pub async fn follow(session: Arc<Session>, tx: UnboundedSender<Msg>) {
    let api = WorkspaceApi::new(&session);
    let send = |m: AuditMsg| tx.send(Msg::Audit(m)).is_ok();
    let mut since = rfc3339(Utc::now() - BACKFILL);
    let mut delay = Duration::from_millis(250);
    loop {
        // Subscribe first, then backfill: nothing recorded in between is missed
        // (duplicates are dropped by sequence number).
        let failure = match api.follow_audit(&AuditFilter::default()).await {
            Ok(mut stream) => match backfill(&api, &since).await {
                Ok(events) => {
                    if !send(AuditMsg::Backfill(events)) || !send(AuditMsg::Connected) {
                        return;
                    }
                    delay = Duration::from_millis(250);
                    loop {
                        match stream.next().await {
                            Some(Ok(ev)) => {
                                since.clone_from(&ev.time);
                                if !send(AuditMsg::Entry(ev)) {
                                    return;
                                }
                            }
                            Some(Err(e)) => break e.to_string(),
                            None => break "the server closed the audit stream".to_owned(),
                        }
                    }
                }
                Err(e) => e.to_string(),
            },
            Err(e) if !retryable(&e) => {
                send(AuditMsg::Unavailable(e.to_string()));
                return;
            }
            Err(e) => e.to_string(),
        };
        if !send(AuditMsg::Lost(failure)) {
            return;
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(MAX_RETRY);
    }
}

/// Entries since `since`, oldest first, at most the newest [`BACKFILL_KEEP`].
async fn backfill(
    api: &WorkspaceApi<'_>,
    since: &str,
) -> Result<Vec<AuditEvent>, ws_client::Error> {
    let filter = AuditFilter {
        since: Some(since.to_owned()),
        ..AuditFilter::default()
    };
    let mut kept: Vec<AuditEvent> = Vec::new();
    let mut token: Option<String> = None;
    for _ in 0..BACKFILL_PAGES {
        let page = api
            .audit_page(&filter, Some(1000), token.as_deref())
            .await?;
        kept.extend(page.items);
        if kept.len() > BACKFILL_KEEP {
            kept.drain(..kept.len() - BACKFILL_KEEP);
        }
        match page.next_page_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    Ok(kept)
}
