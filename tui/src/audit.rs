//! The Audit view's state: the live tail of the audit log (newest first), what arrived
//! while live refresh was paused, and the stream's connection state; plus the
//! workspace counts the Overview shows. A background task (`crate::live`) follows the
//! server's SSE stream and reconnects; it reports through [`AuditMsg`].

use std::collections::BTreeMap;

use chrono::DateTime;
use chrono_tz::Tz;
use ws_client::ws_api::workspace::audit::AuditEvent;

use crate::data::Row;
use crate::table::Table;

/// The most entries kept; older ones fall off the bottom.
pub const KEEP: usize = 2000;

/// Where the live stream stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Conn {
    /// Not started.
    #[default]
    Idle,
    /// Connecting for the first time.
    Connecting,
    /// Receiving entries.
    Live,
    /// Lost; the task retries. The error, for the status line.
    Lost(String),
    /// The server has no audit log for this caller; not retried.
    Unavailable(String),
}

/// Everything the Audit view knows.
#[derive(Debug, Clone, Default)]
pub struct AuditState {
    /// Entries, newest first (with the filter and selection).
    pub table: Table<AuditRow>,
    /// Entries that arrived while paused, shown on resume.
    pub pending: Vec<AuditRow>,
    /// The stream.
    pub conn: Conn,
}

/// Audit messages from the follow task.
#[derive(Debug, Clone)]
pub enum AuditMsg {
    /// Recent entries (on connect and each reconnect; duplicates are dropped).
    Backfill(Vec<AuditEvent>),
    /// The stream is connected.
    Connected,
    /// A live entry.
    Entry(AuditEvent),
    /// The stream broke or could not connect; the task retries.
    Lost(String),
    /// The audit log is not available to this caller (not retried).
    Unavailable(String),
}

/// Workspace object counts for the Overview (`None`: not loaded yet).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Docs the caller can see.
    pub docs: Option<Result<usize, String>>,
    /// Drive items in the caller's root folder plus those shared with them.
    pub drive: Option<Result<usize, String>>,
    /// A count is in flight.
    pub loading: bool,
}

/// One audit entry with its time in the display zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// The entry.
    pub event: AuditEvent,
    /// `seq` as text (the row id).
    pub seq: String,
    /// "11-29 09:15:02" in the display zone.
    pub short_time: String,
    /// "2026-11-29 09:15:02.123 CET".
    pub long_time: String,
    /// The actor's username when known, else the id.
    pub actor_name: String,
    /// `ok`, `denied`, `failed`.
    pub outcome: String,
    search: String,
}

impl AuditRow {
    /// The row of an entry, in `tz`, naming the actor with `names` (user id → name).
    pub fn new(event: AuditEvent, tz: Tz, names: &BTreeMap<String, String>) -> Self {
        let (short_time, long_time) = match DateTime::parse_from_rfc3339(&event.time) {
            Ok(t) => {
                let t = t.with_timezone(&tz);
                (
                    t.format("%m-%d %H:%M:%S").to_string(),
                    t.format("%Y-%m-%d %H:%M:%S%.3f %Z").to_string(),
                )
            }
            Err(_) => (event.time.clone(), event.time.clone()),
        };
        let actor_name = names
            .get(&event.actor)
            .cloned()
            .unwrap_or_else(|| event.actor.clone());
        let outcome = event.outcome.as_str().to_owned();
        let search = [
            actor_name.as_str(),
            &event.actor,
            &event.action,
            &event.target,
            &outcome,
            &event.org,
            event.request_id.as_deref().unwrap_or(""),
        ]
        .join("\u{1f}")
        .to_lowercase();
        Self {
            seq: event.seq.to_string(),
            short_time,
            long_time,
            actor_name,
            outcome,
            search,
            event,
        }
    }
}

impl Row for AuditRow {
    const HEADERS: &'static [&'static str] =
        &["TIME", "ACTOR", "ACTION", "TARGET", "OUTCOME", "REQUEST ID"];
    fn id(&self) -> &str {
        &self.seq
    }
    fn cells(&self) -> Vec<&str> {
        vec![
            &self.short_time,
            &self.actor_name,
            &self.event.action,
            &self.event.target,
            &self.outcome,
            self.event.request_id.as_deref().unwrap_or(""),
        ]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("Time", self.long_time.clone()),
            ("Time (UTC)", self.event.time.clone()),
            (
                "Actor",
                format!("{} ({})", self.actor_name, self.event.actor),
            ),
            ("Organization", self.event.org.clone()),
            ("Action", self.event.action.clone()),
            ("Target", self.event.target.clone()),
            ("Outcome", self.outcome.clone()),
            (
                "Request id",
                self.event.request_id.clone().unwrap_or_else(|| "—".into()),
            ),
            ("Sequence", self.seq.clone()),
        ];
        if let Some(d) = &self.event.detail {
            out.push(("Detail", d.to_string()));
        }
        out
    }
}

impl AuditState {
    /// Adds entries (any order, duplicates dropped), newest first, at most [`KEEP`];
    /// the selection stays on the same entry.
    pub fn merge(&mut self, new: Vec<AuditRow>) {
        if new.is_empty() && self.table.loaded {
            return;
        }
        let mut by_seq: BTreeMap<i64, AuditRow> = self
            .table
            .rows()
            .iter()
            .map(|r| (r.event.seq, r.clone()))
            .collect();
        for r in new {
            by_seq.insert(r.event.seq, r);
        }
        let rows: Vec<AuditRow> = by_seq.into_values().rev().take(KEEP).collect();
        self.table.set_rows(rows);
    }

    /// The newest sequence number held (shown or pending).
    pub fn newest(&self) -> Option<i64> {
        let shown = self.table.rows().first().map(|r| r.event.seq);
        let pending = self.pending.iter().map(|r| r.event.seq).max();
        shown.max(pending)
    }
}

#[cfg(test)]
mod tests {
    use ws_client::ws_api::workspace::audit::Outcome;

    use super::*;

    /// An entry at second `seq` of a fixed minute.
    pub(crate) fn entry(seq: i64, action: &str) -> AuditEvent {
        AuditEvent {
            seq,
            time: format!("2026-11-29T08:15:{:02}.000Z", seq % 60),
            actor: "201".into(),
            org: "101".into(),
            action: action.into(),
            target: format!("doc:{seq}"),
            outcome: Outcome::Ok,
            request_id: Some(format!("req-{seq}")),
            detail: None,
        }
    }

    #[test]
    fn merge_dedupes_orders_newest_first_and_keeps_the_selection() {
        let names = BTreeMap::from([("201".to_owned(), "alice".to_owned())]);
        let row = |s| AuditRow::new(entry(s, "docs.create"), Tz::UTC, &names);
        let mut st = AuditState::default();
        st.merge(vec![row(1), row(3), row(2)]);
        let seqs =
            |st: &AuditState| -> Vec<i64> { st.table.rows().iter().map(|r| r.event.seq).collect() };
        assert_eq!(seqs(&st), [3, 2, 1]);
        st.table.move_by(1, 10);
        st.merge(vec![row(2), row(4)]);
        assert_eq!(seqs(&st), [4, 3, 2, 1]);
        assert_eq!(st.table.selected_row().unwrap().event.seq, 2);
        assert_eq!(st.table.rows()[0].actor_name, "alice");
        assert_eq!(st.table.rows()[0].short_time, "11-29 08:15:04");
    }

    #[test]
    fn at_most_keep_entries_are_held() {
        let names = BTreeMap::new();
        let mut st = AuditState::default();
        let rows = (0..KEEP as i64 + 10)
            .map(|s| AuditRow::new(entry(s, "x"), Tz::UTC, &names))
            .collect();
        st.merge(rows);
        assert_eq!(st.table.rows().len(), KEEP);
        assert_eq!(st.newest(), Some(KEEP as i64 + 9));
    }
}
