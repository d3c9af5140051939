//! `POST /oauth/v2/token`: reads the form, dispatches on `grant_type`, and answers
//! every failure with the RFC error code and a description (never a 500 for bad
//! input).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use ws_storage::App;

use super::client_auth::{authenticate_app, presented};
use super::form::Form;
use super::{grant_client_credentials, grant_code, grant_device, grant_jwt_bearer, grant_refresh};
use crate::{IdentityState, OAuthError};

/// The device-code grant type of RFC 8628.
pub(crate) const DEVICE_CODE: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// The JWT-bearer grant type of RFC 7523.
pub(crate) const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/// Every grant type the token endpoint serves.
pub(crate) const GRANT_TYPES: [&str; 5] = [
    "authorization_code",
    "refresh_token",
    "client_credentials",
    DEVICE_CODE,
    JWT_BEARER,
];

/// The token endpoint handler.
pub(crate) async fn handler(
    State(state): State<IdentityState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match dispatch(&state, &headers, &body).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

async fn dispatch(
    state: &IdentityState,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Response, OAuthError> {
    let form = Form::parse(headers, body)?;
    match form.require("grant_type")? {
        "authorization_code" => grant_code::grant(state, headers, &form).await,
        "refresh_token" => grant_refresh::grant(state, headers, &form).await,
        "client_credentials" => grant_client_credentials::grant(state, headers, &form).await,
        DEVICE_CODE => grant_device::grant(state, headers, &form).await,
        JWT_BEARER => grant_jwt_bearer::grant(state, &form).await,
        other => Err(OAuthError::unsupported_grant_type(format!(
            "grant_type '{}' is not supported; use one of: {}",
            other.escape_default(),
            GRANT_TYPES.join(", ")
        ))),
    }
}

/// Authenticates the application making a code, refresh or device request and
/// checks that it may use `grant`.
pub(crate) async fn app_for_grant(
    state: &IdentityState,
    headers: &HeaderMap,
    form: &Form,
    grant: &str,
) -> Result<App, OAuthError> {
    let Some(p) = presented(headers, form)? else {
        return Err(OAuthError::invalid_client(
            "client authentication required: send client_id (and client_secret for confidential clients)",
        ));
    };
    let app = authenticate_app(state, &p).await?;
    if !app.grant_types.iter().any(|g| g == grant) {
        return Err(OAuthError::unauthorized_client(format!(
            "client '{}' is not allowed to use the grant type '{grant}'; enable it on the application",
            app.client_id
        )));
    }
    Ok(app)
}
