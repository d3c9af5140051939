//! [`AuthError`]: why a request was not let through, as a reason code, an HTTP status
//! (401, 403 or 503) and a `WWW-Authenticate` challenge (RFC 6750 §3). Messages are
//! written here, never copied from a token, so no credential reaches a body or a log.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ws_api::ErrorBody;

/// The reason a request was refused; its `code()` is the `code` of the JSON body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// No `Authorization: Bearer …` header.
    MissingToken,
    /// The header or the token cannot be parsed.
    MalformedToken,
    /// `exp` has passed (beyond the leeway).
    Expired,
    /// `nbf` or `iat` lies in the future (beyond the leeway).
    NotYetValid,
    /// `iss` is not the configured issuer.
    WrongIssuer,
    /// A valid JWT of the issuer that is not an access token (an ID token).
    NotAccessToken,
    /// `aud` does not name the workspace project.
    WrongAudience,
    /// The `kid` is not in the issuer's key set.
    UnknownKey,
    /// The signature does not verify.
    BadSignature,
    /// `none`, HMAC, or an algorithm that does not match the key.
    UnsupportedAlgorithm,
    /// Introspection says the token is not active (revoked, expired, unknown).
    Inactive,
    /// The token lacks a scope the endpoint requires (403).
    InsufficientScope,
    /// The principal lacks a role or an ACL entry (403).
    Forbidden,
    /// The identity provider could not be reached or answered wrongly (503).
    IdpUnavailable,
}

impl Reason {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::MissingToken => "missing_token",
            Self::MalformedToken => "malformed_token",
            Self::Expired => "expired",
            Self::NotYetValid => "not_yet_valid",
            Self::WrongIssuer => "wrong_issuer",
            Self::NotAccessToken => "not_an_access_token",
            Self::WrongAudience => "wrong_audience",
            Self::UnknownKey => "unknown_key",
            Self::BadSignature => "bad_signature",
            Self::UnsupportedAlgorithm => "unsupported_algorithm",
            Self::Inactive => "inactive",
            Self::InsufficientScope => "insufficient_scope",
            Self::Forbidden => "forbidden",
            Self::IdpUnavailable => "idp_unavailable",
        }
    }

    /// The HTTP status this reason is answered with.
    pub fn status(self) -> StatusCode {
        match self {
            Self::InsufficientScope | Self::Forbidden => StatusCode::FORBIDDEN,
            Self::IdpUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::UNAUTHORIZED,
        }
    }
}

/// A refused request: the reason, a sentence for the caller, and the request id.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}: {message}", reason.code())]
pub struct AuthError {
    /// Why.
    pub reason: Reason,
    /// What went wrong, for the caller (never contains the token).
    pub message: String,
    /// The scope that was missing, for the `insufficient_scope` challenge.
    pub scope: Option<String>,
    /// The request id echoed in the body, when known.
    pub request_id: Option<String>,
}

impl AuthError {
    /// An error with `reason` and `message`.
    pub fn new(reason: Reason, message: impl Into<String>) -> Self {
        Self {
            reason,
            message: message.into(),
            scope: None,
            request_id: None,
        }
    }

    /// The identity provider is unreachable; `detail` is logged, the caller gets a
    /// generic sentence.
    pub fn idp_unavailable(detail: &dyn std::fmt::Display) -> Self {
        tracing::warn!(error = %detail, "identity provider unavailable");
        Self::new(
            Reason::IdpUnavailable,
            "the identity provider could not be reached to validate the token; try again shortly",
        )
    }

    /// Attaches the request id shown in the body.
    pub fn with_request_id(mut self, id: Option<String>) -> Self {
        self.request_id = id;
        self
    }

    /// The `WWW-Authenticate` value, if this answer carries one.
    fn challenge(&self) -> Option<String> {
        let desc = quoted(&self.message);
        match self.reason {
            // RFC 6750 §3.1: no error code when no credentials were sent.
            Reason::MissingToken => Some("Bearer".to_owned()),
            Reason::InsufficientScope => Some(match &self.scope {
                Some(s) => format!(
                    "Bearer error=\"insufficient_scope\", error_description=\"{desc}\", scope=\"{}\"",
                    quoted(s)
                ),
                None => {
                    format!("Bearer error=\"insufficient_scope\", error_description=\"{desc}\"")
                }
            }),
            Reason::Forbidden | Reason::IdpUnavailable => None,
            _ => Some(format!(
                "Bearer error=\"invalid_token\", error_description=\"{desc}\""
            )),
        }
    }
}

/// Keeps only the characters RFC 6750 allows inside a quoted challenge parameter.
fn quoted(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '"' | '\\' => '\'',
            c if (' '..='~').contains(&c) => c,
            _ => '?',
        })
        .collect()
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        let status = self.reason.status();
        let challenge = self.challenge();
        let body = ErrorBody {
            code: self.reason.code().to_owned(),
            message: self.message,
            request_id: self.request_id,
        };
        let mut resp = (status, Json(body)).into_response();
        let headers = resp.headers_mut();
        if let Some(v) = challenge.and_then(|c| HeaderValue::from_str(&c).ok()) {
            headers.insert(header::WWW_AUTHENTICATE, v);
        }
        if status == StatusCode::SERVICE_UNAVAILABLE {
            headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_reason() {
        assert_eq!(Reason::Expired.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(Reason::InsufficientScope.status(), StatusCode::FORBIDDEN);
        assert_eq!(Reason::Forbidden.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            Reason::IdpUnavailable.status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
    }

    #[test]
    fn invalid_token_challenge_is_quoted_safely() {
        let e = AuthError::new(Reason::Expired, "the \"token\" expired\n");
        assert_eq!(
            e.challenge().unwrap(),
            "Bearer error=\"invalid_token\", error_description=\"the 'token' expired?\""
        );
        assert_eq!(
            AuthError::new(Reason::MissingToken, "x")
                .challenge()
                .unwrap(),
            "Bearer"
        );
        assert!(AuthError::new(Reason::Forbidden, "x").challenge().is_none());
        let mut s = AuthError::new(Reason::InsufficientScope, "needs docs.write");
        s.scope = Some("docs.write".into());
        assert!(s.challenge().unwrap().ends_with("scope=\"docs.write\""));
    }

    #[tokio::test]
    async fn response_has_status_header_and_body() {
        let resp = AuthError::new(Reason::WrongAudience, "aud lacks the project")
            .with_request_id(Some("req-7".into()))
            .into_response();
        assert_eq!(resp.status(), 401);
        assert!(
            resp.headers()[header::WWW_AUTHENTICATE]
                .to_str()
                .unwrap()
                .contains("invalid_token")
        );
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 16)
            .await
            .unwrap();
        let body: ErrorBody = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(body.code, "wrong_audience");
        assert_eq!(body.request_id.as_deref(), Some("req-7"));
        let down = AuthError::idp_unavailable(&"connection refused").into_response();
        assert_eq!(down.status(), 503);
        assert_eq!(down.headers()[header::RETRY_AFTER], "5");
        assert!(down.headers().get(header::WWW_AUTHENTICATE).is_none());
    }
}
