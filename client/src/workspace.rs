//! The workspace API (`/api/v1` of the workspace server): [`WorkspaceApi`] sends
//! requests with the session's bearer token to the profile's `api_url` (by default
//! the issuer), parses error bodies into [`crate::ApiError`], and retries idempotent
//! requests (GET, PUT, DELETE) with exponential backoff on connection failures, 5xx
//! and 429 (honouring `Retry-After`). Calls per area live in one file each:
//! [`sharing`], [`audit`], [`docs`], [`drive`]; modules add theirs next to them.
//! [`lookup`] turns names people know (titles, emails, org names) into ids.

pub mod audit;
pub mod calendar;
pub mod docs;
pub mod drive;
pub mod lookup;
pub mod sharing;

use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use reqwest::{Method, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::Error;
use crate::session::Session;

/// Attempts after the first for an idempotent request.
const RETRIES: usize = 4;
/// The longest `Retry-After` honoured; longer answers are cut to this.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// The workspace API of one session.
#[derive(Debug, Clone)]
pub struct WorkspaceApi<'a> {
    session: &'a Session,
    base: String,
    backoff: ExponentialBuilder,
}

impl<'a> WorkspaceApi<'a> {
    /// The API at the session profile's `api_url` (the issuer unless configured).
    pub fn new(session: &'a Session) -> Self {
        let base = format!(
            "{}/api/v1",
            session.profile().api_url.as_str().trim_end_matches('/')
        );
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(200))
            .with_max_delay(Duration::from_secs(10))
            .with_max_times(RETRIES)
            .with_jitter();
        Self {
            session,
            base,
            backoff,
        }
    }

    /// Uses `backoff` between retries instead of the default (200 ms doubling to
    /// 10 s, 4 retries, jitter).
    pub fn with_backoff(mut self, backoff: ExponentialBuilder) -> Self {
        self.backoff = backoff;
        self
    }

    /// `…/api/v1` + `path` (`path` starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The session.
    pub fn session(&self) -> &Session {
        self.session
    }

    /// Sends `method path` with an optional JSON body; idempotent methods are
    /// retried (see the module docs). Non-2xx answers are errors.
    pub async fn send<B: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<Response, Error> {
        self.send_with(method, path, body, &[]).await
    }

    /// [`WorkspaceApi::send`] with extra request headers (`If-Match`, `Accept`).
    pub async fn send_with<B: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        headers: &[(&'static str, String)],
    ) -> Result<Response, Error> {
        let url = self.url(path);
        let json = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(|e| Error::Protocol {
                url: url.clone(),
                reason: format!("cannot encode the request: {e}"),
            })?;
        let http = self.session.http().client().clone();
        let build = |token: &str| -> RequestBuilder {
            let mut req = http.request(method.clone(), &url).bearer_auth(token);
            for (name, value) in headers {
                req = req.header(*name, value);
            }
            if let Some(bytes) = &json {
                req = req
                    .header("content-type", "application/json")
                    .body(bytes.clone());
            }
            req
        };
        let once = || self.session.send(&url, build);
        if !is_idempotent(&method) {
            return once().await;
        }
        once.retry(self.backoff)
            .sleep(tokio::time::sleep)
            .when(retryable)
            .adjust(|e, backoff| backoff.map(|d| retry_after(e).unwrap_or(d)))
            .notify(|e, d| tracing::debug!(error = %e, delay = ?d, "retrying a workspace request"))
            .await
    }

    /// `GET path`, decoded.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, Error> {
        let resp = self.send::<()>(Method::GET, path, None).await?;
        crate::http::decode(resp, &self.url(path)).await
    }

    /// `POST path` with a JSON body, decoded.
    pub async fn post<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T, Error> {
        let resp = self.send(Method::POST, path, Some(body)).await?;
        crate::http::decode(resp, &self.url(path)).await
    }

    /// `DELETE path`, expecting no body.
    pub async fn delete(&self, path: &str) -> Result<(), Error> {
        self.send::<()>(Method::DELETE, path, None).await?;
        Ok(())
    }
}

fn is_idempotent(m: &Method) -> bool {
    matches!(
        *m,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE
    )
}

/// Worth another try: the server was unreachable (refused, reset, timed out),
/// overloaded (429) or failing (5xx).
pub fn retryable(e: &Error) -> bool {
    match e {
        Error::Unreachable { .. } => true,
        Error::Api(a) => a.status == 429 || a.status >= 500,
        _ => false,
    }
}

/// The server's `Retry-After`, capped.
fn retry_after(e: &Error) -> Option<Duration> {
    match e {
        Error::Api(a) => a.retry_after.map(|d| d.min(MAX_RETRY_AFTER)),
        _ => None,
    }
}

/// `?k=v&…` of the pairs whose value is set (percent-encoded), or "".
pub fn query(pairs: &[(&str, Option<&str>)]) -> String {
    let set: Vec<(&str, &str)> = pairs
        .iter()
        .filter_map(|(k, v)| v.map(|v| (*k, v)))
        .collect();
    if set.is_empty() {
        return String::new();
    }
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in set {
        ser.append_pair(k, v);
    }
    format!("?{}", ser.finish())
}
