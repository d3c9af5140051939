//! [`WorkspaceState`]: everything a workspace handler needs, passed in through axum
//! state (no globals), and [`WorkspaceConfig`], its limits.

use std::sync::Arc;

use axum::extract::FromRef;

use crate::audit::AuditLog;
use crate::drive::blobs::BlobStore;
use crate::provision::Provisioned;
use crate::sharing::{Directory, LocalDirectory};

/// Limits and defaults of the workspace API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceConfig {
    /// Largest JSON request body accepted (bytes); larger bodies get a 413.
    pub max_json_body: usize,
    /// Largest doc body (Markdown, bytes); larger ones get a 413 naming the limit.
    pub max_doc_body: usize,
    /// Default storage quota of an organization's drive (bytes); an organization's own
    /// quota overrides it. `u64::MAX` means no limit (`drive_quota = "unlimited"`).
    pub default_org_quota: u64,
    /// How long a resumable upload session stays open before it expires (and the
    /// drive collector deletes its staged bytes).
    pub upload_session_ttl: std::time::Duration,
    /// How long the drive collector leaves alone a blob claimed by an upload, an
    /// expired session and a staging file (so an upload finishing right now is never
    /// broken).
    pub drive_gc_grace: std::time::Duration,
    /// How often the drive collector runs.
    pub drive_gc_interval: std::time::Duration,
}

impl Default for WorkspaceConfig {
    /// 1 MiB JSON bodies, 512 KiB doc bodies, 10 GiB per org; upload sessions open for 7 days; drive collection hourly with
    /// an hour's grace.
    fn default() -> Self {
        Self {
            max_json_body: 1 << 20,
            max_doc_body: 512 << 10,
            default_org_quota: 10 << 30,
            upload_session_ttl: std::time::Duration::from_secs(7 * 24 * 3600),
            drive_gc_grace: std::time::Duration::from_secs(3600),
            drive_gc_interval: std::time::Duration::from_secs(3600),
        }
    }
}

/// The state every workspace route runs with; cheap to clone.
#[derive(Clone)]
pub struct WorkspaceState {
    /// Persistence; each module's repositories are fields of the store.
    pub store: ws_storage::Store,
    /// Bearer-token validation (so `Principal` extracts from this state).
    pub auth: ws_auth::Authenticator,
    /// The audit log: recorded and announced to live followers.
    pub audit: AuditLog,
    /// Limits.
    pub config: Arc<WorkspaceConfig>,
    /// The time source.
    pub clock: Arc<dyn ws_auth::Clock>,
    /// Drive file bytes and upload staging.
    pub blobs: BlobStore,
    /// Users whose first-use provisioning is known to have run (a cache over the
    /// `ws_provisioned` table, so it is read once per user and process).
    pub(crate) provisioned: Provisioned,
    /// Who the workspace's people and orgs are (grantees, lookups, invitees): the
    /// store's records by default, the identity provider's user API when a service
    /// credential for it is configured (see [`crate::sharing::Directory`]).
    pub directory: Arc<dyn Directory>,
}

impl WorkspaceState {
    /// State over `store` and `blobs`, validating tokens with `auth`.
    pub fn new(
        store: ws_storage::Store,
        auth: ws_auth::Authenticator,
        config: WorkspaceConfig,
        clock: Arc<dyn ws_auth::Clock>,
        blobs: BlobStore,
    ) -> Self {
        let audit = AuditLog::new(
            store.ws_audit.clone(),
            clock.clone(),
            store.audit_feed.clone(),
        );
        let directory = Arc::new(LocalDirectory::new(
            store.clone(),
            auth.config().audience.clone(),
        ));
        Self {
            store,
            auth,
            audit,
            config: Arc::new(config),
            clock,
            blobs,
            provisioned: Provisioned::default(),
            directory,
        }
    }

    /// The same state, resolving people through `directory` (e.g. the identity
    /// provider's).
    pub fn with_directory(mut self, directory: impl Directory) -> Self {
        self.directory = Arc::new(directory);
        self
    }

    /// Now, as unix seconds.
    pub fn now(&self) -> i64 {
        self.clock.unix()
    }
}

impl std::fmt::Debug for WorkspaceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkspaceState")
            .field("store", &self.store)
            .field("config", &self.config)
            .field("directory", &self.directory)
            .finish_non_exhaustive()
    }
}

impl FromRef<WorkspaceState> for ws_auth::Authenticator {
    fn from_ref(state: &WorkspaceState) -> Self {
        state.auth.clone()
    }
}
