//! Tests of the real `ws` binary (CARGO_BIN_EXE_ws) against real servers, keyrings and terminals.
//!
//! One test binary for the whole crate (each binary is a full link); one module per
//! subject. Add new integration tests as modules here, never as new `tests/*.rs` files.

mod util;

mod admin_admins;
mod admin_apply;
mod admin_apps;
mod admin_authz;
mod admin_import;
mod admin_machine_users;
mod admin_orgs_users;
mod admin_projects;
mod assets;
mod audit;
mod bulk_import;
mod bulk_retry;
mod cli;
mod confirm;
mod dashboard;
mod dashboard_create;
mod drive;
mod drive_resume;
mod drive_server_kill;
mod e2e;
mod e2e_machine;
mod fleet;
mod migrate_storage;
mod share_links;
mod share_remote_directory;
mod workspace_audit_share;
mod workspace_docs;
mod ws_cal;
