//! `ws-server`: configuration, tracing, router assembly and graceful shutdown.
