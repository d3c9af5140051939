//! OAuth 2.0 / OIDC wire shapes (RFC 6749 §5, RFC 7662, RFC 8628).

use serde::{Deserialize, Serialize};

/// The standard OAuth error body: `{"error": "...", "error_description": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OAuthErrorBody {
    /// RFC 6749 error code such as `invalid_grant`.
    pub error: String,
    /// A sentence a person can act on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}
