//! Router assembly: the operational routes (`/healthz`, `/readyz`), the identity
//! provider's routes, the workspace API (`/api/v1`), and the layers every response passes through (request id,
//! request span, metrics, rate limits, CORS, HSTS).

use axum::extract::State;
use axum::http::{HeaderName, Request, StatusCode};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;
use tower::ServiceBuilder;
use tower::util::option_layer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;
use ws_identity::IdentityState;
use ws_workspace::drive::blobs::BlobStore;

use crate::edge::{Edge, HSTS_HEADER};
use crate::ready::{Backends, Tokens};

/// The header carrying the request id, generated when the caller sends none.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// What the operational handlers need.
#[derive(Clone, Debug)]
pub(crate) struct OpsState {
    pub(crate) store: ws_storage::Store,
    pub(crate) blobs: BlobStore,
    pub(crate) tokens: Tokens,
    pub(crate) backends: Backends,
}

impl OpsState {
    /// The state of a server whose identity provider runs in this process.
    pub(crate) fn embedded(identity: &IdentityState, blobs: BlobStore, backends: Backends) -> Self {
        Self {
            store: identity.store.clone(),
            blobs,
            tokens: Tokens::Embedded(Box::new(identity.clone())),
            backends,
        }
    }
}

/// The complete application router with its layers; `workspace` is the workspace
/// API (`ws_workspace::router`), already bound to its state. The identity
/// provider's routes are mounted when it runs here (`ops.tokens` is embedded).
pub(crate) fn app(ops: OpsState, workspace: Router, edge: Edge) -> Router {
    let identity = match &ops.tokens {
        Tokens::Embedded(identity) => Some(ws_identity::router((**identity).clone())),
        Tokens::Remote(_) => None,
    };
    let ops = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(ops)
        .route(
            "/metrics",
            get(crate::metrics::render).with_state(edge.metrics.clone()),
        );
    let mut routes = Router::new().merge(ops);
    if let Some(identity) = identity {
        routes = routes.merge(identity);
    }
    let routes = routes.merge(workspace);
    // `Router::layer` wraps each route after matching, so these layers (and the span
    // below) see the matched route template. Innermost first: limit, then learn the
    // client's address, then count.
    let routes = match edge.limiter {
        Some(limiter) => routes.layer(from_fn_with_state(limiter, crate::rate_limit::middleware)),
        None => routes,
    };
    let routes = routes
        .layer(from_fn_with_state(
            edge.proxies,
            crate::client_addr::middleware,
        ))
        .layer(from_fn(crate::metrics::record));
    let header = HeaderName::from_static(REQUEST_ID_HEADER);
    // Outermost first: set the id, open the span (which reads it), then copy the id
    // onto the response; CORS answers preflights before anything is counted.
    let layers = ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(header.clone(), MakeRequestUuid))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(Level::DEBUG)),
        )
        .layer(PropagateRequestIdLayer::new(header))
        .layer(option_layer(edge.hsts.map(|v| {
            SetResponseHeaderLayer::if_not_present(HSTS_HEADER, v)
        })))
        .layer(option_layer(edge.cors));
    routes.layer(layers)
}

/// The span of one request: method, matched route (the template, not the raw path,
/// which may hold ids), request id and W3C trace id; never headers or bodies (which
/// may carry credentials).
fn request_span<B>(req: &Request<B>) -> tracing::Span {
    let id = req
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        method = %req.method(),
        route = %crate::metrics::route_of(req),
        request_id = %id,
        trace_id = %crate::trace_context::trace_id(req.headers()),
    )
}

/// Liveness: the process answers. A constant body, also the benchmark's bare route.
async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// Readiness: the database and the blob store answer, and signing keys are loaded
/// (or the remote issuer's JWKS answers with keys).
async fn readyz(State(state): State<OpsState>) -> Response {
    let checks = crate::ready::check(&state).await;
    let status = if checks.ready() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(checks.to_json())).into_response()
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;

    use super::*;

    async fn identity() -> (tempfile::TempDir, IdentityState) {
        let dir = tempfile::tempdir().unwrap();
        let store = ws_storage::Store::open_sqlite(&dir.path().join("ws.db"))
            .await
            .unwrap();
        let config = ws_identity::IdentityConfig::new("http://127.0.0.1:1".parse().unwrap());
        (dir, IdentityState::new(config, store))
    }

    async fn get(app: Router, path: &str) -> (StatusCode, serde_json::Value) {
        let resp = app
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = resp.status();
        assert!(resp.headers().contains_key(REQUEST_ID_HEADER));
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 16)
            .await
            .unwrap();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    fn ops(identity: &IdentityState, blobs: BlobStore) -> OpsState {
        let backends = Backends {
            database: "sqlite /tmp/ws.db".to_owned(),
            blobs: "local directory /tmp".to_owned(),
        };
        OpsState::embedded(identity, blobs, backends)
    }

    fn blobs(dir: &tempfile::TempDir) -> BlobStore {
        BlobStore::local(dir.path()).unwrap()
    }

    #[tokio::test]
    async fn not_ready_until_a_signing_key_is_loaded() {
        let (dir, identity) = identity().await;
        let (status, body) = get(
            app(ops(&identity, blobs(&dir)), Router::new(), Edge::plain()),
            "/readyz",
        )
        .await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(body["checks"]["database"], "ok");
        assert_eq!(body["checks"]["blobs"], "ok");
        assert_eq!(body["checks"]["signing_keys"], "no signing key is active");

        ws_identity::tokens::ensure_signing_keys(&identity)
            .await
            .unwrap();
        let (status, body) = get(
            app(ops(&identity, blobs(&dir)), Router::new(), Edge::plain()),
            "/readyz",
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["status"], "ready");
        assert_eq!(body["backends"]["database"], "sqlite /tmp/ws.db");
        assert_eq!(body["backends"]["blobs"], "local directory /tmp");
    }

    #[tokio::test]
    async fn not_ready_while_the_blob_store_does_not_answer() {
        let (dir, identity) = identity().await;
        ws_identity::tokens::ensure_signing_keys(&identity)
            .await
            .unwrap();
        // A port nothing listens on: bind one, then free it.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let section = crate::config::BlobsSection {
            url: Some("s3://absent/prefix".to_owned()),
            endpoint: Some(format!("http://127.0.0.1:{port}").parse().unwrap()),
            access_key_id: Some("AK".to_owned()),
            secret_access_key: Some(crate::config::Secret::new("s3cr3t-key")),
            region: Some("us-east-1".to_owned()),
            ..crate::config::BlobsSection::default()
        };
        let (store, _) = section.open(dir.path()).unwrap();
        let (status, body) = get(
            app(ops(&identity, store), Router::new(), Edge::plain()),
            "/readyz",
        )
        .await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(body["checks"]["database"], "ok");
        let blobs = body["checks"]["blobs"].as_str().unwrap();
        assert!(blobs.starts_with("blob store unavailable"), "{blobs}");
        assert!(!blobs.contains("s3cr3t-key"), "{blobs}");
    }

    #[tokio::test]
    async fn healthz_is_constant() {
        let (dir, identity) = identity().await;
        let (status, body) = get(
            app(ops(&identity, blobs(&dir)), Router::new(), Edge::plain()),
            "/healthz",
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, json!({ "status": "ok" }));
    }
}
