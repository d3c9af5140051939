//! Snapshot tests of the dashboard's views rendered on ratatui's TestBackend.
//!
//! One test binary for the whole crate (each binary is a full link); one module per
//! subject. Add new integration tests as modules here, never as new `tests/*.rs` files.

mod files_views;
mod views;
mod views_calaudit;
