//! Integration tests of the workspace crate's parts on real files.
//!
//! One test binary for the whole crate (each binary is a full link); one module per
//! subject. Add new integration tests as modules here, never as new `tests/*.rs` files.

mod drive_blobs;
mod identity_events;
