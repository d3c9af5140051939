//! One entry point for `POST /<service>/<method>`, chosen by `Content-Type` as
//! ZITADEL serves all of them on one port: Connect unary with JSON
//! (`application/json`, or no type) or binary protobuf (`application/proto`), and
//! gRPC / gRPC-web (`application/grpc…`, handed to [`super::grpc`]). Connect answers
//! the response message (200) or a Connect error body (JSON for either codec, as the
//! Connect protocol wants).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::caller::{Caller, authenticate};
use super::protojson::parse_body;
use super::schema::{Schema, request_json, response_bytes};
use super::zerr::ZResult;
use super::{Ctx, dispatch, grpc, unimplemented};
use crate::IdentityState;

/// One call's target: the service and method of the path.
#[derive(Clone)]
pub(crate) struct Target {
    pub(crate) service: &'static str,
    pub(crate) method: String,
}

/// The wire format a request asks for.
enum Wire {
    ConnectJson,
    ConnectProto,
    Grpc,
}

impl Wire {
    fn of(headers: &HeaderMap) -> Option<Self> {
        let Some(ct) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
            // Some clients omit the type for JSON.
            return Some(Wire::ConnectJson);
        };
        let media = ct
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match media.as_str() {
            "application/json" => Some(Wire::ConnectJson),
            "application/proto" => Some(Wire::ConnectProto),
            "application/grpc"
            | "application/grpc+proto"
            | "application/grpc-web"
            | "application/grpc-web+proto"
            | "application/grpc-web-text"
            | "application/grpc-web-text+proto" => Some(Wire::Grpc),
            _ => None,
        }
    }
}

/// Handles one call of `target`.
pub(crate) async fn handle(
    target: Target,
    schema: Schema,
    state: IdentityState,
    request: Request,
) -> Response {
    let Some(wire) = Wire::of(request.headers()) else {
        // Connect answers an unsupported codec with 415 and no error body.
        return StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response();
    };
    if let Wire::Grpc = wire {
        return grpc::handle(target, schema, state, request).await;
    }
    let headers = request.headers().clone();
    let body = match Bytes::from_request(request, &()).await {
        Ok(body) => body,
        Err(rejection) => return rejection.into_response(),
    };
    let answer = match wire {
        Wire::ConnectProto => proto(&state, &target, &schema, &headers, &body).await,
        _ => json(&state, &target, &headers, &body).await,
    };
    answer.unwrap_or_else(IntoResponse::into_response)
}

async fn json(
    state: &IdentityState,
    target: &Target,
    headers: &HeaderMap,
    body: &[u8],
) -> ZResult<Response> {
    let caller = authenticate(state, headers).await?;
    let request: Value = parse_body(body)?;
    let answer = call(state, caller, target, request).await?;
    Ok(Json(answer).into_response())
}

async fn proto(
    state: &IdentityState,
    target: &Target,
    schema: &Schema,
    headers: &HeaderMap,
    body: &[u8],
) -> ZResult<Response> {
    let caller = authenticate(state, headers).await?;
    let method = schema
        .method(target.service, &target.method)
        .ok_or_else(|| unimplemented(target.service, &target.method))?;
    let request = request_json(&method.input(), body)?;
    let answer = call(state, caller, target, request).await?;
    let bytes = response_bytes(&method.output(), answer)?;
    let content_type = HeaderValue::from_static("application/proto");
    Ok(([(CONTENT_TYPE, content_type)], bytes).into_response())
}

/// Runs an authenticated call on a protojson request.
pub(crate) async fn call(
    state: &IdentityState,
    caller: Caller,
    target: &Target,
    request: Value,
) -> ZResult<Value> {
    let ctx = Ctx::new(state, caller);
    dispatch(&ctx, target.service, &target.method, request).await
}
