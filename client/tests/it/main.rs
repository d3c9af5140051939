//! Integration tests of ws-client: real keyrings and the ZITADEL API client against a real server.
//!
//! One test binary for the whole crate (each binary is a full link); one module per
//! subject. Add new integration tests as modules here, never as new `tests/*.rs` files.

mod keyring;
mod zitadel_api;
