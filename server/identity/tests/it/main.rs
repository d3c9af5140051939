//! Integration tests of the embedded identity provider, through its router on a real SQLite store.
//!
//! One test binary for the whole crate (each binary is a full link); one module per
//! subject. Add new integration tests as modules here, never as new `tests/*.rs` files.

mod interactive;
mod tokens;
