//! The week grid: a time gutter and seven day columns (Monday first) under a header
//! of day names (today highlighted) and an all-day row. Timed occurrences are boxes
//! placed by their local start and end; the time slot per line is the smallest of
//! 15 min … 6 h that fits the hours in use (08:00–18:00, widened to cover every event).
//! Overlapping occurrences share their day column in lanes ([`lanes`]).

use chrono::{Duration, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::calendar::{hints, title};
use crate::calendar::{OccRow, lanes};
use crate::data::Row;
use crate::model::Model;

/// Width of the time gutter.
const GUTTER: u16 = 6;
/// Minutes per line, smallest first.
const SLOTS: [u32; 6] = [15, 30, 60, 120, 180, 360];
/// The narrowest lane worth drawing for side-by-side events (the width of `09:00`).
const MIN_LANE: u16 = 5;

/// The grid's time range in minutes and the minutes per line, for `rows` lines.
fn layout(rows: &[&OccRow], lines: u16) -> (u32, u32, u32) {
    let timed = rows.iter().filter_map(|r| r.minutes);
    let first = timed.clone().map(|m| m.0 / 60 * 60).fold(8 * 60, u32::min);
    let last = timed
        .map(|m| m.1.div_ceil(60) * 60)
        .fold(18 * 60, u32::max)
        .min(24 * 60);
    let span = last - first;
    let lines = u32::from(lines.max(1));
    let slot = SLOTS
        .iter()
        .copied()
        .find(|s| span.div_ceil(*s) <= lines)
        .unwrap_or(360);
    (first, last, slot)
}

/// Draws the grid.
pub(super) fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let mut t = title(model, "Week");
    t.push_str(&format!(" ({}) ", model.cal.table.len()));
    if model.cal.table.loading {
        t.push_str("⟳ ");
    }
    let block = Block::bordered()
        .title(Line::from(format!(" {t}")).bold())
        .title_bottom(hints(model).dark_gray());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(week) = model.cal.week else {
        return;
    };
    let rows: Vec<&OccRow> = model.cal.table.visible_rows().collect();
    let selected = model.cal.table.selected_row().map(|r| r.id().to_owned());
    let today = model
        .cal
        .now
        .map(|n| n.with_timezone(&model.settings.zone).date_naive());
    let col_w = (inner.width.saturating_sub(GUTTER)) / 7;
    let col = |i: u16| Rect {
        x: inner.x + GUTTER + i * col_w,
        y: inner.y,
        width: col_w.saturating_sub(1),
        height: inner.height,
    };
    let grid_top = inner.y + 3;
    let grid_h = inner.height.saturating_sub(3);
    let (first, last, slot) = layout(&rows, grid_h);
    draw_gutter(frame, inner, first, last, slot);
    for i in 0..7u16 {
        let day = week + Duration::days(i64::from(i));
        let c = col(i);
        header(frame, c, day, today == Some(day));
        all_day(frame, c, &rows, day, selected.as_deref());
        let area = Rect {
            y: grid_top,
            height: grid_h,
            ..c
        };
        let here: Vec<&OccRow> = rows
            .iter()
            .copied()
            .filter(|r| r.day == day && r.minutes.is_some())
            .collect();
        day_events(frame, area, &here, (first, slot), selected.as_deref());
    }
    if rows.is_empty() && grid_h > 1 {
        let note = Paragraph::new("No events this week.".dark_gray()).centered();
        let y = grid_top + grid_h / 2;
        frame.render_widget(
            note,
            Rect {
                y,
                height: 1,
                ..inner
            },
        );
    }
}

fn draw_gutter(frame: &mut Frame, inner: Rect, first: u32, last: u32, slot: u32) {
    let sep = Rect {
        y: inner.y + 2,
        height: 1,
        ..inner
    };
    frame.render_widget(
        Paragraph::new("─".repeat(usize::from(inner.width)).dark_gray()),
        sep,
    );
    let mut lines = Vec::new();
    let mut m = first;
    while m < last {
        lines.push(if m.is_multiple_of(60) {
            Line::from(format!("{:02}:00", m / 60).dark_gray())
        } else {
            Line::from("")
        });
        m += slot;
    }
    let gutter = Rect {
        y: inner.y + 3,
        width: GUTTER.min(inner.width),
        height: inner.height.saturating_sub(3),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines), gutter);
}

fn header(frame: &mut Frame, c: Rect, day: NaiveDate, today: bool) {
    let text = day.format("%a %d").to_string();
    let style = if today {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        Style::new().fg(Color::Cyan).bold()
    };
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(text, style))),
        Rect { height: 1, ..c },
    );
}

fn all_day(frame: &mut Frame, c: Rect, rows: &[&OccRow], day: NaiveDate, selected: Option<&str>) {
    let here: Vec<&&OccRow> = rows
        .iter()
        .filter(|r| r.minutes.is_none() && r.on(day))
        .collect();
    let Some(first) = here.first() else {
        return;
    };
    let mut text = first.summary_label.clone();
    if here.len() > 1 {
        text = format!("+{} {text}", here.len() - 1);
    }
    let style = if here.iter().any(|r| Some(r.id()) == selected) {
        Style::new().add_modifier(Modifier::REVERSED)
    } else {
        Style::new().fg(Color::Black).bg(Color::Green)
    };
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(text, style))),
        Rect {
            y: c.y + 1,
            height: 1,
            ..c
        },
    );
}

/// The grid lines `[top, bottom)` an occurrence covers (at least one).
fn line_span(r: &OccRow, (first, slot): (u32, u32)) -> (u32, u32) {
    let (from, to) = r.minutes.unwrap_or_default();
    let top = from.saturating_sub(first) / slot;
    let bottom = to.saturating_sub(first).div_ceil(slot).max(top + 1);
    (top, bottom)
}

/// One day's timed occurrences, overlapping ones side by side (lanes decided on the
/// lines they cover, so two events sharing a line never draw over each other). When
/// a cluster needs more lanes than the column has room for, the first lanes that fit
/// are drawn and a `+N` on the cluster's first line counts the events left out; the
/// selected occurrence's lane is always among those drawn, so it stays visible.
fn day_events(
    frame: &mut Frame,
    area: Rect,
    here: &[&OccRow],
    grid: (u32, u32),
    selected: Option<&str>,
) {
    let spans: Vec<(u32, u32)> = here.iter().map(|r| line_span(r, grid)).collect();
    let placed = lanes::assign(&spans);
    let picked = here.iter().position(|r| selected == Some(r.id()));
    let room = cluster_room(frame, area, &placed, &spans, picked);
    for (i, r) in here.iter().enumerate() {
        let p = placed[i];
        let (shown, width) = &room[p.cluster];
        let Some(slot) = shown.iter().position(|&l| l == p.lane) else {
            continue;
        };
        let (slot, n, width) = (slot as u32, shown.len() as u32, u32::from(*width));
        let x = width * slot / n;
        let next = width * (slot + 1) / n;
        // A blank column between lanes, so neighbouring boxes stay apart.
        let gap = u32::from(slot + 1 < n);
        let rect = Rect {
            x: area.x + x as u16,
            width: (next - x).saturating_sub(gap).max(1) as u16,
            ..area
        };
        event_box(frame, rect, r, spans[i], picked == Some(i));
    }
}

/// Per cluster: the lanes drawn (left to right) and the width they share; draws the
/// `+N` marker of a cluster with events left out (its width is taken from the lanes).
fn cluster_room(
    frame: &mut Frame,
    area: Rect,
    placed: &[lanes::Placement],
    spans: &[(u32, u32)],
    picked: Option<usize>,
) -> Vec<(Vec<usize>, u16)> {
    let clusters = placed.iter().map(|p| p.cluster + 1).max().unwrap_or(0);
    let mut room = Vec::with_capacity(clusters);
    for c in 0..clusters {
        let members = || (0..placed.len()).filter(|&i| placed[i].cluster == c);
        let lanes = members().map(|i| placed[i].lanes).max().unwrap_or(1);
        let fit = usize::from((area.width / MIN_LANE).max(1)).min(lanes);
        let mut shown: Vec<usize> = (0..fit).collect();
        if let Some(p) = picked.map(|i| placed[i]).filter(|p| p.cluster == c)
            && p.lane >= fit
        {
            shown[fit - 1] = p.lane;
        }
        let hidden = members()
            .filter(|&i| !shown.contains(&placed[i].lane))
            .count();
        let mut width = area.width;
        if hidden > 0 {
            let top = members().map(|i| spans[i].0).min().unwrap_or(0);
            let mark = format!("+{hidden}");
            let w = u16::try_from(mark.len())
                .unwrap_or(u16::MAX)
                .min(area.width);
            width -= w;
            if top < u32::from(area.height) {
                let at = Rect {
                    x: area.x + width,
                    y: area.y + top as u16,
                    width: w,
                    height: 1,
                };
                frame.render_widget(Paragraph::new(mark.bold().fg(Color::Yellow)), at);
            }
        }
        room.push((shown, width));
    }
    room
}

fn event_box(frame: &mut Frame, area: Rect, r: &OccRow, (top, bottom): (u32, u32), selected: bool) {
    let max = u32::from(area.height);
    if top >= max || area.width == 0 {
        return;
    }
    let height = (bottom.min(max) - top) as u16;
    let rect = Rect {
        y: area.y + top as u16,
        height,
        ..area
    };
    let style = if selected {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        Style::new().fg(Color::Black).bg(Color::Cyan)
    };
    // The start time only when the column has room for it and the title.
    let start = r.time_label.split('–').next().unwrap_or("");
    let title = &r.summary_label;
    let first = if usize::from(rect.width) > start.len() + title.chars().count() {
        format!("{start} {title}")
    } else {
        title.clone()
    };
    let mut lines = vec![Line::from(first)];
    if !r.occ.location.is_empty() {
        lines.push(Line::from(r.occ.location.clone()));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .style(style)
            .wrap(ratatui::widgets::Wrap { trim: true }),
        rect,
    );
}
