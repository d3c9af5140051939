//! Wire types of the workspace API (`/api/v1`).

pub mod drive;
