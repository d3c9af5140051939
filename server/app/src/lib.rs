//! `ws-server`: configuration, tracing, router assembly, bootstrap and graceful
//! shutdown. The binary (`main.rs`) only parses arguments and calls into this library,
//! so tests start the real server in-process on a port-0 listener ([`start`]).
//!
//! Owns no domain logic: identity lives in `ws-identity`, persistence in `ws-storage`.

pub mod cli;
mod client_addr;
pub mod config;
pub mod config_blobs;
mod config_env;
pub mod config_file;
pub mod config_rate_limit;
pub mod config_storage;
pub mod config_workspace;
mod duration_serde;
mod edge;
mod file_mode;
pub mod http;
pub mod master_key;
pub mod metrics;
pub mod migrate_storage;
mod quota_serde;
mod rate_limit;
mod ready;
pub mod rotate;
pub mod server;
pub mod telemetry;
mod tls;
pub mod trace_context;
mod workspace;

pub use config::{FlagOverrides, ServerConfig};
pub use server::{RunningServer, launch_with_listener, shutdown_signal, start};
