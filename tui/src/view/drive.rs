//! The Drive view: the items of the current folder (folders first), the breadcrumb
//! path on the top border, and the details pane of a file or folder (size, type,
//! sha256, modified, who it is shared with).

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Stylize;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};
use ws_client::ws_api::workspace::sharing::ResourceKind;

use super::docs::{field, shares, user_name};
use super::table::{self, Spec};
use super::{centered, popup};
use crate::data::Row;
use crate::files::ShareTarget;
use crate::keymap::Action;
use crate::model::Model;

/// Draws the folder's items and the breadcrumb.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let narrow = [
        (0, Constraint::Percentage(40)),
        (1, Constraint::Length(11)),
        (2, Constraint::Percentage(25)),
        (3, Constraint::Length(16)),
    ];
    let wide = [
        (0, Constraint::Percentage(35)),
        (1, Constraint::Length(11)),
        (2, Constraint::Percentage(20)),
        (3, Constraint::Length(16)),
        (4, Constraint::Min(18)),
    ];
    let drive = &model.files.drive;
    let columns: &[_] = if table::wide(area) { &wide } else { &narrow };
    let empty = if drive.shared && drive.path.is_empty() {
        "Nobody has shared anything with you yet."
    } else {
        "This folder is empty. Press u to upload a file."
    };
    let spec = Spec {
        title: "Drive",
        columns,
        empty,
    };
    table::draw(frame, area, &drive.table, &spec);
    // The path goes on the top border, right of the title.
    let crumb = format!(" {} ", drive.breadcrumb());
    let top = Rect {
        x: area.x + area.width / 3,
        width: area.width.saturating_sub(area.width / 3 + 1),
        height: 1,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::from(crumb.bold()).right_aligned()),
        top,
    );
}

/// Draws the details popup of the selected item.
pub(super) fn draw_details(frame: &mut Frame, body: Rect, model: &Model) {
    let Some(row) = model.files.drive.table.selected_row() else {
        return;
    };
    let mut lines: Vec<Line> = row
        .details()
        .into_iter()
        .map(|(k, v)| match k {
            "Owner" => field(k, user_name(model, &v)),
            _ => field(k, v),
        })
        .collect();
    lines.push(field("Location", model.files.drive.breadcrumb()));
    let kind = if row.folder {
        ResourceKind::Folder
    } else {
        ResourceKind::File
    };
    let target = ShareTarget {
        kind,
        id: row.id.clone(),
    };
    lines.extend(shares(model, &target));
    lines.push(Line::from(""));
    let km = &model.settings.keymap;
    let mut hints = Vec::new();
    if !row.folder {
        hints.push(format!("{} download", km.label(Action::Download)));
    }
    hints.push(if model.settings.readonly {
        "read-only: sharing is disabled".to_owned()
    } else {
        format!("{} share", km.label(Action::Share))
    });
    lines.push(Line::from(hints.join(" · ").dark_gray()));
    let h = (lines.len() as u16 + 2).min(body.height);
    let area = centered(body, body.width.saturating_sub(8).min(100), h);
    popup(frame, area);
    let title = format!(" {} (esc: back) ", row.name);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(Line::from(title).bold())),
        area,
    );
}
