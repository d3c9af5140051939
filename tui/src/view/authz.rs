//! The Authorizations view: which user has which roles on which project.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::table::{self, Spec};
use crate::model::Model;

/// Draws the authorizations table.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let narrow = [
        (0, Constraint::Percentage(35)),
        (1, Constraint::Percentage(20)),
        (3, Constraint::Percentage(30)),
        (4, Constraint::Length(8)),
    ];
    let wide = [
        (0, Constraint::Percentage(25)),
        (1, Constraint::Percentage(15)),
        (2, Constraint::Percentage(15)),
        (3, Constraint::Percentage(20)),
        (4, Constraint::Length(8)),
        (5, Constraint::Min(18)),
    ];
    let columns: &[_] = if table::wide(area) { &wide } else { &narrow };
    let spec = Spec {
        title: "Authorizations",
        columns,
        empty: "No authorizations yet. Press c to assign roles to a user.",
    };
    table::draw(frame, area, &model.authz, &spec);
}
