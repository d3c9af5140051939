//! Drawing: [`draw`] is a pure function of the [`Model`]. It lays out the tab bar, the
//! current view (one file per view under `view/`), the status line and the overlay on
//! top, or a clear message when the terminal is too small.

mod authz;
// calendar/audit
mod audit;
mod calendar;
mod calendar_details;
mod calendar_week;
mod details;
// docs/drive
mod docs;
mod drive;
mod form;
mod grants;
mod help;
mod orgs;
mod overview;
mod palette;
mod projects;
mod table;
mod transfers;
mod users;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::model::{MIN_SIZE, Model, Overlay, Tab};

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, model: &Model) {
    let area = frame.area();
    if model.too_small() {
        too_small(frame, area, model);
        return;
    }
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_tabs(frame, tabs, model);
    // docs/drive: the transfers panel takes the bottom of the body while open.
    let (body, panel) = transfers::split(body, model);
    if let Some(panel) = panel {
        transfers::draw(frame, panel, model);
    }
    match model.tab {
        Tab::Overview => overview::draw(frame, body, model),
        Tab::Users => users::draw(frame, body, model),
        Tab::Orgs => orgs::draw(frame, body, model),
        Tab::Projects => projects::draw(frame, body, model),
        Tab::Grants => grants::draw(frame, body, model),
        Tab::Authz => authz::draw(frame, body, model),
        // calendar/audit
        Tab::Calendar => calendar::draw(frame, body, model),
        Tab::Audit => audit::draw(frame, body, model),
        // docs/drive
        Tab::Docs => docs::draw(frame, body, model),
        Tab::Drive => drive::draw(frame, body, model),
    }
    draw_status(frame, status, model);
    match &model.overlay {
        Some(Overlay::Help(filter, scroll)) => help::draw(frame, body, model, filter, *scroll),
        Some(Overlay::Palette(input, sel)) => palette::draw(frame, body, model, input, *sel),
        // docs/drive
        Some(Overlay::Details) if model.tab == Tab::Docs => docs::draw_details(frame, body, model),
        Some(Overlay::Details) if model.tab == Tab::Drive => {
            drive::draw_details(frame, body, model)
        }
        Some(Overlay::Details) => details::draw(frame, body, model),
        Some(Overlay::Form(f)) => form::draw(frame, body, f),
        Some(Overlay::Filter(_)) | None => {}
    }
}

fn too_small(frame: &mut Frame, area: Rect, model: &Model) {
    let text = vec![
        Line::from("Terminal too small".bold()),
        Line::from(format!(
            "{}×{}; the dashboard needs at least {}×{}.",
            model.size.0, model.size.1, MIN_SIZE.0, MIN_SIZE.1
        )),
        Line::from("Enlarge the window, or press q to quit."),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// The tab labels and their widths as drawn (short titles on narrow terminals).
fn tab_labels(model: &Model) -> Vec<(Tab, String)> {
    let wide = model.size.0 >= 120;
    Tab::ALL
        .iter()
        .map(|&t| {
            let title = match t {
                Tab::Authz if !wide => "Authz",
                t => t.title(),
            };
            let label = if wide {
                format!(" {} {title} ", (t.index() + 1) % 10)
            } else {
                title.to_owned()
            };
            (t, label)
        })
        .collect()
}

/// The tab drawn at a column of the tab bar (mouse clicks).
pub fn tab_at(model: &Model, column: u16) -> Option<Tab> {
    let mut x = 0u16;
    for (tab, label) in tab_labels(model) {
        let w = label.chars().count() as u16;
        if column >= x && column < x + w {
            return Some(tab);
        }
        x += w + 1;
    }
    None
}

fn draw_tabs(frame: &mut Frame, area: Rect, model: &Model) {
    let mut spans = Vec::new();
    for (i, (tab, label)) in tab_labels(model).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" "));
        }
        let style = if tab == model.tab {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().fg(Color::Gray)
        };
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Line::from(spans), area);
}

fn draw_status(frame: &mut Frame, area: Rect, model: &Model) {
    let mut flags = Vec::new();
    if !model.inflight.is_empty() {
        flags.push("loading…".to_owned());
    }
    flags.push(if model.paused {
        "paused".into()
    } else {
        "live".into()
    });
    if model.settings.readonly {
        flags.push("read-only".into());
    }
    flags.push(model.settings.profile.clone());
    let right = format!(" {} ", flags.join(" · "));
    let right_w = (right.chars().count() as u16).min(area.width / 3);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(right_w)]).areas(area);
    let left = match (&model.overlay, &model.status) {
        (Some(Overlay::Filter(_)), _) => {
            let text = crate::update::current_filter(model);
            Line::from(vec![Span::raw("/"), Span::raw(text), Span::raw("█")])
        }
        (_, Some(s)) if s.error => Line::from(Span::styled(
            format!(" ✗ {}", s.text),
            Style::new().fg(Color::Red).bold(),
        )),
        (_, Some(s)) => Line::from(format!(" {}", s.text)),
        (_, None) => Line::from(" ? help · : commands · / filter · q quit".dark_gray()),
    };
    frame.render_widget(Paragraph::new(left), left_area);
    frame.render_widget(
        Paragraph::new(Line::from(right.dark_gray()).right_aligned()),
        right_area,
    );
}

/// A rectangle of `w`×`h` centred in `area` (clipped to it).
pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Clears a popup's area before it is drawn.
pub(crate) fn popup(frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
}
