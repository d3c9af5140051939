//! Storage tests: every repository through the `Store` handle on a real database.
//!
//! One test binary for the whole crate (each binary is a full link); one module per
//! subject. Add new integration tests as modules here, never as new `tests/*.rs` files.

mod common;

mod access;
mod identity_events;
mod migrate;
mod oidc;
mod org_extras;
mod orgs;
mod projects;
mod second_factors;
mod store;
mod user_search;
mod users;
mod ws_calendars;
mod ws_concurrency;
mod ws_docs;
mod ws_drive;
