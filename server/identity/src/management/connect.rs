//! The Connect unary JSON transport: `POST /<service>/<method>` with a JSON body
//! (`Content-Type: application/json`; `Connect-Protocol-Version: 1` optional),
//! answered with the response message (200) or a Connect error body.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::caller::authenticate;
use super::protojson::parse_body;
use super::zerr::ZResult;
use super::{Ctx, dispatch};
use crate::IdentityState;

/// Handles one Connect call of `service`.
pub(crate) async fn handle(
    service: &'static str,
    State(state): State<IdentityState>,
    Path(method): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !is_json(&headers) {
        // Connect answers an unsupported codec with 415 and no error body.
        return StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response();
    }
    match run(&state, service, &method, &headers, &body).await {
        Ok(v) => Json(v).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn run(
    state: &IdentityState,
    service: &str,
    method: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> ZResult<Value> {
    let caller = authenticate(state, headers).await?;
    let request: Value = parse_body(body)?;
    let ctx = Ctx::new(state, caller);
    dispatch(&ctx, service, method, request).await
}

/// `application/json` (with or without parameters); a missing header is accepted
/// since some clients omit it for JSON.
fn is_json(headers: &HeaderMap) -> bool {
    match headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(ct) => ct
            .split(';')
            .next()
            .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json")),
    }
}
