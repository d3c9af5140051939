//! OIDC discovery (`/.well-known/openid-configuration`), tolerant of extra fields and
//! strict on the issuer: the document must name the issuer that was asked for.

use std::time::SystemTime;

use serde::Deserialize;
use url::Url;

use crate::error::Error;
use crate::http::Http;

/// The discovery fields `ws` uses (ZITADEL serves all of them).
#[derive(Debug, Clone, Deserialize)]
pub struct ProviderMetadata {
    /// Issuer identifier.
    pub issuer: String,
    /// Authorization endpoint.
    pub authorization_endpoint: String,
    /// Token endpoint.
    pub token_endpoint: String,
    /// JWKS URI.
    pub jwks_uri: String,
    /// UserInfo endpoint.
    #[serde(default)]
    pub userinfo_endpoint: Option<String>,
    /// Device authorization endpoint (RFC 8628).
    #[serde(default)]
    pub device_authorization_endpoint: Option<String>,
    /// Revocation endpoint (RFC 7009).
    #[serde(default)]
    pub revocation_endpoint: Option<String>,
    /// Introspection endpoint (RFC 7662).
    #[serde(default)]
    pub introspection_endpoint: Option<String>,
    /// End-session endpoint.
    #[serde(default)]
    pub end_session_endpoint: Option<String>,
    /// PKCE methods.
    #[serde(default)]
    pub code_challenge_methods_supported: Vec<String>,
    /// Grant types.
    #[serde(default)]
    pub grant_types_supported: Vec<String>,
}

/// A discovery document plus the server's clock at the time it answered.
#[derive(Debug, Clone)]
pub struct Discovery {
    /// The document.
    pub metadata: ProviderMetadata,
    /// The `Date` header of the answer (for clock-skew checks).
    pub server_date: Option<SystemTime>,
}

impl Discovery {
    /// Fetches and checks the issuer's discovery document.
    pub async fn fetch(http: &Http, issuer: &Url) -> Result<Self, Error> {
        let base = issuer.as_str().trim_end_matches('/');
        let url = format!("{base}/.well-known/openid-configuration");
        let resp = http.send(http.client().get(&url), &url).await?;
        let server_date = resp
            .headers()
            .get("date")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok());
        let metadata: ProviderMetadata = crate::http::decode(resp, &url).await?;
        if metadata.issuer.trim_end_matches('/') != base {
            return Err(Error::Protocol {
                url,
                reason: format!(
                    "the document names issuer {} but the profile's issuer is {base}; set the profile's issuer to exactly that URL",
                    metadata.issuer
                ),
            });
        }
        Ok(Self {
            metadata,
            server_date,
        })
    }

    /// The device authorization endpoint, or an error naming the issuer.
    pub fn device_endpoint(&self) -> Result<&str, Error> {
        self.need(
            self.metadata.device_authorization_endpoint.as_deref(),
            "device authorization",
        )
    }

    /// The userinfo endpoint, or an error naming the issuer.
    pub fn userinfo_endpoint(&self) -> Result<&str, Error> {
        self.need(self.metadata.userinfo_endpoint.as_deref(), "userinfo")
    }

    /// The revocation endpoint, or an error naming the issuer.
    pub fn revocation_endpoint(&self) -> Result<&str, Error> {
        self.need(self.metadata.revocation_endpoint.as_deref(), "revocation")
    }

    fn need<'a>(&self, endpoint: Option<&'a str>, name: &str) -> Result<&'a str, Error> {
        endpoint.ok_or_else(|| Error::Protocol {
            url: self.metadata.issuer.clone(),
            reason: format!("the issuer does not advertise a {name} endpoint"),
        })
    }
}
