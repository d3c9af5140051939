//! TLS for the listener (`[server] tls_cert`, `tls_key`): rustls with the `ring`
//! provider, ALPN offering HTTP/2 and HTTP/1.1, and the certificate re-read on SIGHUP.
//! A reload swaps the configuration new handshakes use; established connections keep
//! theirs and are not dropped. A reload that fails (unreadable or mismatched files)
//! keeps the previous certificate and says why.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use axum_server::tls_rustls::RustlsConfig;
use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::task::JoinHandle;

/// Where the certificate chain and its key are read from.
#[derive(Debug, Clone)]
pub(crate) struct TlsFiles {
    pub(crate) cert: PathBuf,
    pub(crate) key: PathBuf,
}

impl TlsFiles {
    /// The pair `[server]` names; both or neither must be set.
    pub(crate) fn from_config(
        cert: Option<&Path>,
        key: Option<&Path>,
    ) -> anyhow::Result<Option<Self>> {
        match (cert, key) {
            (Some(cert), Some(key)) => Ok(Some(Self {
                cert: cert.to_owned(),
                key: key.to_owned(),
            })),
            (None, None) => Ok(None),
            _ => anyhow::bail!(
                "server.tls_cert and server.tls_key go together: set both (PEM files) or neither"
            ),
        }
    }

    /// Reads both files into a server configuration.
    pub(crate) fn load(&self) -> anyhow::Result<Arc<ServerConfig>> {
        let chain = CertificateDer::pem_file_iter(&self.cert)
            .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
            .with_context(|| {
                format!("cannot read the certificate chain {}", self.cert.display())
            })?;
        anyhow::ensure!(
            !chain.is_empty(),
            "{} holds no PEM certificate",
            self.cert.display()
        );
        let key = PrivateKeyDer::from_pem_file(&self.key)
            .with_context(|| format!("cannot read the private key {}", self.key.display()))?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .context("TLS protocol versions")?
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .with_context(|| {
                format!(
                    "the key {} does not fit the certificate {}",
                    self.key.display(),
                    self.cert.display()
                )
            })?;
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(Arc::new(config))
    }
}

/// Re-reads the files on every SIGHUP for as long as the server runs.
pub(crate) fn reload_on_sighup(
    files: TlsFiles,
    live: RustlsConfig,
) -> anyhow::Result<JoinHandle<()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut hangups = signal(SignalKind::hangup()).context("cannot listen for SIGHUP")?;
    Ok(tokio::spawn(async move {
        while hangups.recv().await.is_some() {
            match files.load() {
                Ok(config) => {
                    live.reload_from_config(config);
                    tracing::info!(cert = %files.cert.display(), "TLS certificate reloaded");
                }
                Err(e) => tracing::error!(
                    error = format!("{e:#}"),
                    "TLS reload failed; still serving the previous certificate"
                ),
            }
        }
    }))
}
