//! Wire types of the workspace API (`/api/v1`), one module per area.

pub mod docs;
