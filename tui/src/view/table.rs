//! The list views' shared table: a bordered table of only the visible window of rows
//! (so 100,000 rows cost what 40 do), with the filter and counts in the title and a
//! clear message when there is nothing (loading, an error, an empty organization).

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Row as TRow, Table as TTable, TableState, Wrap};

use crate::data::Row;
use crate::table::Table;

/// How to draw one list.
pub(super) struct Spec<'a> {
    /// Title, e.g. "Users".
    pub title: &'a str,
    /// Indices into `Row::HEADERS` to show, with their widths.
    pub columns: &'a [(usize, Constraint)],
    /// What to say when the server has none.
    pub empty: &'a str,
}

/// Draws `table` into `area` as described by `spec`.
pub(super) fn draw<T: Row>(frame: &mut Frame, area: Rect, table: &Table<T>, spec: &Spec<'_>) {
    let mut title = format!(" {} ", spec.title);
    if table.loaded {
        if table.filter().is_empty() {
            title.push_str(&format!("({}) ", table.len()));
        } else {
            title.push_str(&format!(
                "({} of {}) /{} ",
                table.len(),
                table.rows().len(),
                table.filter()
            ));
        }
    }
    if table.loading {
        title.push_str("⟳ ");
    }
    let block = Block::bordered().title(Line::from(title).bold());
    let page = usize::from(area.height.saturating_sub(3));
    if table.is_empty() {
        let text = if !table.loaded {
            match &table.error {
                Some(e) => format!("Could not load: {e}"),
                None => "Loading…".to_owned(),
            }
        } else if !table.filter().is_empty() {
            format!(
                "No {} match the filter '{}' (Esc clears it).",
                spec.title.to_lowercase(),
                table.filter()
            )
        } else {
            spec.empty.to_owned()
        };
        let p = Paragraph::new(text).wrap(Wrap { trim: true }).block(block);
        frame.render_widget(p, area);
        return;
    }
    let header = TRow::new(spec.columns.iter().map(|(i, _)| T::HEADERS[*i]))
        .style(Style::new().add_modifier(Modifier::BOLD).fg(Color::Cyan));
    let rows = table.window(page).map(|(_, row)| {
        let cells = row.cells();
        TRow::new(spec.columns.iter().map(move |(i, _)| cells[*i].to_owned()))
    });
    let widths: Vec<Constraint> = spec.columns.iter().map(|(_, w)| *w).collect();
    let widget = TTable::new(rows, widths)
        .header(header)
        .block(block)
        .column_spacing(1)
        .row_highlight_style(Style::new().add_modifier(Modifier::REVERSED))
        .highlight_symbol("› ");
    let mut state = TableState::default().with_selected(Some(
        table.selected() - table.offset().min(table.selected()),
    ));
    frame.render_stateful_widget(widget, area, &mut state);
    if let Some(e) = &table.error {
        // Stale rows stay visible; the border says they may be out of date.
        let note = Line::from(format!(" stale: {e} ").red());
        let bottom = Rect {
            y: area.y + area.height.saturating_sub(1),
            height: 1,
            ..area
        };
        frame.render_widget(
            Paragraph::new(note).right_aligned(),
            bottom.inner(ratatui::layout::Margin::new(1, 0)),
        );
    }
}

/// Whether the body is wide enough for the extra columns.
pub(super) fn wide(area: Rect) -> bool {
    area.width >= 120
}
