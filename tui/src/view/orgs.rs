//! The Organizations view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::table::{self, Spec};
use crate::model::Model;

/// Draws the organizations table.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let columns = [
        (0, Constraint::Percentage(35)),
        (1, Constraint::Percentage(35)),
        (2, Constraint::Length(8)),
        (3, Constraint::Min(10)),
    ];
    let spec = Spec {
        title: "Organizations",
        columns: &columns,
        empty: "No organizations are visible to you.",
    };
    table::draw(frame, area, &model.orgs, &spec);
}
