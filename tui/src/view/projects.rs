//! The Projects view (Enter shows a project's roles).

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::table::{self, Spec};
use crate::model::Model;

/// Draws the projects table.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let narrow = [
        (0, Constraint::Percentage(35)),
        (1, Constraint::Length(8)),
        (2, Constraint::Percentage(25)),
        (4, Constraint::Min(10)),
    ];
    let wide = [
        (0, Constraint::Percentage(30)),
        (1, Constraint::Length(8)),
        (2, Constraint::Percentage(20)),
        (3, Constraint::Percentage(20)),
        (4, Constraint::Min(18)),
    ];
    let columns: &[_] = if table::wide(area) { &wide } else { &narrow };
    let spec = Spec {
        title: "Projects (enter: roles)",
        columns,
        empty: "No projects in this organization.",
    };
    table::draw(frame, area, &model.projects, &spec);
}
