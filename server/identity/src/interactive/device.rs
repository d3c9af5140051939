//! `POST /oauth/v2/device_authorization` (RFC 8628 §3.1–3.2): issues a device code
//! (stored as a digest) and a user code the person enters on the `/device` page.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use ws_storage::{
    App, AppType, AuthMethod, DeviceCode, DeviceStatus, State as RecordState, StorageError,
};

use super::params::{Params, display_user_code, new_user_code, parse_scopes};
use crate::secrets::{digest, random_token};
use crate::{IdentityState, OAuthError};

/// The grant type an app must allow to use the device flow.
pub const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// How many user codes to draw before giving up on collisions (20^8 codes make a
/// single collision already unlikely).
const USER_CODE_ATTEMPTS: usize = 5;

/// The device authorization response (RFC 8628 §3.2).
#[derive(Debug, Serialize)]
pub struct DeviceAuthorization {
    /// The code the device polls the token endpoint with.
    pub device_code: String,
    /// The code the person enters, `XXXX-XXXX`.
    pub user_code: String,
    /// The page where to enter it.
    pub verification_uri: String,
    /// The page with the code filled in.
    pub verification_uri_complete: String,
    /// Seconds until both codes expire.
    pub expires_in: u64,
    /// Minimum seconds between polls.
    pub interval: u64,
}

/// `POST /oauth/v2/device_authorization` with form `client_id`, `scope`.
pub async fn post(State(state): State<IdentityState>, body: String) -> Response {
    match authorize_device(&state, &body).await {
        Ok(resp) => {
            let mut r = Json(resp).into_response();
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        Err(e) => e.into_response(),
    }
}

async fn authorize_device(
    state: &IdentityState,
    body: &str,
) -> Result<DeviceAuthorization, OAuthError> {
    let p = Params::parse(body).map_err(OAuthError::invalid_request)?;
    let app = device_client(state, &p).await?;
    let scopes = parse_scopes(p.get("scope")).map_err(OAuthError::invalid_scope)?;
    let device_code = random_token(32);
    let ttl = state.config.device_code_ttl.as_secs();
    let interval = state.config.device_poll_interval.as_secs().max(1);
    let mut record = DeviceCode {
        device_code_digest: digest(&device_code),
        user_code: String::new(),
        client_id: app.client_id.clone(),
        scopes,
        expires_at: state
            .clock
            .now()
            .saturating_add(i64::try_from(ttl).unwrap_or(i64::MAX)),
        interval_secs: i64::try_from(interval).unwrap_or(5),
        last_poll_at: None,
        status: DeviceStatus::Pending,
    };
    insert_with_fresh_user_code(state, &mut record).await?;
    let shown = display_user_code(&record.user_code);
    let verification_uri = format!("{}/device", state.config.issuer_str());
    let complete = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("user_code", &shown)
        .finish();
    Ok(DeviceAuthorization {
        device_code,
        verification_uri_complete: format!("{verification_uri}?{complete}"),
        verification_uri,
        user_code: shown,
        expires_in: ttl,
        interval,
    })
}

/// The public application asking, which must allow the device grant.
async fn device_client(state: &IdentityState, p: &Params) -> Result<App, OAuthError> {
    let client_id = p
        .get("client_id")
        .ok_or_else(|| OAuthError::invalid_request("parameter `client_id` is required"))?;
    if p.get("client_secret").is_some() {
        return Err(OAuthError::invalid_client(
            "the device flow is for public clients: do not send a client secret",
        ));
    }
    let app = state
        .store
        .apps
        .get_app_by_client_id(client_id)
        .await
        .map_err(OAuthError::from_storage)?
        .filter(|a| a.state == RecordState::Active && a.app_type != AppType::Api)
        .ok_or_else(|| {
            OAuthError::invalid_client("unknown client: no active application has this client_id")
        })?;
    if app.auth_method != AuthMethod::None {
        return Err(OAuthError::unauthorized_client(
            "the device flow is only offered to public (native) applications",
        ));
    }
    if !app.grant_types.iter().any(|g| g == DEVICE_GRANT) {
        return Err(OAuthError::unauthorized_client(
            "this application may not use the device flow; enable the device_code grant on it",
        ));
    }
    Ok(app)
}

async fn insert_with_fresh_user_code(
    state: &IdentityState,
    record: &mut DeviceCode,
) -> Result<(), OAuthError> {
    for _ in 0..USER_CODE_ATTEMPTS {
        record.user_code = new_user_code();
        match state.store.oidc.insert_device_code(record).await {
            Ok(()) => return Ok(()),
            Err(StorageError::Conflict(_)) => continue,
            Err(e) => return Err(OAuthError::server_error(e)),
        }
    }
    Err(OAuthError::server_error(
        "no free user code after several attempts",
    ))
}
