//! The Project grants view: projects shared with other organizations.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::table::{self, Spec};
use crate::model::Model;

/// Draws the grants table.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let narrow = [
        (0, Constraint::Percentage(30)),
        (1, Constraint::Percentage(30)),
        (2, Constraint::Percentage(30)),
        (3, Constraint::Length(8)),
    ];
    let wide = [
        (0, Constraint::Percentage(25)),
        (1, Constraint::Percentage(25)),
        (2, Constraint::Percentage(25)),
        (3, Constraint::Length(8)),
        (4, Constraint::Min(18)),
    ];
    let columns: &[_] = if table::wide(area) { &wide } else { &narrow };
    let spec = Spec {
        title: "Project grants",
        columns,
        empty: "No project is granted to another organization. Press c to grant one.",
    };
    table::draw(frame, area, &model.grants, &spec);
}
