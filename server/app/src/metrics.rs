//! Prometheus metrics: the recorder behind the `metrics` facade, the `/metrics`
//! exposition, and the per-request counter and latency histogram labelled by method,
//! matched route (the route template, never the raw path: ids would explode the series)
//! and status.
//!
//! The facade's recorder is process-wide by design (library crates emit through
//! `metrics::counter!` without being handed a registry), so it is installed once per
//! process; every server started in the process renders the same registry.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::HeaderValue;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// Requests answered, by `method`, `route` and `status`.
pub const REQUESTS_TOTAL: &str = "http_server_requests_total";
/// Time from receiving a request to its response head, by `method`, `route`, `status`.
pub const REQUEST_DURATION: &str = "http_server_request_duration_seconds";
/// Requests being served now.
pub const REQUESTS_IN_FLIGHT: &str = "http_server_requests_in_flight";
/// The `route` label of requests no route matched (404s, probes): one series for all.
pub const UNMATCHED_ROUTE: &str = "unmatched";

/// Latency buckets, in seconds: 1 ms to 30 s.
const LATENCY_BUCKETS: [f64; 14] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The registry every server of this process renders.
pub fn handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(install).clone()
}

fn install() -> PrometheusHandle {
    let recorder = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &LATENCY_BUCKETS)
        .expect("the bucket list is not empty")
        .build_recorder();
    let handle = recorder.handle();
    // Another recorder may already be installed (an embedding program's): then that one
    // receives the facade's metrics and this registry only what it renders itself.
    if metrics::set_global_recorder(recorder).is_err() {
        tracing::warn!("a metrics recorder is already installed; /metrics shows only its own");
    }
    describe();
    handle
}

fn describe() {
    metrics::describe_counter!(REQUESTS_TOTAL, "HTTP requests answered");
    metrics::describe_histogram!(
        REQUEST_DURATION,
        metrics::Unit::Seconds,
        "Time from request to response head"
    );
    metrics::describe_gauge!(REQUESTS_IN_FLIGHT, "HTTP requests being served");
}

/// `GET /metrics`: the Prometheus text exposition.
pub(crate) async fn render(State(handle): State<PrometheusHandle>) -> Response {
    // Histograms are exact per scrape; upkeep drains them into the exposition buckets.
    handle.run_upkeep();
    let mut resp = handle.render().into_response();
    resp.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    resp
}

/// The route template of a request, or [`UNMATCHED_ROUTE`].
pub(crate) fn route_of<B>(req: &axum::http::Request<B>) -> String {
    req.extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED_ROUTE, MatchedPath::as_str)
        .to_owned()
}

/// Middleware: counts every request and times it to its response head.
pub(crate) async fn record(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = route_of(&req);
    let in_flight = metrics::gauge!(REQUESTS_IN_FLIGHT);
    in_flight.increment(1.0);
    let resp = next.run(req).await;
    in_flight.decrement(1.0);
    let labels = [
        ("method", method),
        ("route", route),
        ("status", resp.status().as_u16().to_string()),
    ];
    metrics::counter!(REQUESTS_TOTAL, &labels).increment(1);
    metrics::histogram!(REQUEST_DURATION, &labels).record(started.elapsed().as_secs_f64());
    resp
}
