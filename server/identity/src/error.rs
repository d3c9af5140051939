//! OAuth 2.0 error responses (RFC 6749 §5.2, RFC 8628 §3.5, RFC 7009, RFC 7662).
//!
//! Every endpoint answers failures with the standard JSON body and a status code the
//! RFCs prescribe; internal failures are logged with their cause and answered with a
//! generic `server_error` so no detail (or secret) leaks to the caller.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ws_api::oauth::OAuthErrorBody;

/// An OAuth error ready to be sent: the RFC code, a helpful description and a status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {description}")]
pub struct OAuthError {
    /// RFC error code (`invalid_request`, `invalid_grant`, ...).
    pub code: &'static str,
    /// What went wrong and what to do, never containing a secret.
    pub description: String,
    /// HTTP status to answer with.
    pub status: StatusCode,
}

impl OAuthError {
    fn new(code: &'static str, status: StatusCode, description: impl Into<String>) -> Self {
        Self {
            code,
            description: description.into(),
            status,
        }
    }
    /// `invalid_request` (400): a parameter is missing, repeated or malformed.
    pub fn invalid_request(d: impl Into<String>) -> Self {
        Self::new("invalid_request", StatusCode::BAD_REQUEST, d)
    }
    /// `invalid_client` (401): client authentication failed.
    pub fn invalid_client(d: impl Into<String>) -> Self {
        Self::new("invalid_client", StatusCode::UNAUTHORIZED, d)
    }
    /// `unauthorized_client` (400): the client may not use this grant or endpoint.
    pub fn unauthorized_client(d: impl Into<String>) -> Self {
        Self::new("unauthorized_client", StatusCode::BAD_REQUEST, d)
    }
    /// `invalid_grant` (400): code, refresh token, device code or assertion is invalid.
    pub fn invalid_grant(d: impl Into<String>) -> Self {
        Self::new("invalid_grant", StatusCode::BAD_REQUEST, d)
    }
    /// `unsupported_grant_type` (400).
    pub fn unsupported_grant_type(d: impl Into<String>) -> Self {
        Self::new("unsupported_grant_type", StatusCode::BAD_REQUEST, d)
    }
    /// `invalid_scope` (400).
    pub fn invalid_scope(d: impl Into<String>) -> Self {
        Self::new("invalid_scope", StatusCode::BAD_REQUEST, d)
    }
    /// `access_denied` (400): the resource owner or server denied the request.
    pub fn access_denied(d: impl Into<String>) -> Self {
        Self::new("access_denied", StatusCode::BAD_REQUEST, d)
    }
    /// `authorization_pending` (400, RFC 8628).
    pub fn authorization_pending() -> Self {
        Self::new(
            "authorization_pending",
            StatusCode::BAD_REQUEST,
            "the user has not yet approved this device; keep polling",
        )
    }
    /// `slow_down` (400, RFC 8628): the client polls faster than its interval.
    pub fn slow_down() -> Self {
        Self::new(
            "slow_down",
            StatusCode::BAD_REQUEST,
            "polling too fast; add 5 seconds to the polling interval",
        )
    }
    /// `expired_token` (400, RFC 8628): the device code expired.
    pub fn expired_token() -> Self {
        Self::new(
            "expired_token",
            StatusCode::BAD_REQUEST,
            "the device code has expired; start a new device authorization",
        )
    }
    /// `invalid_token` (401) for userinfo and bearer-protected endpoints.
    pub fn invalid_token(d: impl Into<String>) -> Self {
        Self::new("invalid_token", StatusCode::UNAUTHORIZED, d)
    }
    /// `slow_down`-style rate limiting for brute-force attempts (429).
    pub fn too_many_requests(d: impl Into<String>) -> Self {
        Self::new("slow_down", StatusCode::TOO_MANY_REQUESTS, d)
    }
    /// `temporarily_unavailable` (503, RFC 6749 §4.1.2.1): the database does not answer
    /// for now; the answer carries `Retry-After`.
    pub fn temporarily_unavailable() -> Self {
        Self::new(
            "temporarily_unavailable",
            StatusCode::SERVICE_UNAVAILABLE,
            "the database does not answer for now; retry shortly",
        )
    }
    /// A storage failure: `temporarily_unavailable` when a retry may succeed (the
    /// database is down or restarting), else `server_error`.
    pub fn from_storage(err: ws_storage::StorageError) -> Self {
        if err.is_unavailable() {
            tracing::warn!(error = %err, "identity provider: the database does not answer");
            return Self::temporarily_unavailable();
        }
        Self::server_error(err)
    }
    /// `server_error` (500): logs the cause, answers a generic message.
    pub fn server_error(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "identity provider internal error");
        Self::new(
            "server_error",
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error; see the server log for this request id",
        )
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        let body = OAuthErrorBody {
            error: self.code.to_owned(),
            error_description: Some(self.description),
        };
        let mut resp = (self.status, Json(body)).into_response();
        let headers = resp.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            // As the workspace and management APIs say it.
            headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            // RFC 6749 §5.2: a failed client authentication is challenged with the
            // scheme clients authenticate with (Basic; a form-post client learns
            // the supported scheme). Bearer is for token-protected endpoints.
            let v = if self.code == "invalid_client" {
                "Basic realm=\"client authentication\", charset=\"UTF-8\"".to_owned()
            } else {
                format!("Bearer error=\"{}\"", self.code)
            };
            if let Ok(v) = HeaderValue::from_str(&v) {
                headers.insert(header::WWW_AUTHENTICATE, v);
            }
        }
        resp
    }
}
