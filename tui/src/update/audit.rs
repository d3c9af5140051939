//! The audit tail's part of the state machine: entries arriving from the follow task
//! (shown at the top, or held while live refresh is paused), the stream's connection
//! state in the status line, and the Overview's workspace counts.

use std::collections::BTreeMap;

use crate::audit::{AuditMsg, AuditRow, Conn, Counts};
use crate::model::{Model, Tab};
use crate::msg::Effect;

/// User id → username, from the Users view's rows (names actors when known).
fn names(model: &Model) -> BTreeMap<String, String> {
    model
        .users
        .rows()
        .iter()
        .map(|u| (u.id.clone(), u.username.clone()))
        .collect()
}

/// Applies a message of the follow task.
pub(super) fn on_msg(model: &mut Model, msg: AuditMsg) -> Vec<Effect> {
    match msg {
        AuditMsg::Backfill(events) => {
            let names = names(model);
            let rows = events
                .into_iter()
                .map(|e| AuditRow::new(e, model.settings.zone, &names))
                .collect();
            arrive(model, rows);
        }
        AuditMsg::Entry(event) => {
            let row = AuditRow::new(event, model.settings.zone, &names(model));
            arrive(model, vec![row]);
        }
        AuditMsg::Connected => {
            if matches!(model.audit.conn, Conn::Lost(_)) {
                model.info("Audit stream connected again");
            }
            model.audit.conn = Conn::Live;
            model.audit.table.error = None;
        }
        AuditMsg::Lost(e) => {
            model.error(format!("audit stream lost: {e}; reconnecting…"));
            model.audit.table.error = Some(e.clone());
            model.audit.conn = Conn::Lost(e);
        }
        AuditMsg::Unavailable(e) => {
            if model.tab == Tab::Audit {
                model.error(format!("the audit log is not available: {e}"));
            }
            model.audit.table.error = Some(e.clone());
            model.audit.conn = Conn::Unavailable(e);
        }
    }
    Vec::new()
}

/// New rows go to the top, or wait while paused (each counted once).
fn arrive(model: &mut Model, rows: Vec<AuditRow>) {
    if !model.paused {
        // At the top, the selection follows the newest entry; elsewhere it stays put.
        let following = model.audit.table.selected() == 0;
        model.audit.merge(rows);
        if following {
            model.audit.table.home();
        }
        let page = model.page();
        model.audit.table.scroll_into_view(page);
        return;
    }
    for r in rows {
        let seq = r.event.seq;
        let known = model.audit.table.rows().iter().any(|s| s.event.seq == seq)
            || model.audit.pending.iter().any(|p| p.event.seq == seq);
        if !known {
            model.audit.pending.push(r);
        }
    }
    if !model.audit.table.loaded {
        // The first backfill while paused still shows an (empty) list, not "loading".
        model.audit.merge(Vec::new());
    }
}

/// Live refresh resumed: show what arrived meanwhile.
pub(super) fn resume(model: &mut Model) {
    let pending = std::mem::take(&mut model.audit.pending);
    if !pending.is_empty() {
        model.info(format!(
            "Live refresh resumed: {} new audit entries",
            pending.len()
        ));
    }
    model.audit.merge(pending);
}

/// Starts the follow task once (it reconnects by itself).
pub(super) fn follow(model: &mut Model) -> Vec<Effect> {
    if model.audit.conn != Conn::Idle {
        return Vec::new();
    }
    model.audit.conn = Conn::Connecting;
    vec![Effect::FollowAudit]
}

/// Counts docs and drive items unless a count is in flight.
pub(super) fn count(model: &mut Model) -> Vec<Effect> {
    if model.counts.loading {
        return Vec::new();
    }
    model.counts.loading = true;
    vec![Effect::CountWorkspace]
}

/// Counts arrived.
pub(super) fn on_counts(model: &mut Model, counts: Counts) {
    model.counts = Counts {
        loading: false,
        ..counts
    };
}
