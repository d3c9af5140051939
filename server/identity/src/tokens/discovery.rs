//! `GET /.well-known/openid-configuration`: the provider metadata, with ZITADEL's
//! endpoint paths and the features this provider implements (nothing advertised
//! that is not served).

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use serde_json::{Value, json};

use super::grant::GRANT_TYPES;
use crate::IdentityState;

/// Client authentication methods of the token and revocation endpoints.
pub(crate) const CLIENT_AUTH_METHODS: [&str; 3] =
    ["none", "client_secret_basic", "client_secret_post"];

/// Scopes advertised, as ZITADEL's discovery lists them.
pub(crate) const SCOPES: [&str; 6] = [
    "openid",
    "profile",
    "email",
    "phone",
    "address",
    "offline_access",
];

/// The discovery document for `issuer`.
pub(crate) fn document(issuer: &str) -> Value {
    let ep = |path: &str| format!("{issuer}{path}");
    json!({
        "issuer": issuer,
        "authorization_endpoint": ep("/oauth/v2/authorize"),
        "token_endpoint": ep("/oauth/v2/token"),
        "introspection_endpoint": ep("/oauth/v2/introspect"),
        "userinfo_endpoint": ep("/oidc/v1/userinfo"),
        "revocation_endpoint": ep("/oauth/v2/revoke"),
        "end_session_endpoint": ep("/oidc/v1/end_session"),
        "device_authorization_endpoint": ep("/oauth/v2/device_authorization"),
        "jwks_uri": ep("/oauth/v2/keys"),
        "scopes_supported": SCOPES,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": GRANT_TYPES,
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": CLIENT_AUTH_METHODS,
        "revocation_endpoint_auth_methods_supported": CLIENT_AUTH_METHODS,
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic"],
        "claims_supported": [
            "sub", "aud", "exp", "iat", "nbf", "iss", "jti", "auth_time", "nonce", "amr",
            "at_hash", "azp", "client_id", "scope", "preferred_username", "name",
            "given_name", "family_name", "nickname", "locale", "updated_at", "email",
            "email_verified", "phone_number", "phone_number_verified",
            "urn:zitadel:iam:org:project:roles",
            "urn:zitadel:iam:user:resourceowner:id",
            "urn:zitadel:iam:user:resourceowner:name",
            "urn:zitadel:iam:user:resourceowner:primary_domain"
        ],
        "code_challenge_methods_supported": ["S256"],
        // Every authorization response (success and error) carries `iss` (RFC 9207).
        "authorization_response_iss_parameter_supported": true,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
        "backchannel_logout_supported": false
    })
}

/// The discovery handler; clients may cache it like the JWKS.
pub(crate) async fn handler(State(state): State<IdentityState>) -> impl IntoResponse {
    (
        [(header::CACHE_CONTROL, "max-age=300")],
        Json(document(state.config.issuer_str())),
    )
}
