//! Tests of the real `ws-server` binary and of its request edge: rate limits (in process
//! and shared through a real Redis), Prometheus metrics checked by `promtool`, TLS with
//! HTTP/2 and a SIGHUP certificate reload, cleartext HTTP/2, CORS.
//!
//! One test binary for the whole crate (each binary is a full link); one module per
//! subject. Add new integration tests as modules here, never as new `tests/*.rs` files.

mod binary;
mod limits;
mod master_key;
mod metrics;
mod redis;
mod support;
mod systemd_unit;
mod tls;
