//! OIDC discovery (`/.well-known/openid-configuration`): where the JWKS and the
//! introspection endpoint live. Read once and kept; a failed read is retried on the
//! next request rather than remembered.

use serde::Deserialize;
use tokio::sync::OnceCell;

use crate::config::AuthConfig;

/// Failure to talk to the identity provider (logged, answered with 503).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UpstreamError(pub String);

/// The endpoints this crate uses from the discovery document.
#[derive(Debug, Clone, Deserialize)]
pub struct Endpoints {
    /// The issuer the provider announces; must equal the configured one.
    pub issuer: String,
    /// The JWK set URL.
    pub jwks_uri: String,
    /// The RFC 7662 introspection endpoint, if the provider has one.
    #[serde(default)]
    pub introspection_endpoint: Option<String>,
}

/// The discovery document of the configured issuer, fetched on first use.
#[derive(Debug)]
pub struct Discovery {
    url: String,
    issuer: String,
    http: reqwest::Client,
    endpoints: OnceCell<Endpoints>,
}

impl Discovery {
    /// Discovery for `config.issuer`, fetched with `http` when first needed.
    pub fn new(config: &AuthConfig, http: reqwest::Client) -> Self {
        Self {
            url: config.discovery_url(),
            issuer: config.issuer.clone(),
            http,
            endpoints: OnceCell::new(),
        }
    }

    /// The endpoints, fetching the document if not done yet.
    pub async fn endpoints(&self) -> Result<&Endpoints, UpstreamError> {
        self.endpoints.get_or_try_init(|| self.fetch()).await
    }

    async fn fetch(&self) -> Result<Endpoints, UpstreamError> {
        let e: Endpoints = get_json(&self.http, &self.url).await?;
        // OIDC Discovery §4.3: the announced issuer must be the one we asked.
        if e.issuer.trim_end_matches('/') != self.issuer.trim_end_matches('/') {
            return Err(UpstreamError(format!(
                "discovery at {} announces issuer {:?}, but {:?} is configured",
                self.url, e.issuer, self.issuer
            )));
        }
        Ok(e)
    }
}

/// GETs `url` and parses a JSON body; any failure is an [`UpstreamError`].
pub(crate) async fn get_json<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
) -> Result<T, UpstreamError> {
    let resp = http
        .get(url)
        .send()
        .await
        .map_err(|e| UpstreamError(format!("GET {url}: {e}")))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(UpstreamError(format!("GET {url}: HTTP {status}")));
    }
    resp.json()
        .await
        .map_err(|e| UpstreamError(format!("GET {url}: unreadable JSON: {e}")))
}
