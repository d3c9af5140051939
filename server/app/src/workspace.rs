//! Builds the workspace API's state from `[workspace]` and the bootstrap files: the
//! authenticator (remote JWKS + introspection over HTTP, whatever the issuer) and
//! the workspace limits.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use ws_auth::{AuthConfig, Authenticator, Secret, SystemClock};
use ws_identity::bootstrap::{BootstrapInfo, INTROSPECTION_CLIENT_FILE, IntrospectionClient};
use ws_workspace::drive::blobs::BlobStore;
use ws_workspace::{WorkspaceConfig, WorkspaceState};

use crate::config::ServerConfig;

/// The workspace state for this server.
pub(crate) fn state(
    config: &ServerConfig,
    data_dir: &Path,
    info: &BootstrapInfo,
    store: ws_storage::Store,
) -> anyhow::Result<WorkspaceState> {
    let auth = Authenticator::builder(auth_config(config, data_dir, info)?)
        .build()
        .context("workspace token validation")?;
    let limits = WorkspaceConfig {
        max_json_body: config.workspace.max_json_body,
        max_doc_body: config.workspace.max_doc_body,
        // The store compares in i64; the largest value is as good as no limit.
        default_org_quota: config.workspace.drive_quota.unwrap_or(u64::MAX),
        upload_session_ttl: config.workspace.upload_session_ttl,
        drive_gc_interval: config.workspace.drive_gc_interval,
        drive_gc_grace: config.workspace.drive_gc_grace,
        ..WorkspaceConfig::default()
    };
    // Drive bytes: content-addressed blobs and upload staging in the data directory.
    let blobs = BlobStore::local(data_dir).context("drive blob store")?;
    Ok(WorkspaceState::new(
        store,
        auth,
        limits,
        Arc::new(SystemClock),
        blobs,
    ))
}

/// `[workspace]` with the bootstrap's values filling what it leaves unset.
fn auth_config(
    config: &ServerConfig,
    data_dir: &Path,
    info: &BootstrapInfo,
) -> anyhow::Result<AuthConfig> {
    let w = &config.workspace;
    let issuer = match &w.issuer {
        Some(url) => url.as_str().trim_end_matches('/').to_owned(),
        None => info.issuer.trim_end_matches('/').to_owned(),
    };
    let audience = w
        .audience
        .clone()
        .unwrap_or_else(|| info.project_id.clone());
    let (id, secret) = match (&w.introspection_client_id, &w.introspection_client_secret) {
        (Some(id), Some(secret)) => (id.clone(), secret.clone()),
        (None, None) => {
            let c = read_client(&data_dir.join(INTROSPECTION_CLIENT_FILE))?;
            (c.client_id.clone(), Secret::new(c.client_secret.clone()))
        }
        _ => anyhow::bail!(
            "[workspace]: set both introspection_client_id and introspection_client_secret, \
             or neither (then they are read from the data directory)"
        ),
    };
    Ok(AuthConfig::new(issuer, audience, id, secret))
}

fn read_client(path: &Path) -> anyhow::Result<IntrospectionClient> {
    let bytes = std::fs::read(path).with_context(|| {
        format!(
            "cannot read {} (the workspace's introspection client); set \
             workspace.introspection_client_id and _secret instead",
            path.display()
        )
    })?;
    serde_json::from_slice(&bytes).with_context(|| format!("cannot parse {}", path.display()))
}
