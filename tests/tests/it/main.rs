//! End-to-end tests across crates: the real server in-process, real clients, Chromium, SDKs.
//!
//! One test binary for the whole crate (each binary is a full link); one module per
//! subject. Add new integration tests as modules here, never as new `tests/*.rs` files.

mod auth_support;
mod mgmt_wire_support;
mod oidc_support;

mod auth_introspection;
mod auth_jwks;
mod auth_jwt;
mod auth_revocation;
mod browser_harness;
mod browser_login;
mod browser_second_factor;
mod mgmt_api;
mod mgmt_apps;
mod mgmt_conformance;
mod mgmt_grpc;
mod mgmt_tokens;
mod oidc_provider;
mod proxy_sign_in;
mod sdk_python;
mod server_bootstrap;
mod server_config;
mod server_ops;
mod storage_faults;
mod storage_faults_s3;
mod workspace_auth;
mod ws_audit;
mod ws_audit_cross_org;
mod ws_calendars;
mod ws_directory_idp;
mod ws_docs;
mod ws_drive;
mod ws_drive_copy;
mod ws_drive_gc;
mod ws_foundation;
mod ws_permissions;
mod ws_probe_ids;
mod ws_provision_race;
mod ws_sharing;
mod ws_strict_json;
mod ws_workspace_only;
