//! The workspace API: docs, drive, calendars, sharing and audit under `/api/v1`.
pub mod docs;
