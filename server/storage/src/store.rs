//! The [`Store`] handle: one `Arc<dyn …>` per repository, cheap to clone.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::audit_feed::{AuditFeed, StoreFeed};
use crate::postgres::{PgDb, PgOptions};
use crate::repo::*;
use crate::{StorageError, sqlite};

/// Every repository, behind trait objects so callers never name a backend.
///
/// ```
/// # tokio::runtime::Runtime::new().unwrap().block_on(async {
/// use ws_storage::{ListQuery, Org, State, Store, new_id};
///
/// let dir = tempfile::tempdir().unwrap();
/// let store = Store::open_sqlite(&dir.path().join("ws.db")).await?;
/// let org = Org {
///     id: new_id(),
///     name: "Acme".into(),
///     primary_domain: "acme.localhost".into(),
///     state: State::Active,
///     created_at: 1_800_000_000,
///     changed_at: 1_800_000_000,
/// };
/// store.orgs.create_org(&org).await?;
/// let page = store.orgs.list_orgs(None, ListQuery::default()).await?;
/// assert_eq!(page.total, 1);
/// # Ok::<(), ws_storage::StorageError>(())
/// # }).unwrap();
/// ```
#[derive(Clone)]
pub struct Store {
    /// The instance record and health.
    pub instance: Arc<dyn InstanceRepo>,
    /// Organizations.
    pub orgs: Arc<dyn OrgRepo>,
    /// Organization metadata and domains.
    pub org_extras: Arc<dyn OrgExtrasRepo>,
    /// Users, metadata, machine keys, PATs.
    pub users: Arc<dyn UserRepo>,
    /// Projects, roles, project grants.
    pub projects: Arc<dyn ProjectRepo>,
    /// Applications.
    pub apps: Arc<dyn AppRepo>,
    /// Authorizations and roles claims.
    pub authz: Arc<dyn AuthorizationRepo>,
    /// Administrators (manager roles).
    pub admins: Arc<dyn AdminRepo>,
    /// Sessions, codes, device codes, refresh tokens, revoked access tokens.
    pub oidc: Arc<dyn OidcRepo>,
    /// Signing keys.
    pub keys: Arc<dyn SigningKeyRepo>,
    /// Second factors (TOTP, recovery codes) and pending sign-in challenges.
    pub second_factors: Arc<dyn SecondFactorRepo>,
    /// Workspace docs: documents, versions, comments.
    pub ws_docs: Arc<dyn WsDocRepo>,
    /// Workspace ACL entries and provisioned users.
    pub ws_sharing: Arc<dyn WsSharingRepo>,
    /// Workspace audit log.
    pub ws_audit: Arc<dyn WsAuditRepo>,
    /// Wakes audit followers on appends made by any server sharing the database.
    pub audit_feed: Arc<dyn AuditFeed>,
    /// Drive: files, folders, upload sessions, quotas.
    pub ws_drive: Arc<dyn WsDriveRepo>,
    /// Drive blob claims and tombstones (the blob collector's source of truth).
    pub ws_drive_gc: Arc<dyn WsDriveGcRepo>,
    /// Workspace calendars, events and attendees.
    pub ws_calendars: Arc<dyn WsCalendarRepo>,
    backend: &'static str,
}

impl Store {
    /// Opens (creating the file and its directory if needed) the SQLite database at
    /// `path` and applies pending migrations; reopening an up-to-date file changes
    /// nothing.
    pub async fn open_sqlite(path: &Path) -> Result<Store, StorageError> {
        let db = sqlite::SqliteDb::open(path).await?;
        Ok(Self::from_sqlite(db))
    }

    /// Opens the database a URL names: `sqlite://PATH` (a file, created with its
    /// directory when missing; `sqlite:///abs/ws.db` for an absolute path) or
    /// `postgres://…` / `postgresql://…` (with [`PgOptions::default`]), applying
    /// pending migrations either way.
    pub async fn open(url: &str) -> Result<Store, StorageError> {
        match DbUrl::parse(url)? {
            DbUrl::Sqlite(path) => Self::open_sqlite(&path).await,
            DbUrl::Postgres => Self::open_postgres(url, &PgOptions::default()).await,
        }
    }

    /// Connects to PostgreSQL at `url` with `options` and applies pending migrations.
    pub async fn open_postgres(url: &str, options: &PgOptions) -> Result<Store, StorageError> {
        let db = PgDb::open(url, options).await?;
        Ok(Self::from_postgres(db))
    }

    /// Wraps an opened PostgreSQL database.
    pub fn from_postgres(db: PgDb) -> Store {
        let pool = db.pool().clone();
        Self::on(db, "postgres", move |repo| {
            Arc::new(StoreFeed::listening(repo, pool))
        })
    }

    /// Wraps an opened SQLite database.
    pub fn from_sqlite(db: sqlite::SqliteDb) -> Store {
        Self::on(db, "sqlite", |repo| Arc::new(StoreFeed::polling(repo)))
    }

    /// Every repository on `db`, with the audit feed `feed` makes over its log.
    fn on<D>(
        db: D,
        backend: &'static str,
        feed: impl FnOnce(Arc<dyn WsAuditRepo>) -> Arc<dyn AuditFeed>,
    ) -> Store
    where
        D: InstanceRepo
            + OrgRepo
            + OrgExtrasRepo
            + UserRepo
            + ProjectRepo
            + AppRepo
            + AuthorizationRepo
            + AdminRepo
            + OidcRepo
            + SigningKeyRepo
            + SecondFactorRepo
            + WsDocRepo
            + WsSharingRepo
            + WsAuditRepo
            + WsDriveRepo
            + WsDriveGcRepo
            + WsCalendarRepo
            + 'static,
    {
        let db = Arc::new(db);
        let audit_feed = feed(db.clone());
        Store {
            instance: db.clone(),
            orgs: db.clone(),
            org_extras: db.clone(),
            users: db.clone(),
            projects: db.clone(),
            apps: db.clone(),
            authz: db.clone(),
            admins: db.clone(),
            oidc: db.clone(),
            keys: db.clone(),
            second_factors: db.clone(),
            ws_docs: db.clone(),
            ws_sharing: db.clone(),
            ws_audit: db.clone(),
            audit_feed,
            ws_drive: db.clone(),
            ws_drive_gc: db.clone(),
            ws_calendars: db,
            backend,
        }
    }

    /// Checks that the database answers (for readiness probes).
    pub async fn ping(&self) -> Result<(), StorageError> {
        self.instance.ping().await
    }

    /// Closes the database at shutdown, after the last request finished; every
    /// clone of this store is closed with it.
    pub async fn close(&self) {
        self.instance.close().await;
    }
}

/// Which backend a database URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbUrl {
    /// `sqlite://PATH`: the file at PATH.
    Sqlite(PathBuf),
    /// `postgres://…` or `postgresql://…` (the URL itself is handed to the driver).
    Postgres,
}

impl DbUrl {
    /// Reads the scheme (and for SQLite the path) of `url`; errors never repeat the URL,
    /// which may hold a password.
    pub fn parse(url: &str) -> Result<DbUrl, StorageError> {
        let (scheme, rest) = url.split_once("://").ok_or_else(|| {
            StorageError::BadUrl(
                "expected sqlite://PATH or postgres://USER@HOST/DB (no '://' found)".to_owned(),
            )
        })?;
        match scheme {
            "sqlite" if rest.is_empty() => Err(StorageError::BadUrl(
                "sqlite:// names no file: write sqlite://PATH".to_owned(),
            )),
            "sqlite" => Ok(DbUrl::Sqlite(PathBuf::from(rest))),
            "postgres" | "postgresql" => Ok(DbUrl::Postgres),
            other => Err(StorageError::BadUrl(format!(
                "unknown scheme '{other}': use sqlite:// or postgres://"
            ))),
        }
    }
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}
