//! [`ApiError`]: every workspace error answers `ws_api::ErrorBody {code, message,
//! request_id}` with the right status. Handlers return [`ApiResult`]; the request id
//! is filled in by [`crate::request_id::fill_error_request_id`] on the way out, so
//! constructors need not know it. Server faults (5xx) answer a generic sentence and
//! log the detail.

use std::fmt::Display;

use axum::Json;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ws_api::ErrorBody;
use ws_auth::AuthError;
use ws_storage::StorageError;

/// A refused or failed request.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{code}: {message}")]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The stable snake_case code of the body.
    pub code: &'static str,
    /// A sentence for the caller (never a secret).
    pub message: String,
    /// The request id, when known (else filled in by the router's layer).
    pub request_id: Option<String>,
    /// Extra response headers (`WWW-Authenticate`, `Retry-After`, `Content-Range`);
    /// a list rather than a `HeaderMap` to keep the error small.
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

/// Result of a workspace handler or helper.
pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    /// An error with `status`, `code` and `message`.
    pub fn new(status: StatusCode, code: &'static str, message: impl Display) -> Self {
        Self {
            status,
            code,
            message: message.to_string(),
            request_id: None,
            headers: Vec::new(),
        }
    }

    /// 400 `invalid_argument`; the message names `field`.
    pub fn invalid(field: &str, msg: impl Display) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid_argument",
            format!("{field}: {msg}"),
        )
    }

    /// 404 `not_found`: the same text whether the thing is missing or hidden.
    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("{what} not found"),
        )
    }

    /// 403 `permission_denied`, only for things the caller can see.
    pub fn forbidden(msg: impl Display) -> Self {
        Self::new(StatusCode::FORBIDDEN, "permission_denied", msg)
    }

    /// 409 `conflict`.
    pub fn conflict(msg: impl Display) -> Self {
        Self::new(StatusCode::CONFLICT, "conflict", msg)
    }

    /// 412 `stale_version`: an `If-Match` that no longer matches.
    pub fn precondition_failed(msg: impl Display) -> Self {
        Self::new(StatusCode::PRECONDITION_FAILED, "stale_version", msg)
    }

    /// 413 `too_large`.
    pub fn too_large(msg: impl Display) -> Self {
        Self::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", msg)
    }

    /// 415 `unsupported_media_type`.
    pub fn unsupported_media_type(msg: impl Display) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            msg,
        )
    }

    /// 416 `range_not_satisfiable` with `Content-Range: bytes */size`.
    pub fn range_not_satisfiable(size: u64) -> Self {
        Self::new(
            StatusCode::RANGE_NOT_SATISFIABLE,
            "range_not_satisfiable",
            format!("the requested range is outside the content (size {size} bytes)"),
        )
        .with_header(header::CONTENT_RANGE, &format!("bytes */{size}"))
    }

    /// 503 `unavailable` with `Retry-After: 5`.
    pub fn unavailable(msg: impl Display) -> Self {
        Self::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", msg)
            .with_header(header::RETRY_AFTER, "5")
    }

    /// 500 `internal`: `detail` is logged, the caller gets a generic sentence and the
    /// request id to quote.
    pub fn internal(detail: impl Display) -> Self {
        tracing::error!(error = %detail, "internal error in a workspace request");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server failed to handle the request; quote the request id when reporting it",
        )
    }

    /// Adds a response header (ignored if the value is not a valid header value).
    pub fn with_header(mut self, name: HeaderName, value: &str) -> Self {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.push((name, v));
        }
        self
    }

    /// Sets the request id shown in the body.
    pub fn with_request_id(mut self, id: Option<String>) -> Self {
        self.request_id = id;
        self
    }

    /// The JSON body.
    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            code: self.code.to_owned(),
            message: self.message.clone(),
            request_id: self.request_id.clone(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut resp = (self.status, Json(self.body())).into_response();
        for (name, value) in &self.headers {
            resp.headers_mut().insert(name.clone(), value.clone());
        }
        // Lets the router's layer add the request id without parsing the body.
        resp.extensions_mut().insert(self);
        resp
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        // The auth crate knows the challenge; take its headers from its own response.
        let reference = e.clone().into_response();
        let mut err = Self::new(e.reason.status(), e.reason.code(), &e.message);
        err.request_id = e.request_id;
        for name in [header::WWW_AUTHENTICATE, header::RETRY_AFTER] {
            if let Some(v) = reference.headers().get(&name) {
                err.headers.push((name, v.clone()));
            }
        }
        err
    }
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::NotFound => Self::not_found("the resource"),
            StorageError::Conflict(msg) => Self::conflict(msg),
            StorageError::MissingReference(msg) => {
                Self::new(StatusCode::BAD_REQUEST, "invalid_argument", msg)
            }
            // Not the caller's fault and not for ever: retry after the outage.
            StorageError::Unavailable(e) => {
                tracing::warn!(error = %e, "the database is unavailable");
                Self::unavailable("the database is unavailable; retry shortly")
            }
            other => Self::internal(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ws_auth::Reason;

    async fn body(resp: Response) -> ErrorBody {
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 16)
            .await
            .unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[tokio::test]
    async fn auth_errors_keep_status_code_and_challenge() {
        let e: ApiError = AuthError::new(Reason::Expired, "the token expired")
            .with_request_id(Some("r1".into()))
            .into();
        let resp = e.into_response();
        assert_eq!(resp.status(), 401);
        assert!(
            resp.headers()[header::WWW_AUTHENTICATE]
                .to_str()
                .unwrap()
                .contains("invalid_token")
        );
        let b = body(resp).await;
        assert_eq!(
            (b.code.as_str(), b.request_id.as_deref()),
            ("expired", Some("r1"))
        );
    }

    #[tokio::test]
    async fn storage_faults_are_generic_500s_and_conflicts_409() {
        let e: ApiError = StorageError::Corrupt("secret detail".into()).into();
        assert_eq!(e.status, 500);
        assert!(!e.message.contains("secret detail"));
        let e: ApiError = StorageError::Conflict("name 'x' exists".into()).into();
        assert_eq!(
            (e.status.as_u16(), e.message.as_str()),
            (409, "name 'x' exists")
        );
        let r = ApiError::range_not_satisfiable(10).into_response();
        assert_eq!(r.status(), 416);
        assert_eq!(r.headers()[header::CONTENT_RANGE], "bytes */10");
        assert_eq!(body(r).await.code, "range_not_satisfiable");
    }
}
