//! Frame time of the Users view with 100,000 rows on ratatui's `TestBackend` (goal: under
//! 2 ms per frame), and resident memory before and after scrolling through every row
//! (goal: no growth, because only the visible window is drawn).
//!
//! `cargo bench -p ws-tui --bench users_view`; results go to `bench/RESULTS.md`.

use criterion::{Criterion, criterion_group};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ws_tui::data::UserRow;
use ws_tui::model::{Model, Settings};
use ws_tui::msg::{Data, Msg};
use ws_tui::update::update;

const ROWS: usize = 100_000;

fn model(size: (u16, u16)) -> Model {
    let mut m = Model::new(Settings::default(), size);
    let rows = (0..ROWS)
        .map(|i| {
            UserRow::new(
                &format!("{:018}", 648_000_000_000_000_000u64 + i as u64),
                &format!("user{i:06}"),
                &format!("User Number {i}"),
                &format!("user{i}@example.com"),
                if i % 7 == 0 { "locked" } else { "active" },
                "human",
            )
        })
        .collect();
    update(&mut m, Msg::Loaded(Data::Users(rows)));
    update(
        &mut m,
        Msg::Key(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE)),
    );
    m
}

fn key(m: &mut Model, code: KeyCode) {
    update(m, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn frames(c: &mut Criterion) {
    for size in [(80u16, 24u16), (200, 50)] {
        let mut m = model(size);
        let mut term = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        let name = format!("users_100k_frame_{}x{}", size.0, size.1);
        c.bench_function(&name, |b| {
            b.iter(|| {
                // One row down per frame, wrapping to the top at the end: every frame
                // draws a different window, as when holding `j`.
                if m.users.selected() + 1 == m.users.len() {
                    key(&mut m, KeyCode::Home);
                } else {
                    key(&mut m, KeyCode::Char('j'));
                }
                term.draw(|f| ws_tui::view::draw(f, &m)).unwrap();
            })
        });
    }
}

/// Resident set size in KiB (Linux `/proc/self/statm`; 0 elsewhere).
fn rss_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4
}

/// Scrolls page by page from the first to the last row, drawing every frame.
fn memory_while_scrolling() {
    let mut m = model((200, 50));
    let mut term = Terminal::new(TestBackend::new(200, 50)).unwrap();
    term.draw(|f| ws_tui::view::draw(f, &m)).unwrap();
    let before = rss_kib();
    let mut frames = 0u64;
    while m.users.selected() + 1 < m.users.len() {
        key(&mut m, KeyCode::PageDown);
        term.draw(|f| ws_tui::view::draw(f, &m)).unwrap();
        frames += 1;
    }
    let after = rss_kib();
    println!(
        "memory while scrolling {ROWS} rows ({frames} frames, 200x50): RSS {before} KiB before, {after} KiB after, growth {} KiB",
        after.saturating_sub(before)
    );
}

criterion_group!(benches, frames);

fn main() {
    memory_while_scrolling();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
