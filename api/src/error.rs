//! The error body every `ws` server API answers with, and clients parse back.

use serde::{Deserialize, Serialize};

/// `{"code": "...", "message": "...", "request_id": "..."}`: a stable machine-readable
/// code, a sentence a person can act on, and the id to quote when reporting it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// Stable snake_case reason code such as `expired` or `insufficient_scope`.
    pub code: String,
    /// What went wrong and, where possible, what to do about it. Never holds secrets.
    pub message: String,
    /// The request id of the answer (`x-request-id`), when one was assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ErrorBody {
    /// A body without request id (the caller adds it when it knows it).
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            request_id: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_id_is_omitted_when_unknown_and_round_trips() {
        let b = ErrorBody::new("expired", "the token expired");
        let json = serde_json::to_string(&b).unwrap();
        assert_eq!(json, r#"{"code":"expired","message":"the token expired"}"#);
        let with = ErrorBody {
            request_id: Some("r-1".into()),
            ..b
        };
        let back: ErrorBody = serde_json::from_str(&serde_json::to_string(&with).unwrap()).unwrap();
        assert_eq!(back, with);
    }
}
