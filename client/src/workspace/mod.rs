//! Workspace API calls (`/api/v1`).

pub mod drive;
