//! A counting reverse proxy: bound first (so the server can be told its public
//! issuer URL is the proxy), forwarding every request to the real server and
//! counting requests per path, so tests see how often the validator calls the
//! identity provider without mocking it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::Response;

#[derive(Clone, Default)]
struct Shared {
    upstream: Arc<Mutex<Option<String>>>,
    hits: Arc<Mutex<HashMap<String, usize>>>,
}

/// The proxy; [`CountingProxy::forward_to`] must be called before it is used.
pub struct CountingProxy {
    pub url: String,
    shared: Shared,
}

impl CountingProxy {
    /// Binds 127.0.0.1:0 and starts serving.
    pub async fn start() -> CountingProxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let shared = Shared::default();
        let app = axum::Router::new()
            .fallback(forward)
            .with_state(shared.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        CountingProxy { url, shared }
    }

    /// Sets the server requests go to.
    pub fn forward_to(&self, upstream: &str) {
        *self.shared.upstream.lock().unwrap() = Some(upstream.to_owned());
    }

    /// Requests seen for `path`.
    pub fn hits(&self, path: &str) -> usize {
        self.shared
            .hits
            .lock()
            .unwrap()
            .get(path)
            .copied()
            .unwrap_or(0)
    }
}

async fn forward(State(s): State<Shared>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    *s.hits.lock().unwrap().entry(path).or_default() += 1;
    let upstream = s
        .upstream
        .lock()
        .unwrap()
        .clone()
        .expect("proxy has no upstream");
    let path_q = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let method: Method = req.method().clone();
    let mut headers: HeaderMap = req.headers().clone();
    headers.remove("host");
    let body: Bytes = axum::body::to_bytes(req.into_body(), 1 << 20)
        .await
        .unwrap();
    let sent = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .request(method, format!("{upstream}{path_q}"))
        .headers(headers)
        .body(body)
        .send()
        .await;
    let Ok(resp) = sent else {
        return Response::builder()
            .status(StatusCode::BAD_GATEWAY)
            .body(Body::from("upstream unreachable"))
            .unwrap();
    };
    let mut out = Response::builder().status(resp.status());
    for (k, v) in resp.headers() {
        if !matches!(
            k.as_str(),
            "transfer-encoding" | "content-length" | "connection"
        ) {
            out = out.header(k, v);
        }
    }
    out.body(Body::from(resp.bytes().await.unwrap())).unwrap()
}
