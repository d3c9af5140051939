//! The Audit view: the live tail, newest first, with the stream's state in the title
//! (live, paused with how many entries wait, reconnecting) and `/` filtering.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::table::{self, Spec};
use crate::audit::Conn;
use crate::model::Model;

/// "live", "paused · 3 new", "reconnecting…".
pub(super) fn state(model: &Model) -> String {
    let a = &model.audit;
    match &a.conn {
        Conn::Idle | Conn::Connecting => "connecting…".into(),
        Conn::Lost(_) => "reconnecting…".into(),
        Conn::Unavailable(_) => "not available".into(),
        Conn::Live if model.paused => format!("paused · {} new", a.pending.len()),
        Conn::Live => "live".into(),
    }
}

/// Draws the audit table.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let narrow = [
        (0, Constraint::Length(14)),
        (1, Constraint::Percentage(18)),
        (2, Constraint::Percentage(25)),
        (3, Constraint::Percentage(35)),
        (4, Constraint::Length(7)),
    ];
    let wide = [
        (0, Constraint::Length(14)),
        (1, Constraint::Percentage(14)),
        (2, Constraint::Percentage(20)),
        (3, Constraint::Percentage(25)),
        (4, Constraint::Length(7)),
        (5, Constraint::Min(20)),
    ];
    let columns: &[_] = if table::wide(area) { &wide } else { &narrow };
    let title = format!("Audit · {} · {}", state(model), model.settings.zone);
    let empty = match &model.audit.conn {
        Conn::Unavailable(e) => format!("The audit log is not available: {e}"),
        _ => {
            "No audit entries in the last 24 hours; new ones appear here as they happen.".to_owned()
        }
    };
    let spec = Spec {
        title: &title,
        columns,
        empty: &empty,
    };
    table::draw(frame, area, &model.audit.table, &spec);
}
