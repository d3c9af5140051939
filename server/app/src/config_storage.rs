//! `[storage]`: which database holds every record, chosen by URL, and opening it.
//!
//! `sqlite://PATH` is one file on local disk (the default, `DATA/ws.db`, so existing
//! data directories keep working); `postgres://USER:PASSWORD@HOST:PORT/DATABASE` is a
//! PostgreSQL server several ws-servers may share, with an optional read replica for
//! the reads that tolerate lag (lists, search). A URL may carry a password: it is
//! never shown, only the redacted form ([`DatabaseUrl`]'s `Display` and `Debug`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use backon::Retryable;
use serde::{Deserialize, Serialize};
use url::Url;
use ws_storage::postgres::PgOptions;
use ws_storage::{DbUrl, StorageError, Store};

use crate::duration_serde;

/// The accepted forms, for every message about a wrong URL.
const FORMS: &str =
    "write sqlite:///ABSOLUTE/PATH/ws.db or postgres://USER:PASSWORD@HOST:PORT/DATABASE";
const URL_KEY: &str = "storage.database_url";
const REPLICA_KEY: &str = "storage.read_replica_url";
/// Name of the SQLite database inside the data directory (the default database).
pub const DATABASE_FILE: &str = "ws.db";

/// `[storage]`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct StorageSection {
    /// `sqlite://PATH` or `postgres://…`; default: `sqlite://DATA/ws.db`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<DatabaseUrl>,
    /// A PostgreSQL read replica for lists and search; unset: every read on the primary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_replica_url: Option<DatabaseUrl>,
    /// Most connections kept open to PostgreSQL (and again to the replica).
    pub pool_size: u32,
    /// Longest one PostgreSQL statement may run before the server cancels it.
    #[serde(with = "duration_serde")]
    pub statement_timeout: Duration,
    /// How long a request waits for a free PostgreSQL connection before it answers 503.
    #[serde(with = "duration_serde")]
    pub acquire_timeout: Duration,
    /// How long a start waits, retrying, for a database that does not answer.
    #[serde(with = "duration_serde")]
    pub startup_wait: Duration,
}

impl Default for StorageSection {
    fn default() -> Self {
        let pg = PgOptions::default();
        Self {
            database_url: None,
            read_replica_url: None,
            pool_size: pg.pool_size,
            statement_timeout: pg.statement_timeout,
            acquire_timeout: pg.acquire_timeout,
            startup_wait: Duration::from_secs(30),
        }
    }
}

/// A database URL whose form was checked when it was read. `Display` and `Debug`
/// show it with the password replaced, so it can go into logs and messages.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DatabaseUrl {
    raw: String,
    kind: DatabaseKind,
}

/// The backend a [`DatabaseUrl`] names.
#[derive(Debug, Clone, PartialEq)]
enum DatabaseKind {
    Sqlite(PathBuf),
    /// `HOST:PORT/DATABASE`, for the banner.
    Postgres(String),
}

impl DatabaseUrl {
    /// The URL with its password, for opening the database only.
    fn expose(&self) -> &str {
        &self.raw
    }

    /// `sqlite PATH` or `postgres HOST:PORT/DATABASE`: what the banner and `/readyz` show.
    pub fn describe(&self) -> String {
        match &self.kind {
            DatabaseKind::Sqlite(path) => format!("sqlite {}", path.display()),
            DatabaseKind::Postgres(at) => format!("postgres {at}"),
        }
    }

    fn is_postgres(&self) -> bool {
        matches!(self.kind, DatabaseKind::Postgres(_))
    }
}

impl TryFrom<String> for DatabaseUrl {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        let kind = parse_kind(&raw)?;
        Ok(Self { raw, kind })
    }
}

impl From<DatabaseUrl> for String {
    fn from(url: DatabaseUrl) -> String {
        url.raw
    }
}

impl std::fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&redact(&self.raw))
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

/// The backend of `raw`, or a message naming the accepted forms (never the password).
/// The scheme is read by the store's own [`DbUrl`] (what `Store::open` accepts); a
/// PostgreSQL URL is then taken apart for the banner's `HOST:PORT/DATABASE`.
fn parse_kind(raw: &str) -> Result<DatabaseKind, String> {
    let shown = redact(raw);
    let kind = DbUrl::parse(raw).map_err(|e| format!("{shown:?}: {e}; {FORMS}"))?;
    match kind {
        DbUrl::Sqlite(path) => Ok(DatabaseKind::Sqlite(path)),
        DbUrl::Postgres => {
            let url = Url::parse(raw).map_err(|e| format!("{shown:?}: {e}; {FORMS}"))?;
            let host = url.host_str().filter(|h| !h.is_empty());
            let host = host.ok_or_else(|| format!("{shown:?} names no host; {FORMS}"))?;
            let database = url.path().trim_start_matches('/');
            let database = if database.is_empty() {
                url.username()
            } else {
                database
            };
            let port = url.port().unwrap_or(5432);
            Ok(DatabaseKind::Postgres(format!("{host}:{port}/{database}")))
        }
    }
}

/// `raw` with the password (in the user info or a `password=` parameter) replaced by
/// `REDACTED`; a URL too broken to parse shows its scheme only.
pub fn redact(raw: &str) -> String {
    let Ok(mut url) = Url::parse(raw) else {
        return match raw.split_once("://") {
            Some((scheme, _)) => format!("{scheme}://…"),
            None => "…".to_owned(),
        };
    };
    if url.password().is_some() {
        let _ = url.set_password(Some("REDACTED"));
    }
    if url.query_pairs().any(|(k, _)| k.contains("password")) {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let v = if k.contains("password") {
                    "REDACTED".to_owned()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    url.to_string()
}

impl StorageSection {
    /// The database URL in force: the configured one, else `sqlite://DATA/ws.db`.
    pub fn database_url(&self, data_dir: &Path) -> DatabaseUrl {
        self.database_url.clone().unwrap_or_else(|| {
            let path = data_dir.join(DATABASE_FILE);
            DatabaseUrl {
                raw: format!("sqlite://{}", path.display()),
                kind: DatabaseKind::Sqlite(path),
            }
        })
    }

    /// Checks what the keys cannot check alone: a replica only beside PostgreSQL.
    pub fn check(&self, data_dir: &Path) -> anyhow::Result<()> {
        let Some(replica) = &self.read_replica_url else {
            return Ok(());
        };
        if !replica.is_postgres() {
            anyhow::bail!("{REPLICA_KEY} = {replica:?}: a read replica must be postgres://…");
        }
        if !self.database_url(data_dir).is_postgres() {
            anyhow::bail!(
                "{REPLICA_KEY} is set but {URL_KEY} is not PostgreSQL: a read replica needs \
                 a postgres:// primary; unset {REPLICA_KEY} or point {URL_KEY} at PostgreSQL"
            );
        }
        Ok(())
    }

    /// What the banner and `/readyz` show: `postgres HOST:PORT/DB (replica: …)`.
    pub fn describe(&self, data_dir: &Path) -> String {
        let primary = self.database_url(data_dir).describe();
        match &self.read_replica_url {
            Some(replica) => format!("{primary} (replica: {})", replica.describe()),
            None => primary,
        }
    }

    fn pg_options(&self) -> PgOptions {
        PgOptions {
            pool_size: self.pool_size,
            statement_timeout: self.statement_timeout,
            acquire_timeout: self.acquire_timeout,
            read_replica_url: self
                .read_replica_url
                .as_ref()
                .map(|u| u.expose().to_owned()),
        }
    }

    async fn open_once(&self, url: &DatabaseUrl) -> Result<Store, StorageError> {
        match &url.kind {
            DatabaseKind::Sqlite(path) => Store::open_sqlite(path).await,
            DatabaseKind::Postgres(_) => {
                Store::open_postgres(url.expose(), &self.pg_options()).await
            }
        }
    }

    /// Opens the configured database and applies its migrations. A database that does
    /// not answer is retried with backoff for `startup_wait`, each retry logged with
    /// the key and what to check; then the start fails, naming the key.
    pub async fn open(&self, data_dir: &Path) -> anyhow::Result<(Store, String)> {
        self.check(data_dir)?;
        let url = self.database_url(data_dir);
        let described = self.describe(data_dir);
        let policy = backon::ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(250))
            .with_max_delay(Duration::from_secs(5))
            .without_max_times()
            .with_total_delay(Some(self.startup_wait));
        let store = (|| self.open_once(&url))
            .retry(policy)
            .when(StorageError::is_unavailable)
            .notify(|e, wait| {
                tracing::warn!(key = URL_KEY, database = %described, error = %e, ?wait,
                    "the database does not answer yet; retrying (check that it runs and \
                     accepts connections at the address storage.database_url names)");
            })
            .await
            .with_context(|| match self.read_replica_url.is_some() {
                true => format!(
                    "{URL_KEY} / {REPLICA_KEY}: cannot open the database ({described}); check \
                     that both servers run, accept connections and the credentials are right"
                ),
                false => format!(
                    "{URL_KEY}: cannot open the database ({described}); check that it runs, \
                     accepts connections at that address and the credentials are right"
                ),
            })?;
        Ok((store, described))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(raw: &str) -> Result<DatabaseUrl, String> {
        DatabaseUrl::try_from(raw.to_owned())
    }

    #[test]
    fn urls_name_a_file_or_a_server_and_database() {
        assert_eq!(
            url("sqlite:///var/lib/ws/ws.db").unwrap().describe(),
            "sqlite /var/lib/ws/ws.db"
        );
        assert_eq!(
            url("postgres://ws:pw@db.internal/ws").unwrap().describe(),
            "postgres db.internal:5432/ws"
        );
        assert_eq!(
            url("postgresql://ws@127.0.0.1:6432").unwrap().describe(),
            "postgres 127.0.0.1:6432/ws"
        );
        let default = StorageSection::default().describe(Path::new("/srv/ws"));
        assert_eq!(default, "sqlite /srv/ws/ws.db");
    }

    #[test]
    fn wrong_urls_name_the_accepted_forms_and_never_the_password() {
        for bad in [
            "ws.db",
            "sqlite://",
            "mysql://u:hunter2@h/db",
            "postgres://u:hunter2@/db",
            "postgres://u:hunter2@h:notaport/db",
        ] {
            let err = url(bad).unwrap_err();
            assert!(err.contains("postgres://USER:PASSWORD@HOST"), "{err}");
            assert!(!err.contains("hunter2"), "{err}");
        }
    }

    #[test]
    fn passwords_are_redacted_in_display_and_debug() {
        let u = url("postgres://ws:hunter2@db/ws?sslmode=require&password=other2").unwrap();
        for shown in [u.to_string(), format!("{u:?}")] {
            assert!(
                !shown.contains("hunter2") && !shown.contains("other2"),
                "{shown}"
            );
            assert!(shown.contains("ws:REDACTED@db/ws"), "{shown}");
            assert!(shown.contains("sslmode=require"), "{shown}");
        }
        assert_eq!(
            u.expose(),
            "postgres://ws:hunter2@db/ws?sslmode=require&password=other2"
        );
    }

    #[test]
    fn a_replica_needs_a_postgres_primary() {
        let section = StorageSection {
            read_replica_url: Some(url("postgres://ws@replica/ws").unwrap()),
            ..StorageSection::default()
        };
        let err = section.check(Path::new("/srv")).unwrap_err().to_string();
        assert!(err.contains(REPLICA_KEY) && err.contains(URL_KEY), "{err}");
        let section = StorageSection {
            database_url: Some(url("postgres://ws@primary/ws").unwrap()),
            ..section
        };
        section.check(Path::new("/srv")).unwrap();
        assert_eq!(
            section.describe(Path::new("/srv")),
            "postgres primary:5432/ws (replica: postgres replica:5432/ws)"
        );
    }

    #[tokio::test]
    async fn an_unreachable_database_fails_the_start_after_retrying_naming_the_key() {
        // A port nothing listens on: bind one, then free it.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let section = StorageSection {
            database_url: Some(url(&format!("postgres://ws:hunter2@127.0.0.1:{port}/ws")).unwrap()),
            acquire_timeout: Duration::from_millis(200),
            startup_wait: Duration::from_millis(600),
            ..StorageSection::default()
        };
        let err = format!(
            "{:#}",
            section.open(Path::new("/nonexistent")).await.unwrap_err()
        );
        assert!(err.starts_with(URL_KEY), "{err}");
        assert!(
            err.contains(&format!("postgres 127.0.0.1:{port}/ws")),
            "{err}"
        );
        assert!(err.contains("unavailable"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
    }
}
