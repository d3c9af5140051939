//! `[blobs]`: where drive file bytes live, chosen by URL, and opening that store.
//!
//! `file://DIR` keeps blobs in `DIR/blobs` and upload staging in `DIR/uploads` on
//! local disk; the default is the data directory, so existing data directories keep
//! working. `s3://BUCKET/PREFIX` puts both in an S3-compatible bucket under PREFIX,
//! shared by every server that names it (see `ws_workspace::drive::segments`).
//! Credentials come from this section or, when it leaves them out, from the standard
//! `AWS_*` variables (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`,
//! `AWS_ENDPOINT_URL`, ...).

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use object_store::aws::AmazonS3Builder;
use object_store::prefix::PrefixStore;
use object_store::{BackoffConfig, ClientOptions, RetryConfig};
use serde::{Deserialize, Serialize};
use url::Url;
use ws_workspace::drive::blobs::BlobStore;

use crate::config::Secret;

/// `[blobs]`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct BlobsSection {
    /// `file://DIR` or `s3://BUCKET/PREFIX`; default: the data directory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// S3 endpoint (for S3-compatible servers); plain http only on loopback.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<Url>,
    /// S3 region; default `AWS_REGION` or `us-east-1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Path-style requests (`ENDPOINT/BUCKET/KEY`) rather than virtual-hosted ones.
    pub path_style: bool,
    /// S3 access key id; default `AWS_ACCESS_KEY_ID`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// S3 secret access key; default `AWS_SECRET_ACCESS_KEY`. Never logged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_access_key: Option<Secret>,
}

impl Default for BlobsSection {
    fn default() -> Self {
        Self {
            url: None,
            endpoint: None,
            region: None,
            path_style: true,
            access_key_id: None,
            secret_access_key: None,
        }
    }
}

/// Where blobs go, once the URL is understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlobTarget {
    /// A local directory (holding `blobs/` and `uploads/`).
    Local(PathBuf),
    /// An S3 bucket, under an optional key prefix.
    S3 {
        /// Bucket name.
        bucket: String,
        /// Key prefix without slashes at either end; empty for the bucket's root.
        prefix: String,
    },
}

const URL_KEY: &str = "blobs.url";
const HINT: &str = "write file:///ABSOLUTE/DIR or s3://BUCKET/PREFIX";

impl BlobsSection {
    /// The store `url` names (the data directory when unset); an error names the key.
    pub fn target(&self, data_dir: &Path) -> anyhow::Result<BlobTarget> {
        let Some(raw) = &self.url else {
            return Ok(BlobTarget::Local(data_dir.to_owned()));
        };
        let url = Url::parse(raw).with_context(|| format!("{URL_KEY} = {raw:?}: {HINT}"))?;
        match url.scheme() {
            "file" => match url.to_file_path() {
                Ok(dir) if url.host_str().is_none_or(str::is_empty) => Ok(BlobTarget::Local(dir)),
                _ => bail!("{URL_KEY} = {raw:?}: a file URL needs an absolute path; {HINT}"),
            },
            "s3" => {
                let bucket = url.host_str().unwrap_or_default().to_owned();
                if bucket.is_empty() {
                    bail!("{URL_KEY} = {raw:?}: the bucket is missing; {HINT}");
                }
                let prefix = url.path().trim_matches('/').to_owned();
                Ok(BlobTarget::S3 { bucket, prefix })
            }
            other => bail!("{URL_KEY} = {raw:?}: unsupported scheme {other:?}; {HINT}"),
        }
    }

    /// Whether an http endpoint is acceptable: only on the loopback interface, so
    /// credentials and file bytes never cross a network in the clear.
    fn check_endpoint(&self) -> anyhow::Result<bool> {
        let Some(endpoint) = &self.endpoint else {
            return Ok(false);
        };
        match endpoint.scheme() {
            "https" => Ok(false),
            "http" => {
                let loopback = match endpoint.host() {
                    Some(url::Host::Domain(d)) => d == "localhost",
                    Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
                    Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
                    None => false,
                };
                if !loopback {
                    bail!(
                        "blobs.endpoint = {endpoint}: plain http is allowed only for a loopback \
                         endpoint (127.0.0.1, ::1, localhost); use https"
                    );
                }
                Ok(true)
            }
            other => bail!("blobs.endpoint = {endpoint}: unsupported scheme {other:?}; use https"),
        }
    }

    /// Opens the configured store, with a line naming it for the banner and logs
    /// (no credentials in it).
    pub fn open(&self, data_dir: &Path) -> anyhow::Result<(BlobStore, String)> {
        match self.target(data_dir)? {
            BlobTarget::Local(dir) => {
                let store = BlobStore::local(&dir)
                    .with_context(|| format!("{URL_KEY}: cannot use {}", dir.display()))?;
                Ok((store, format!("local directory {}", dir.display())))
            }
            BlobTarget::S3 { bucket, prefix } => {
                let allow_http = self.check_endpoint()?;
                let s3 = self
                    .s3_builder(&bucket, allow_http)
                    .build()
                    .with_context(|| {
                        format!("{URL_KEY}: cannot configure the S3 client for bucket {bucket}")
                    })?;
                let at = self
                    .endpoint
                    .as_ref()
                    .map_or_else(|| "AWS".to_owned(), Url::to_string);
                let describe = format!("s3://{bucket}/{prefix} at {at}");
                let store: Arc<dyn object_store::ObjectStore> = if prefix.is_empty() {
                    Arc::new(s3)
                } else {
                    Arc::new(PrefixStore::new(s3, prefix.as_str()))
                };
                Ok((BlobStore::remote(store), describe))
            }
        }
    }

    fn s3_builder(&self, bucket: &str, allow_http: bool) -> AmazonS3Builder {
        let mut b = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .with_virtual_hosted_style_request(!self.path_style)
            // A store that does not answer fails a request in seconds (the client
            // gets 503 and retries), instead of holding it for object_store's minutes.
            .with_retry(RetryConfig {
                backoff: BackoffConfig::default(),
                max_retries: 2,
                retry_timeout: Duration::from_secs(10),
            })
            .with_client_options(
                ClientOptions::new()
                    .with_allow_http(allow_http)
                    .with_connect_timeout(Duration::from_secs(3)),
            );
        if let Some(endpoint) = &self.endpoint {
            b = b.with_endpoint(endpoint.as_str().trim_end_matches('/'));
        }
        if let Some(region) = &self.region {
            b = b.with_region(region);
        }
        if let Some(id) = &self.access_key_id {
            b = b.with_access_key_id(id);
        }
        if let Some(secret) = &self.secret_access_key {
            b = b.with_secret_access_key(secret.expose());
        }
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(url: &str) -> BlobsSection {
        BlobsSection {
            url: Some(url.to_owned()),
            ..BlobsSection::default()
        }
    }

    #[test]
    fn urls_name_a_directory_or_a_bucket_and_prefix() {
        let data = Path::new("/srv/ws");
        assert_eq!(
            BlobsSection::default().target(data).unwrap(),
            BlobTarget::Local(data.to_owned())
        );
        assert_eq!(
            section("file:///var/lib/ws-blobs").target(data).unwrap(),
            BlobTarget::Local("/var/lib/ws-blobs".into())
        );
        assert_eq!(
            section("s3://files/prod/ws/").target(data).unwrap(),
            BlobTarget::S3 {
                bucket: "files".into(),
                prefix: "prod/ws".into()
            }
        );
        for bad in ["blobs", "ftp://x/y", "s3:///nobucket", "file://host/dir"] {
            let err = format!("{:#}", section(bad).target(data).unwrap_err());
            assert!(
                err.contains("blobs.url") && err.contains("s3://BUCKET"),
                "{err}"
            );
        }
    }

    #[test]
    fn plain_http_endpoints_must_be_loopback() {
        let with = |endpoint: &str| BlobsSection {
            endpoint: Some(endpoint.parse().unwrap()),
            ..section("s3://b")
        };
        assert!(with("http://127.0.0.1:9000").check_endpoint().unwrap());
        assert!(with("http://localhost:9000").check_endpoint().unwrap());
        assert!(with("http://[::1]:9000").check_endpoint().unwrap());
        assert!(!with("https://s3.example.com").check_endpoint().unwrap());
        let err = format!(
            "{:#}",
            with("http://s3.example.com").check_endpoint().unwrap_err()
        );
        assert!(
            err.contains("blobs.endpoint") && err.contains("loopback"),
            "{err}"
        );
    }

    #[test]
    fn the_secret_key_never_shows_in_debug_output() {
        let s = BlobsSection {
            secret_access_key: Some(Secret::new("s3cr3t-value".to_owned())),
            ..section("s3://b")
        };
        assert!(!format!("{s:?}").contains("s3cr3t-value"));
    }
}
