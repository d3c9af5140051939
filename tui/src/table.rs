//! [`Table`]: the state of one list view — its rows, the `/` filter (a leading `!`
//! inverts it), which filtered rows are visible, the selection and the scroll window.
//! Drawing reads only the window `offset .. offset + page`, so a frame costs the same
//! with ten rows or a hundred thousand.

use crate::data::Row;

/// Rows plus filter, selection, scroll offset and loading state.
#[derive(Debug, Clone)]
pub struct Table<T> {
    rows: Vec<T>,
    visible: Vec<usize>,
    filter: String,
    selected: usize,
    offset: usize,
    /// Rows have arrived at least once.
    pub loaded: bool,
    /// A load is in flight.
    pub loading: bool,
    /// The last load failed with this message (stale rows stay shown).
    pub error: Option<String>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Self {
            rows: Vec::new(),
            visible: Vec::new(),
            filter: String::new(),
            selected: 0,
            offset: 0,
            loaded: false,
            loading: false,
            error: None,
        }
    }
}

/// Whether `haystack` passes `filter` (case-insensitive substring; `!text` inverts).
pub fn matches(filter: &str, haystack: &str) -> bool {
    let (invert, text) = match filter.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, filter),
    };
    if text.is_empty() {
        return true;
    }
    haystack.contains(&text.to_lowercase()) != invert
}

impl<T: Row> Table<T> {
    /// A loaded table with these rows.
    pub fn with_rows(rows: Vec<T>) -> Self {
        let mut t = Self::default();
        t.set_rows(rows);
        t
    }

    /// Replaces the rows (a load arrived), keeping the selection on the same id.
    pub fn set_rows(&mut self, rows: Vec<T>) {
        let keep = self.selected_row().map(|r| r.id().to_owned());
        self.rows = rows;
        self.loaded = true;
        self.loading = false;
        self.error = None;
        self.refilter();
        if let Some(id) = keep
            && let Some(pos) = self.visible.iter().position(|&i| self.rows[i].id() == id)
        {
            self.selected = pos;
        }
        self.clamp();
    }

    /// All rows, unfiltered.
    pub fn rows(&self) -> &[T] {
        &self.rows
    }

    /// The current filter text (may start with `!`).
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Sets the filter and recomputes the visible rows; the selection goes to the top.
    pub fn set_filter(&mut self, filter: &str) {
        if filter == self.filter {
            return;
        }
        self.filter = filter.to_owned();
        self.refilter();
        self.selected = 0;
        self.offset = 0;
    }

    fn refilter(&mut self) {
        let f = &self.filter;
        self.visible = (0..self.rows.len())
            .filter(|&i| matches(f, self.rows[i].haystack()))
            .collect();
    }

    /// How many rows pass the filter.
    pub fn len(&self) -> usize {
        self.visible.len()
    }

    /// Whether no row passes the filter.
    pub fn is_empty(&self) -> bool {
        self.visible.is_empty()
    }

    /// The selected position among the visible rows.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The first visible position drawn.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The selected row, if any.
    pub fn selected_row(&self) -> Option<&T> {
        self.visible.get(self.selected).map(|&i| &self.rows[i])
    }

    /// Every row that passes the filter, in order (calendar/audit: the week grid).
    pub fn visible_rows(&self) -> impl Iterator<Item = &T> {
        self.visible.iter().map(|&i| &self.rows[i])
    }

    /// The visible rows from `offset`, at most `page` of them, with their positions.
    pub fn window(&self, page: usize) -> impl Iterator<Item = (usize, &T)> {
        let start = self.offset.min(self.visible.len());
        let end = (start + page).min(self.visible.len());
        (start..end).map(move |pos| (pos, &self.rows[self.visible[pos]]))
    }

    /// Moves the selection by `delta` rows and scrolls so it stays within a `page`-row window.
    pub fn move_by(&mut self, delta: isize, page: usize) {
        let last = self.visible.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.scroll_into_view(page);
    }

    /// Selects the first row.
    pub fn home(&mut self) {
        self.selected = 0;
        self.offset = 0;
    }

    /// Selects the last row.
    pub fn end(&mut self, page: usize) {
        self.selected = self.visible.len().saturating_sub(1);
        self.scroll_into_view(page);
    }

    /// Selects a visible position (a mouse click), scrolled into view.
    pub fn select(&mut self, pos: usize, page: usize) {
        self.selected = pos.min(self.visible.len().saturating_sub(1));
        self.scroll_into_view(page);
    }

    /// Selects the visible row with this id, scrolled into view; `false` when it is not shown.
    pub fn select_id(&mut self, id: &str, page: usize) -> bool {
        match self.visible.iter().position(|&i| self.rows[i].id() == id) {
            Some(pos) => {
                self.select(pos, page);
                true
            }
            None => false,
        }
    }

    /// Adjusts the offset so the selection is inside `offset .. offset + page`.
    pub fn scroll_into_view(&mut self, page: usize) {
        let page = page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
    }

    fn clamp(&mut self) {
        let last = self.visible.len().saturating_sub(1);
        self.selected = self.selected.min(last);
        self.offset = self.offset.min(self.selected);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::UserRow;

    fn users(n: usize) -> Vec<UserRow> {
        (0..n)
            .map(|i| {
                UserRow::new(
                    &format!("id{i}"),
                    &format!("user{i:05}"),
                    "",
                    "",
                    if i % 2 == 0 { "active" } else { "locked" },
                    "human",
                )
            })
            .collect()
    }

    #[test]
    fn filter_and_inverted_filter_partition_the_rows() {
        let mut t = Table::with_rows(users(10));
        t.set_filter("LOCKED");
        assert_eq!(t.len(), 5);
        t.set_filter("!locked");
        assert_eq!(t.len(), 5);
        assert_eq!(t.selected_row().unwrap().state, "active");
        t.set_filter("!");
        assert_eq!(t.len(), 10, "a bare ! filters nothing");
    }

    #[test]
    fn scrolling_keeps_the_selection_in_the_window() {
        let mut t = Table::with_rows(users(10_000));
        t.move_by(25, 20);
        assert_eq!((t.selected(), t.offset()), (25, 6));
        t.end(20);
        assert_eq!((t.selected(), t.offset()), (9_999, 9_980));
        let window: Vec<usize> = t.window(20).map(|(p, _)| p).collect();
        assert_eq!(window.len(), 20);
        assert_eq!(window.last(), Some(&9_999));
        t.move_by(-100, 20);
        assert_eq!((t.selected(), t.offset()), (9_899, 9_899));
        t.home();
        assert_eq!((t.selected(), t.offset()), (0, 0));
        t.move_by(-3, 20);
        assert_eq!(t.selected(), 0, "no wrap below zero");
    }

    #[test]
    fn a_refresh_keeps_the_selected_id() {
        let mut t = Table::with_rows(users(10));
        t.move_by(4, 5);
        let mut fewer = users(10);
        fewer.remove(0);
        t.set_rows(fewer);
        assert_eq!(t.selected_row().unwrap().id, "id4");
        t.set_rows(Vec::new());
        assert!(t.selected_row().is_none() && t.is_empty());
    }
}
