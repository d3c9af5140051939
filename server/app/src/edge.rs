//! What every request passes before it reaches a route, built from configuration: the
//! client address (trusted proxies), the rate limiter, metrics, CORS and, under TLS, HSTS.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER, STRICT_TRANSPORT_SECURITY};
use axum::http::{HeaderName, HeaderValue, Method};
use metrics_exporter_prometheus::PrometheusHandle;
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::client_addr::TrustedProxies;
use crate::config::ServerConfig;
use crate::rate_limit::RateLimiter;

/// HSTS under TLS: one year, subdomains included (the issuer's host serves only this).
pub(crate) const HSTS: &str = "max-age=31536000; includeSubDomains";

/// The configured request edge.
#[derive(Debug, Clone)]
pub(crate) struct Edge {
    pub(crate) metrics: PrometheusHandle,
    pub(crate) limiter: Option<Arc<RateLimiter>>,
    pub(crate) proxies: Arc<TrustedProxies>,
    pub(crate) cors: Option<CorsLayer>,
    pub(crate) hsts: Option<HeaderValue>,
}

impl Edge {
    /// The edge `config` describes; `tls` when the listener speaks TLS.
    pub(crate) fn from_config(config: &ServerConfig, tls: bool) -> anyhow::Result<Self> {
        Ok(Self {
            metrics: crate::metrics::handle(),
            limiter: RateLimiter::from_config(&config.rate_limit)?,
            proxies: Arc::new(TrustedProxies::new(config.server.trusted_proxies.clone())),
            cors: cors(&config.server.cors_allowed_origins)?,
            hsts: tls.then(|| HeaderValue::from_static(HSTS)),
        })
    }

    /// No limits, no CORS, no HSTS: the bare router, for unit tests.
    #[cfg(test)]
    pub(crate) fn plain() -> Self {
        Self {
            metrics: crate::metrics::handle(),
            limiter: None,
            proxies: Arc::default(),
            cors: None,
            hsts: None,
        }
    }
}

/// The CORS layer for the allowed origins, `None` when there are none.
fn cors(origins: &[String]) -> anyhow::Result<Option<CorsLayer>> {
    if origins.is_empty() {
        return Ok(None);
    }
    let allowed = origins
        .iter()
        .enumerate()
        .map(|(i, o)| {
            origin(o).with_context(|| format!("server.cors_allowed_origins[{i}] = {o:?}"))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let header = HeaderName::from_static;
    Ok(Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(allowed))
            .allow_methods([
                Method::GET,
                Method::HEAD,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ])
            .allow_headers([
                AUTHORIZATION,
                CONTENT_TYPE,
                header("traceparent"),
                header("x-request-id"),
                header("if-match"),
                header("upload-offset"),
            ])
            .expose_headers([
                RETRY_AFTER,
                header("ratelimit"),
                header("ratelimit-policy"),
                header("x-request-id"),
                header("etag"),
                header("location"),
            ])
            .max_age(Duration::from_secs(600)),
    ))
}

/// An origin as browsers send it: `scheme://host[:port]`, nothing more.
fn origin(text: &str) -> anyhow::Result<HeaderValue> {
    let url = url::Url::parse(text).context("not a URL")?;
    let serialized = url.origin().ascii_serialization();
    anyhow::ensure!(
        matches!(url.scheme(), "http" | "https") && serialized == text.trim_end_matches('/'),
        "not an origin: write scheme://host[:port], without path, query or wildcard \
         (this origin is {serialized})"
    );
    Ok(HeaderValue::try_from(serialized)?)
}

/// `Strict-Transport-Security`, for the response layer.
pub(crate) const HSTS_HEADER: HeaderName = STRICT_TRANSPORT_SECURITY;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_must_be_bare_scheme_host_port() {
        assert!(cors(&["https://app.example.com".into()]).unwrap().is_some());
        assert!(cors(&[]).unwrap().is_none());
        for bad in [
            "https://app.example.com/path",
            "*",
            "app.example.com",
            "ftp://x",
        ] {
            let err = format!("{:#}", cors(&[bad.into()]).unwrap_err());
            assert!(err.contains("server.cors_allowed_origins[0]"), "{err}");
        }
    }
}
