//! ZITADEL's error model for the management APIs: a gRPC status code, a message
//! `"<text> (<ERROR-ID>)"` and a `zitadel.v1.ErrorDetail{id, message}`, rendered as a
//! Connect error body or as a grpc-gateway (REST) body (README §3.7).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use serde_json::{Value, json};
use ws_storage::StorageError;

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
}

impl Code {
    /// The numeric gRPC code (REST gateway bodies).
    pub(crate) fn grpc(self) -> u16 {
        match self {
            Code::InvalidArgument => 3,
            Code::FailedPrecondition => 9,
            Code::Unauthenticated => 16,
            Code::PermissionDenied => 7,
            Code::NotFound => 5,
            Code::AlreadyExists => 6,
            Code::Unimplemented => 12,
            Code::Internal => 13,
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
            other => Self::internal(other),
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
        // zitadel.v1.ErrorDetail: field 1 `id`, field 2 `message`, both strings.
        let mut out = Vec::new();
        for (tag, text) in [(0x0a_u8, self.id), (0x12, self.message.as_str())] {
            out.push(tag);
            let mut len = text.len();
            while len >= 0x80 {
                out.push((len as u8 & 0x7f) | 0x80);
                len >>= 7;
            }
            out.push(len as u8);
            out.extend_from_slice(text.as_bytes());
        }
        out
    }

    /// The Connect error body.
    pub(crate) fn connect_body(&self) -> Value {
        let mut body = json!({"code": self.code.connect(), "message": self.full_message()});
        if !self.id.is_empty() {
            body["details"] = json!([{
                "type": "zitadel.v1.ErrorDetail",
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
                "@type": "type.googleapis.com/zitadel.v1.ErrorDetail",
                "id": self.id,
                "message": self.message,
            }]);
        }
        body
    }

    /// The error as a REST gateway response.
    pub(crate) fn into_gateway(self) -> Response {
        (self.code.http(), Json(self.gateway_body())).into_response()
    }
}

impl IntoResponse for ZError {
    /// The Connect form; REST handlers call [`ZError::into_gateway`] instead.
    fn into_response(self) -> Response {
        (self.code.http(), Json(self.connect_body())).into_response()
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
}
