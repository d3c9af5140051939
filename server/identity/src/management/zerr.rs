//! ZITADEL's error model for the management APIs: a gRPC status code, a message
//! `"<text> (<ERROR-ID>)"` and a `zitadel.v1.ErrorDetail{id, message}`, rendered as a
//! Connect error body, a grpc-gateway (REST) body (README §3.7) or a gRPC status.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use prost::Message;
use serde_json::{Value, json};
use ws_storage::StorageError;

/// The message type of ZITADEL's error detail.
const ERROR_DETAIL: &str = "zitadel.v1.ErrorDetail";

/// `zitadel.v1.ErrorDetail`.
#[derive(Clone, PartialEq, Message)]
struct ErrorDetail {
    #[prost(string, tag = "1")]
    id: String,
    #[prost(string, tag = "2")]
    message: String,
}

/// `google.rpc.Status`, the payload of `grpc-status-details-bin`.
#[derive(Clone, PartialEq, Message)]
struct RpcStatus {
    #[prost(int32, tag = "1")]
    code: i32,
    #[prost(string, tag = "2")]
    message: String,
    #[prost(message, repeated, tag = "3")]
    details: Vec<prost_types::Any>,
}

/// The gRPC status codes ZITADEL answers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Code {
    InvalidArgument,
    FailedPrecondition,
    Unauthenticated,
    PermissionDenied,
    NotFound,
    AlreadyExists,
    Unimplemented,
    Internal,
    /// The database does not answer for now (restart, failover, pool exhausted).
    Unavailable,
}

impl Code {
    /// The numeric gRPC code (REST gateway bodies).
    pub(crate) fn grpc(self) -> u16 {
        // Every code ZITADEL answers with is small and positive.
        i32::from(self.tonic()).unsigned_abs() as u16
    }

    /// The gRPC status code.
    pub(crate) fn tonic(self) -> tonic::Code {
        match self {
            Code::InvalidArgument => tonic::Code::InvalidArgument,
            Code::FailedPrecondition => tonic::Code::FailedPrecondition,
            Code::Unauthenticated => tonic::Code::Unauthenticated,
            Code::PermissionDenied => tonic::Code::PermissionDenied,
            Code::NotFound => tonic::Code::NotFound,
            Code::AlreadyExists => tonic::Code::AlreadyExists,
            Code::Unimplemented => tonic::Code::Unimplemented,
            Code::Internal => tonic::Code::Internal,
            Code::Unavailable => tonic::Code::Unavailable,
        }
    }

    /// The Connect code name.
    pub(crate) fn connect(self) -> &'static str {
        match self {
            Code::InvalidArgument => "invalid_argument",
            Code::FailedPrecondition => "failed_precondition",
            Code::Unauthenticated => "unauthenticated",
            Code::PermissionDenied => "permission_denied",
            Code::NotFound => "not_found",
            Code::AlreadyExists => "already_exists",
            Code::Unimplemented => "unimplemented",
            Code::Internal => "internal",
            Code::Unavailable => "unavailable",
        }
    }

    /// The HTTP status of the code (the table of README §3.7).
    pub(crate) fn http(self) -> StatusCode {
        match self {
            Code::InvalidArgument | Code::FailedPrecondition => StatusCode::BAD_REQUEST,
            Code::Unauthenticated => StatusCode::UNAUTHORIZED,
            Code::PermissionDenied => StatusCode::FORBIDDEN,
            Code::NotFound => StatusCode::NOT_FOUND,
            Code::AlreadyExists => StatusCode::CONFLICT,
            Code::Unimplemented => StatusCode::NOT_IMPLEMENTED,
            Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// A management API error. Messages never contain secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ZError {
    pub(crate) code: Code,
    /// ZITADEL-style error id, e.g. `QUERY-Dfbg2`; empty for transport errors.
    pub(crate) id: &'static str,
    /// The text without the id.
    pub(crate) message: String,
}

/// Result of every management operation.
pub(crate) type ZResult<T> = Result<T, ZError>;

impl ZError {
    pub(crate) fn new(code: Code, id: &'static str, message: impl Into<String>) -> Self {
        Self {
            code,
            id,
            message: message.into(),
        }
    }
    pub(crate) fn invalid(id: &'static str, message: impl Into<String>) -> Self {
        Self::new(Code::InvalidArgument, id, message)
    }
    pub(crate) fn not_found(id: &'static str, message: impl Into<String>) -> Self {
        Self::new(Code::NotFound, id, message)
    }
    pub(crate) fn exists(id: &'static str, message: impl Into<String>) -> Self {
        Self::new(Code::AlreadyExists, id, message)
    }
    pub(crate) fn precondition(id: &'static str, message: impl Into<String>) -> Self {
        Self::new(Code::FailedPrecondition, id, message)
    }
    /// ZITADEL's answer when the caller's manager roles do not cover the call.
    pub(crate) fn denied() -> Self {
        Self::new(
            Code::PermissionDenied,
            "AUTH-5mWD2",
            "No matching permissions found",
        )
    }
    pub(crate) fn unauthenticated(message: impl Into<String>) -> Self {
        Self::new(Code::Unauthenticated, "AUTH-7fs1e", message)
    }
    /// A storage failure that is not the caller's fault; details go to the log only.
    pub(crate) fn internal(err: impl std::fmt::Display) -> Self {
        tracing::error!(error = %err, "management API storage failure");
        Self::new(Code::Internal, "MGMT-INT01", "Internal error")
    }

    /// Maps a storage error: conflicts become `already_exists`, missing references
    /// `not_found` (`what` names the object for plain `NotFound`).
    pub(crate) fn storage(err: StorageError, what: &str) -> Self {
        match err {
            StorageError::NotFound => Self::not_found("MGMT-NF001", format!("{what} not found")),
            StorageError::Conflict(m) => Self::exists("MGMT-EX001", m),
            StorageError::MissingReference(m) => Self::not_found("MGMT-NF002", m),
            other => Self::from_storage(other),
        }
    }

    /// A storage failure where no answer is expected to be missing or conflicting:
    /// `unavailable` (503, `Retry-After`) when a retry may succeed, else `internal`.
    pub(crate) fn from_storage(err: StorageError) -> Self {
        if err.is_unavailable() {
            tracing::warn!(error = %err, "management API: the database does not answer");
            return Self::unavailable();
        }
        Self::internal(err)
    }

    /// The database does not answer for now.
    fn unavailable() -> Self {
        Self::new(
            Code::Unavailable,
            "MGMT-UNAV1",
            "The database does not answer for now; retry shortly",
        )
    }

    /// How an OAuth failure of the caller's token check is answered here: the
    /// database being down stays a 503, anything else is internal.
    pub(crate) fn from_oauth(err: crate::OAuthError) -> Self {
        match err.status {
            StatusCode::SERVICE_UNAVAILABLE => Self::unavailable(),
            _ => Self::internal(format!("{err:?}")),
        }
    }

    /// The error mapper of a write whose storage conflict is ZITADEL's "already
    /// exists" (`id`, `message`); any other storage error is [`ZError::storage`]
    /// naming `what`.
    pub(crate) fn on_conflict(
        id: &'static str,
        message: impl Into<String>,
        what: &'static str,
    ) -> impl FnOnce(StorageError) -> Self {
        let message = message.into();
        move |err| match err {
            StorageError::Conflict(_) => Self::exists(id, message),
            other => Self::storage(other, what),
        }
    }

    /// `"<message> (<ID>)"`, or the bare message without an id.
    pub(crate) fn full_message(&self) -> String {
        if self.id.is_empty() {
            self.message.clone()
        } else {
            format!("{} ({})", self.message, self.id)
        }
    }

    fn detail_protobuf(&self) -> Vec<u8> {
        ErrorDetail {
            id: self.id.to_owned(),
            message: self.message.clone(),
        }
        .encode_to_vec()
    }

    /// The error as a gRPC status: ZITADEL's code and message, and its
    /// `zitadel.v1.ErrorDetail` in `grpc-status-details-bin`.
    pub(crate) fn grpc_status(&self) -> tonic::Status {
        let code = self.code.tonic();
        if self.id.is_empty() {
            return tonic::Status::new(code, self.full_message());
        }
        let details = RpcStatus {
            code: code as i32,
            message: self.full_message(),
            details: vec![prost_types::Any {
                type_url: format!("type.googleapis.com/{ERROR_DETAIL}"),
                value: self.detail_protobuf(),
            }],
        };
        tonic::Status::with_details(code, self.full_message(), details.encode_to_vec().into())
    }

    /// The Connect error body.
    pub(crate) fn connect_body(&self) -> Value {
        let mut body = json!({"code": self.code.connect(), "message": self.full_message()});
        if !self.id.is_empty() {
            body["details"] = json!([{
                "type": ERROR_DETAIL,
                "value": STANDARD_NO_PAD.encode(self.detail_protobuf()),
                "debug": {"id": self.id, "message": self.message},
            }]);
        }
        body
    }

    /// The grpc-gateway (REST) error body.
    pub(crate) fn gateway_body(&self) -> Value {
        let mut body = json!({"code": self.code.grpc(), "message": self.full_message()});
        if !self.id.is_empty() {
            body["details"] = json!([{
                "@type": format!("type.googleapis.com/{ERROR_DETAIL}"),
                "id": self.id,
                "message": self.message,
            }]);
        }
        body
    }

    /// The error as a REST gateway response.
    pub(crate) fn into_gateway(self) -> Response {
        let body = Json(self.gateway_body());
        self.with_retry_after((self.code.http(), body).into_response())
    }

    /// An `Unavailable` answer tells the client when to come back.
    fn with_retry_after(&self, mut response: Response) -> Response {
        if self.code == Code::Unavailable {
            response.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static(RETRY_AFTER_SECONDS),
            );
        }
        response
    }
}

/// How long an `Unavailable` caller should wait, as the workspace API says it.
const RETRY_AFTER_SECONDS: &str = "5";

impl IntoResponse for ZError {
    /// The Connect form; REST handlers call [`ZError::into_gateway`] instead.
    fn into_response(self) -> Response {
        let body = Json(self.connect_body());
        self.with_retry_after((self.code.http(), body).into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_body_carries_code_message_and_detail() {
        let e = ZError::not_found("QUERY-Dfbg2", "User could not be found");
        let b = e.connect_body();
        assert_eq!(b["code"], "not_found");
        assert_eq!(b["message"], "User could not be found (QUERY-Dfbg2)");
        assert_eq!(b["details"][0]["type"], "zitadel.v1.ErrorDetail");
        assert_eq!(b["details"][0]["debug"]["id"], "QUERY-Dfbg2");
        let raw = STANDARD_NO_PAD
            .decode(b["details"][0]["value"].as_str().unwrap())
            .unwrap();
        // Field 1 (id): tag 0x0a, length 11.
        assert_eq!(&raw[..2], &[0x0a, 11]);
        assert_eq!(&raw[2..13], b"QUERY-Dfbg2");
        assert_eq!(raw[13], 0x12);
        assert_eq!(e.code.http(), StatusCode::NOT_FOUND);
    }

    #[test]
    fn gateway_body_uses_numeric_codes() {
        let b = ZError::exists("X-1", "exists").gateway_body();
        assert_eq!(b["code"], 6);
        assert_eq!(
            b["details"][0]["@type"],
            "type.googleapis.com/zitadel.v1.ErrorDetail"
        );
        assert_eq!(Code::AlreadyExists.http(), StatusCode::CONFLICT);
    }

    #[test]
    fn long_messages_use_multi_byte_varints() {
        let e = ZError::invalid("A-1", "x".repeat(200));
        let raw = e.detail_protobuf();
        assert_eq!(&raw[5..8], &[0x12, 0xc8, 0x01]);
    }

    #[test]
    fn grpc_status_carries_the_error_detail() {
        let status = ZError::not_found("QUERY-Dfbg2", "User could not be found").grpc_status();
        assert_eq!(status.code(), tonic::Code::NotFound);
        assert_eq!(status.message(), "User could not be found (QUERY-Dfbg2)");
        let details = RpcStatus::decode(status.details()).unwrap();
        assert_eq!(details.code, 5);
        assert_eq!(
            details.details[0].type_url,
            "type.googleapis.com/zitadel.v1.ErrorDetail"
        );
        let detail = ErrorDetail::decode(details.details[0].value.as_slice()).unwrap();
        assert_eq!(detail.id, "QUERY-Dfbg2");
        assert_eq!(detail.message, "User could not be found");
        let bare = ZError::new(Code::Unimplemented, "", "x/y is not implemented").grpc_status();
        assert!(bare.details().is_empty());
    }

    #[test]
    fn an_unavailable_database_is_503_with_retry_after_in_every_form() {
        let e = ZError::storage(StorageError::Unavailable(sqlx::Error::PoolTimedOut), "user");
        assert_eq!(e.code, Code::Unavailable);
        assert_eq!(e.grpc_status().code(), tonic::Code::Unavailable);
        assert_eq!(e.connect_body()["code"], "unavailable");
        for response in [e.clone().into_response(), e.into_gateway()] {
            assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(response.headers()[axum::http::header::RETRY_AFTER], "5");
        }
        let internal = ZError::internal("boom").into_response();
        assert!(
            internal
                .headers()
                .get(axum::http::header::RETRY_AFTER)
                .is_none()
        );
    }
}
