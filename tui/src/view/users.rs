//! The Users view: username, name, email, state and type (plus ids when wide).

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::table::{self, Spec};
use crate::model::Model;

/// Draws the users table.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let narrow = [
        (0, Constraint::Percentage(25)),
        (1, Constraint::Percentage(25)),
        (2, Constraint::Percentage(30)),
        (3, Constraint::Length(8)),
        (4, Constraint::Length(7)),
    ];
    let wide = [
        (0, Constraint::Percentage(20)),
        (1, Constraint::Percentage(18)),
        (2, Constraint::Percentage(25)),
        (3, Constraint::Length(8)),
        (4, Constraint::Length(7)),
        (5, Constraint::Min(18)),
    ];
    let columns: &[_] = if table::wide(area) { &wide } else { &narrow };
    let spec = Spec {
        title: "Users",
        columns,
        empty: "No users in this organization yet. Press c to create one.",
    };
    table::draw(frame, area, &model.users, &spec);
}
