//! The shared HTTP client: timeouts, a user agent, and one place where non-2xx
//! answers become [`ApiError`]s and transport failures become [`Error::Unreachable`].

use std::time::Duration;

use reqwest::{RequestBuilder, Response};
use serde::de::DeserializeOwned;

use crate::error::{ApiError, Error};

/// A cheap-to-clone HTTP client.
#[derive(Debug, Clone)]
pub struct Http {
    client: reqwest::Client,
}

impl Http {
    /// A client with `ws/<version>` as user agent, 10 s connect and 30 s request timeouts.
    pub fn new() -> Result<Self, Error> {
        let client = reqwest::Client::builder()
            .user_agent(concat!("ws/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| Error::Protocol {
                url: String::new(),
                reason: format!("cannot build HTTP client: {e}"),
            })?;
        Ok(Self { client })
    }

    /// The underlying reqwest client.
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// Sends a request; a non-2xx answer becomes an [`ApiError`].
    pub async fn send(&self, req: RequestBuilder, url: &str) -> Result<Response, Error> {
        let resp = req.send().await.map_err(|e| Error::transport(url, &e))?;
        if resp.status().is_success() {
            return Ok(resp);
        }
        Err(error_from(resp, url).await)
    }

    /// Sends and decodes a JSON body.
    pub async fn json<T: DeserializeOwned>(
        &self,
        req: RequestBuilder,
        url: &str,
    ) -> Result<T, Error> {
        let resp = self.send(req, url).await?;
        decode(resp, url).await
    }

    /// POSTs a form (token endpoints) and decodes the JSON answer.
    pub async fn post_form<T: DeserializeOwned>(
        &self,
        url: &str,
        form: &[(&str, &str)],
        basic: Option<(&str, &str)>,
    ) -> Result<T, Error> {
        let mut req = self
            .client
            .post(url)
            .header("accept", "application/json")
            .form(form);
        if let Some((user, pass)) = basic {
            req = req.basic_auth(form_encode(user), Some(form_encode(pass)));
        }
        self.json(req, url).await
    }
}

/// RFC 6749 §2.3.1: client id and secret are form-encoded before HTTP Basic.
fn form_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Turns an error answer into an [`Error::Api`].
pub async fn error_from(resp: Response, url: &str) -> Error {
    let status = resp.status().as_u16();
    let request_id = resp
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let retry_after = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(parse_retry_after);
    let body = resp.bytes().await.unwrap_or_default();
    let mut err = ApiError::parse(status, url, &body, request_id);
    err.retry_after = retry_after;
    err.into()
}

/// `Retry-After` as delay-seconds or an HTTP date (RFC 9110 §10.2.3); a date in the
/// past means "now".
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Decodes a JSON body, naming the URL when it is not what was expected.
pub async fn decode<T: DeserializeOwned>(resp: Response, url: &str) -> Result<T, Error> {
    let bytes = resp.bytes().await.map_err(|e| Error::transport(url, &e))?;
    serde_json::from_slice(&bytes).map_err(|e| Error::Protocol {
        url: crate::error::strip_query(url),
        reason: format!("invalid JSON: {e}"),
    })
}
