//! The device authorization grant (RFC 8628): ask for a user code, show it, then poll
//! the token endpoint honouring `interval` and `slow_down` until the person approves,
//! denies, the code expires, or the caller cancels.

use std::future::Future;
use std::time::Duration;

use serde::Deserialize;
use time::OffsetDateTime;

use super::{Discovery, LoginEvent, Notify};
use crate::error::{Error, ErrorCode};
use crate::http::Http;
use crate::tokens::{Grant, TokenResponse, TokenSet};

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

#[derive(Deserialize)]
struct DeviceAuthorization {
    device_code: String,
    user_code: String,
    verification_uri: String,
    #[serde(default)]
    verification_uri_complete: Option<String>,
    expires_in: i64,
    #[serde(default)]
    interval: Option<u64>,
}

/// Runs the device flow until tokens are issued; `cancel` resolving (Ctrl-C) stops it.
pub async fn login(
    http: &Http,
    disc: &Discovery,
    client_id: &str,
    scopes: &[String],
    notify: Notify<'_>,
    cancel: impl Future<Output = ()>,
) -> Result<TokenSet, Error> {
    let url = disc.device_endpoint()?;
    let scope = scopes.join(" ");
    let auth: DeviceAuthorization = http
        .post_form(url, &[("client_id", client_id), ("scope", &scope)], None)
        .await?;
    let expires_at = OffsetDateTime::now_utc() + time::Duration::seconds(auth.expires_in);
    notify(LoginEvent::DeviceCode {
        verification_uri: auth.verification_uri.clone(),
        verification_uri_complete: auth.verification_uri_complete.clone(),
        user_code: auth.user_code.clone(),
        expires_at,
    });
    let poll = poll(http, disc, client_id, &auth, expires_at, notify);
    tokio::select! {
        result = poll => result,
        () = cancel => Err(Error::Cancelled),
    }
}

async fn poll(
    http: &Http,
    disc: &Discovery,
    client_id: &str,
    auth: &DeviceAuthorization,
    expires_at: OffsetDateTime,
    notify: Notify<'_>,
) -> Result<TokenSet, Error> {
    let mut interval = auth.interval.unwrap_or(5).max(1);
    let form = [
        ("grant_type", DEVICE_GRANT),
        ("device_code", auth.device_code.as_str()),
        ("client_id", client_id),
    ];
    loop {
        tokio::time::sleep(Duration::from_secs(interval)).await;
        let now = OffsetDateTime::now_utc();
        match http
            .post_form::<TokenResponse>(&disc.metadata.token_endpoint, &form, None)
            .await
        {
            Ok(resp) => {
                return Ok(resp.into_tokens(
                    &disc.metadata.issuer,
                    Some(client_id.to_owned()),
                    Grant::DeviceCode,
                    now,
                ));
            }
            Err(Error::Api(e)) => match &e.code {
                ErrorCode::OAuth(c) if c == "authorization_pending" => {}
                ErrorCode::OAuth(c) if c == "slow_down" => {
                    interval += 5;
                    notify(LoginEvent::SlowDown {
                        interval_secs: interval,
                    });
                }
                ErrorCode::OAuth(c) if c == "access_denied" => {
                    return Err(Error::Login(
                        "the device authorization was denied on the verification page".into(),
                    ));
                }
                ErrorCode::OAuth(c) if c == "expired_token" => return Err(expired()),
                // Some servers forget expired codes (`invalid_grant`): say what happened.
                _ if OffsetDateTime::now_utc() >= expires_at => return Err(expired()),
                _ => return Err(Error::Api(e)),
            },
            Err(other) => return Err(other),
        }
        if OffsetDateTime::now_utc() >= expires_at {
            return Err(expired());
        }
    }
}

fn expired() -> Error {
    Error::Login("the device code expired before it was approved; run `ws auth login` again".into())
}
