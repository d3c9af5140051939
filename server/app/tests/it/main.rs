//! Integration tests of the request edge: rate limits (in process and shared through a
//! real Redis), Prometheus metrics checked by `promtool`, TLS with HTTP/2 and a SIGHUP
//! certificate reload, cleartext HTTP/2, CORS.

mod limits;
mod metrics;
mod redis;
mod support;
mod tls;
