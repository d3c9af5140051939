//! The request id (`x-request-id`, set by the server's outer layer): read by the
//! extractors, and written into every [`ApiError`] body that lacks it by
//! [`fill_error_request_id`], a middleware on the workspace router.

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::CONTENT_LENGTH;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;

use crate::error::ApiError;

/// The header carrying the request id.
pub const REQUEST_ID_HEADER: &str = ws_auth::extract::REQUEST_ID_HEADER;

/// The request id of a request, if it has one.
pub fn from_parts(parts: &Parts) -> Option<String> {
    from_headers(&parts.headers)
}

/// The request id in `headers`, if any.
pub fn from_headers(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// Rewrites the body of an [`ApiError`] response that has no request id.
pub async fn fill_error_request_id(req: Request, next: Next) -> Response {
    let id = from_headers(req.headers());
    let mut resp = next.run(req).await;
    let Some(err) = resp.extensions_mut().remove::<ApiError>() else {
        return resp;
    };
    if err.request_id.is_some() || id.is_none() {
        return resp;
    }
    let body = err.with_request_id(id).body();
    match serde_json::to_vec(&body) {
        Ok(bytes) => {
            resp.headers_mut().remove(CONTENT_LENGTH);
            *resp.body_mut() = Body::from(bytes);
        }
        Err(e) => tracing::error!(error = %e, "cannot serialize an error body"),
    }
    resp
}
