//! Request extractors that answer bad input with an [`ApiError`] naming what is wrong:
//! [`ApiJson`] (JSON bodies: 415 unless `application/json`, 413 over
//! `WorkspaceConfig::max_json_body`, 400 naming the field path) and [`ApiQuery`]
//! (query strings: 400 naming the parameter).

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::state::WorkspaceState;

/// A JSON request body (and, as a response, a JSON body).
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<T> FromRequest<WorkspaceState> for ApiJson<T>
where
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &WorkspaceState) -> Result<Self, ApiError> {
        if !is_json(req.headers().get(CONTENT_TYPE)) {
            return Err(ApiError::unsupported_media_type(
                "send the body as JSON with `Content-Type: application/json`",
            ));
        }
        let limit = state.config.max_json_body;
        let too_large = || ApiError::too_large(format!("the JSON body exceeds {limit} bytes"));
        let declared = req
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit as u64) {
            return Err(too_large());
        }
        let bytes = axum::body::to_bytes(req.into_body(), limit)
            .await
            .map_err(|e| {
                if is_length_limit(&e) {
                    too_large()
                } else {
                    ApiError::invalid("body", format!("could not be read: {e}"))
                }
            })?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// Parses `bytes` as `T`, naming the field path of the first problem.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if let Some(field) = unknown_field(&path, &inner.to_string()) {
            ApiError::invalid(
                &field,
                "unknown field; leave it out (see /api/v1/openapi.json for the fields this takes)",
            )
        } else if path == "." || inner.is_syntax() || inner.is_eof() {
            ApiError::invalid("body", format!("malformed JSON: {inner}"))
        } else {
            ApiError::invalid(&path, inner)
        }
    })
}

/// The full path of the field serde refused as unknown (`deny_unknown_fields`), from
/// its message "unknown field `x`, expected …" (or "…`, there are no fields") and the
/// path of the object holding it. The name is cut at the last such tail, not at the
/// first backtick: the caller chose the name and it may hold backticks itself.
fn unknown_field(path: &str, message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let end = rest
        .rfind("`, expected")
        .or_else(|| rest.rfind("`, there are no fields"))?;
    let name = &rest[..end];
    Some(match path {
        "." => name.to_owned(),
        p if p == name || p.ends_with(&format!(".{name}")) => p.to_owned(),
        p => format!("{p}.{name}"),
    })
}

impl<T: Serialize> IntoResponse for ApiJson<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

fn is_json(value: Option<&axum::http::HeaderValue>) -> bool {
    let Some(v) = value.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mime = v.split(';').next().unwrap_or_default().trim();
    mime.eq_ignore_ascii_case("application/json")
        || (mime.starts_with("application/") && mime.ends_with("+json"))
}

/// Whether a body read failed on the length limit (rather than the connection).
fn is_length_limit(e: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if s.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = s.source();
    }
    // axum's own message for the limit, in case the error type is not reachable.
    e.to_string().contains("length limit")
}

/// Query parameters, with a 400 naming the parameter on bad input.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or_default();
        let de = serde_urlencoded::Deserializer::new(form_urlencoded_parse(query));
        serde_path_to_error::deserialize(de)
            .map(ApiQuery)
            .map_err(|e| {
                let path = e.path().to_string();
                ApiError::invalid(&format!("query parameter {path}"), e.into_inner())
            })
    }
}

fn form_urlencoded_parse(query: &str) -> form_urlencoded::Parse<'_> {
    form_urlencoded::parse(query.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        inner: Inner,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        size: u32,
    }

    #[test]
    fn errors_name_the_field_path() {
        let e = parse_json::<Body>(br#"{"name":"a","inner":{"size":"big"}}"#).unwrap_err();
        assert_eq!(e.status, 400);
        assert!(
            e.message.starts_with("inner.size: invalid type"),
            "{}",
            e.message
        );
        let e = parse_json::<Body>(br#"{"name":"a""#).unwrap_err();
        assert!(
            e.message.starts_with("body: malformed JSON"),
            "{}",
            e.message
        );
        let e = parse_json::<Body>(br#"{"inner":{"size":1}}"#).unwrap_err();
        assert!(e.message.contains("missing field `name`"), "{}", e.message);
        let e = parse_json::<Strict>(br#"{"name":"a","colour":1}"#).unwrap_err();
        assert!(
            e.message.starts_with("colour: unknown field"),
            "{}",
            e.message
        );
        let e = parse_json::<Strict>(br#"{"name":"a","a`, b":1}"#).unwrap_err();
        assert!(
            e.message.starts_with("a`, b: unknown field"),
            "a backtick in the name: {}",
            e.message
        );
        let e = parse_json::<Strict>(br#"{"name":"a","inner":{"size":1,"x":2}}"#).unwrap_err();
        assert!(
            e.message.starts_with("inner.x: unknown field"),
            "{}",
            e.message
        );
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Strict {
        name: String,
        #[serde(default)]
        inner: Option<StrictInner>,
    }
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct StrictInner {
        size: u32,
    }

    #[test]
    fn json_content_types() {
        let v = |s: &'static str| axum::http::HeaderValue::from_static(s);
        assert!(is_json(Some(&v("application/json; charset=utf-8"))));
        assert!(is_json(Some(&v("application/merge-patch+json"))));
        assert!(!is_json(Some(&v("text/plain"))));
        assert!(!is_json(None));
    }
}

#[cfg(test)]
mod props;
