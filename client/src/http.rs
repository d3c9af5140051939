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

/// The start of every client `ws` builds: `ws/<version>` as user agent and a W3C
/// `traceparent` on every request, so the server's log lines of one command share the
/// command's trace id (a fresh one per client, with sampling flag set).
pub(crate) fn client_builder() -> reqwest::ClientBuilder {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("traceparent", traceparent());
    reqwest::Client::builder()
        .user_agent(concat!("ws/", env!("CARGO_PKG_VERSION")))
        .default_headers(headers)
}

/// `00-<random 128-bit trace id>-<random 64-bit parent id>-01`.
fn traceparent() -> reqwest::header::HeaderValue {
    let trace = uuid::Uuid::new_v4().simple().to_string();
    let parent: u64 = rand::random::<u64>() | 1;
    reqwest::header::HeaderValue::try_from(format!("00-{trace}-{parent:016x}-01"))
        .expect("hex digits and dashes are a valid header value")
}

impl Http {
    /// A client with `ws/<version>` as user agent, 10 s connect and 30 s request timeouts.
    pub fn new() -> Result<Self, Error> {
        let client = client_builder()
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

#[cfg(test)]
mod trace_tests {
    use super::*;

    #[test]
    fn traceparent_is_w3c_version_00_and_fresh_per_client() {
        let a = traceparent();
        let b = traceparent();
        assert_ne!(a, b);
        let text = a.to_str().unwrap();
        let fields: Vec<&str> = text.split('-').collect();
        assert_eq!(fields.len(), 4, "{text}");
        assert_eq!((fields[0], fields[3]), ("00", "01"));
        for (field, len) in [(fields[1], 32), (fields[2], 16)] {
            assert_eq!(field.len(), len, "{text}");
            assert!(
                field
                    .bytes()
                    .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
            );
            assert!(field.bytes().any(|c| c != b'0'));
        }
    }
}
