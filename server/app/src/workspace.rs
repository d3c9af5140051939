//! Builds the workspace API's state from `[workspace]` and the bootstrap files: the
//! authenticator (remote JWKS + introspection over HTTP, whatever the issuer) and
//! the workspace limits, and the identity provider's user directory when a credential
//! for it is configured. The authenticator listens to the embedded identity
//! provider's revocation events, so revocations there take effect at once (tokens of
//! another issuer, and every token on a workspace-only server, are still checked by
//! introspection, cached at most 5 s).

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use ws_auth::{AuthConfig, Authenticator, RevocationFeed, Secret, SystemClock};
use ws_identity::bootstrap::{BootstrapInfo, INTROSPECTION_CLIENT_FILE, IntrospectionClient};
use ws_workspace::drive::blobs::BlobStore;
use ws_workspace::sharing::{IdpDirectory, IdpDirectoryConfig};
use ws_workspace::{WorkspaceConfig, WorkspaceState};

use crate::config::ServerConfig;

/// What the workspace takes from the identity side of this process; both `None`
/// on a workspace-only server (whose `[workspace]` names everything instead).
pub(crate) struct Sources<'a> {
    /// The bootstrap's issuer, project and client ids.
    pub info: Option<&'a BootstrapInfo>,
    /// The embedded identity provider's revocation events.
    pub revocations: Option<Arc<RevocationFeed>>,
}

/// The workspace state for this server.
pub(crate) fn state(
    config: &ServerConfig,
    data_dir: &Path,
    sources: Sources<'_>,
    store: ws_storage::Store,
    blobs: BlobStore,
) -> anyhow::Result<WorkspaceState> {
    let info = sources.info;
    let auth_config = auth_config(config, data_dir, info)?;
    let directory = directory_for(config, &auth_config, info)?;
    let mut auth = Authenticator::builder(auth_config);
    if let Some(feed) = sources.revocations {
        auth = auth.revocations(feed);
    }
    let auth = auth.build().context("workspace token validation")?;
    let limits = WorkspaceConfig {
        max_json_body: config.workspace.max_json_body,
        max_doc_body: config.workspace.max_doc_body,
        // The store compares in i64; the largest value is as good as no limit.
        default_org_quota: config.workspace.drive_quota.unwrap_or(u64::MAX),
        upload_session_ttl: config.workspace.upload_session_ttl,
        drive_gc_interval: config.workspace.drive_gc_interval,
        drive_gc_grace: config.workspace.drive_gc_grace,
    };
    let state = WorkspaceState::new(store, auth, limits, Arc::new(SystemClock), blobs);
    Ok(match directory {
        Some(d) => state.with_directory(d),
        None => state,
    })
}

/// The identity provider's user directory when `directory_pat_file` is set; without
/// it, a warning if the workspace trusts another provider (whose users this
/// server's identity records do not hold).
fn directory_for(
    config: &ServerConfig,
    auth: &AuthConfig,
    info: Option<&BootstrapInfo>,
) -> anyhow::Result<Option<IdpDirectory>> {
    if let Some(path) = &config.workspace.directory_pat_file {
        return directory(path, auth).map(Some);
    }
    if info.is_none_or(|info| auth.issuer != info.issuer.trim_end_matches('/')) {
        tracing::warn!(issuer = %auth.issuer,
            "the workspace trusts another identity provider but has no {DIRECTORY_KEY}: \
             shares and lookups can name users and orgs by id only, and only those who \
             have used the workspace here");
    }
    Ok(None)
}

/// The configuration key of the directory credential, as errors name it.
const DIRECTORY_KEY: &str = "workspace.directory_pat_file";

/// The identity provider's user directory, at the workspace's issuer, with the token
/// in `path`. A missing, unreadable or empty file stops the start (naming the key
/// and the file, never its contents).
fn directory(path: &Path, auth: &AuthConfig) -> anyhow::Result<IdpDirectory> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "{DIRECTORY_KEY}: cannot read {} (a file holding the personal access token of              a service user that may read users, authorizations and project grants)",
            path.display()
        )
    })?;
    let token = text.trim();
    if token.is_empty() {
        anyhow::bail!(
            "{DIRECTORY_KEY}: {} is empty; put the service user's personal access token in it",
            path.display()
        );
    }
    if token.lines().count() > 1 || token.chars().any(char::is_whitespace) {
        anyhow::bail!(
            "{DIRECTORY_KEY}: {} must hold one token and nothing else (it has several words \
             or lines)",
            path.display()
        );
    }
    warn_if_readable_by_others(path);
    let directory = IdpDirectory::new(IdpDirectoryConfig {
        api_base: auth.issuer.clone(),
        project_id: auth.audience.clone(),
        token: Secret::new(token),
        credential_key: DIRECTORY_KEY.to_owned(),
        http_timeout: auth.http_timeout,
    })
    .context("workspace user directory")?;
    tracing::info!(issuer = %auth.issuer, file = %path.display(),
        "workspace user lookups go to the identity provider's user API");
    Ok(directory)
}

/// A credential others can read is worth a warning (the file is the operator's: it
/// is not changed).
fn warn_if_readable_by_others(path: &Path) {
    if let Ok(Some(mode)) = crate::file_mode::open_to_others(path) {
        tracing::warn!(file = %path.display(), mode = format!("{mode:o}"),
            "{DIRECTORY_KEY} is accessible to other users; consider chmod 600");
    }
}

/// `[workspace]` with the bootstrap's values filling what it leaves unset.
fn auth_config(
    config: &ServerConfig,
    data_dir: &Path,
    info: Option<&BootstrapInfo>,
) -> anyhow::Result<AuthConfig> {
    let w = &config.workspace;
    // `ServerConfig::check_mode` made sure a server without bootstrap sets both.
    let unset = |key: &str| anyhow::anyhow!("{key} is not set (needed without [identity])");
    let issuer = match (&w.issuer, info) {
        (Some(url), _) => url.as_str().trim_end_matches('/').to_owned(),
        (None, Some(info)) => info.issuer.trim_end_matches('/').to_owned(),
        (None, None) => return Err(unset("workspace.issuer")),
    };
    let audience = match (&w.audience, info) {
        (Some(a), _) => a.clone(),
        (None, Some(info)) => info.project_id.clone(),
        (None, None) => return Err(unset("workspace.audience")),
    };
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
