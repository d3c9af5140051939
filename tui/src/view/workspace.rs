//! Docs, Drive, Calendar and Audit: the workspace views. This build of the dashboard
//! has no client for the workspace API, so each says so plainly instead of pretending.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Stylize;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::model::{Model, Tab};

/// Draws the "not available" panel of a workspace view.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let what = match model.tab {
        Tab::Docs => "Docs are",
        Tab::Drive => "Drive is",
        Tab::Calendar => "Calendars are",
        _ => "The audit log is",
    };
    let text = vec![
        Line::from(format!("{what} not available on this server.").bold()),
        Line::from(""),
        Line::from(format!(
            "The workspace API at {} is not reachable through this dashboard yet; \
             the identity views (2–6) work.",
            model.settings.api_url
        )),
    ];
    let block = Block::bordered().title(Line::from(format!(" {} ", model.tab.title())).bold());
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: true }).block(block),
        area,
    );
}
