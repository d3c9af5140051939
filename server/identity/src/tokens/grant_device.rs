//! The device-code grant (RFC 8628 §3.4–3.5): the device polls with its code;
//! `authorization_pending` until the user decides on the `/device` page,
//! `slow_down` when it polls faster than the interval, `access_denied`,
//! `expired_token`, and tokens exactly once after approval.

use axum::http::HeaderMap;
use axum::response::Response;
use ws_storage::DeviceStatus;

use super::claims::{Scopes, Subject};
use super::form::Form;
use super::grant::{DEVICE_CODE, app_for_grant};
use super::mint::{Issue, Refresh, respond, wants_refresh};
use crate::secrets::digest;
use crate::{IdentityState, OAuthError};

pub(crate) async fn grant(
    state: &IdentityState,
    headers: &HeaderMap,
    form: &Form,
) -> Result<Response, OAuthError> {
    let app = app_for_grant(state, headers, form, DEVICE_CODE).await?;
    let code = form.require("device_code")?;
    let now = state.clock.now();
    let dig = digest(code);
    let oidc = &state.store.oidc;
    let Some(rec) = oidc
        .poll_device_code(&dig, now)
        .await
        .map_err(OAuthError::from_storage)?
    else {
        return Err(OAuthError::invalid_grant(
            "unknown device_code; start a new device authorization",
        ));
    };
    if rec.client_id != app.client_id {
        return Err(OAuthError::invalid_grant(
            "the device_code was issued to another client",
        ));
    }
    let (user_id, auth_time, amr) = match rec.status {
        DeviceStatus::Consumed => {
            return Err(OAuthError::invalid_grant(
                "the device_code was already used",
            ));
        }
        _ if now >= rec.expires_at => return Err(OAuthError::expired_token()),
        DeviceStatus::Denied => {
            return Err(OAuthError::access_denied(
                "the user denied the authorization request",
            ));
        }
        DeviceStatus::Pending => {
            let too_fast = rec
                .last_poll_at
                .is_some_and(|prev| now - prev < rec.interval_secs);
            return Err(if too_fast {
                OAuthError::slow_down()
            } else {
                OAuthError::authorization_pending()
            });
        }
        DeviceStatus::Approved {
            user_id,
            auth_time,
            amr,
        } => (user_id, auth_time, amr),
    };
    let Some(subject) = Subject::load(state, &user_id).await? else {
        return Err(OAuthError::invalid_grant(
            "the approving user is no longer active",
        ));
    };
    if !oidc
        .consume_device_code(&dig)
        .await
        .map_err(OAuthError::from_storage)?
    {
        return Err(OAuthError::invalid_grant(
            "the device_code was already used",
        ));
    }
    let scopes = Scopes(rec.scopes.clone());
    let family_id = ws_storage::new_id();
    let refresh = if wants_refresh(&app, &scopes) {
        Refresh::New {
            family_id: family_id.clone(),
        }
    } else {
        Refresh::No
    };
    let issue = Issue {
        client_id: &app.client_id,
        app: Some(&app),
        machine_token_type: None,
        subject: &subject,
        scopes: &scopes,
        auth_time: Some(auth_time),
        amr: &amr,
        nonce: None,
        jti: None,
        refresh,
        sid: None,
        grant: Some(family_id),
    };
    respond(state, issue).await
}
