//! Server configuration: its shape, its defaults and how the layers combine.
//!
//! Precedence, lowest first: built-in defaults < TOML file (`--config`) < `WS_SERVER__*`
//! environment variables (`__` separates nesting levels, e.g.
//! `WS_SERVER__IDENTITY__ACCESS_TOKEN_TTL=15m`) < command-line flags. The environment is
//! passed in as a list of pairs rather than read here, so tests can exercise every layer
//! without touching the process environment.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use url::Url;

pub use crate::config_blobs::BlobsSection;
use crate::config_file::{self, ConfigFileError};
pub use crate::config_rate_limit::{RateLimitSection, RedisFailure};
pub use crate::config_storage::{DatabaseUrl, StorageSection};
pub use crate::config_workspace::WorkspaceSection;
use crate::duration_serde;

/// The example configuration shipped with the server; also the documentation of every key.
pub const EXAMPLE_CONFIG: &str = include_str!("../../../config/ws-server.example.toml");

/// A configuration with production storage (PostgreSQL with a replica, S3 blobs).
pub const POSTGRES_S3_EXAMPLE_CONFIG: &str =
    include_str!("../../../config/ws-server.postgres-s3.example.toml");

/// One workspace-only replica of a fleet behind a load balancer (docs/deploy.md).
pub const FLEET_EXAMPLE_CONFIG: &str = include_str!("../../../config/ws-server.fleet.example.toml");

/// Prefix of the environment variables that override configuration keys.
pub const ENV_PREFIX: &str = "WS_SERVER__";

/// The whole server configuration, as read from TOML (every key optional).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ServerConfig {
    /// Network, data directory and process behaviour.
    pub server: ServerSection,
    /// Token lifetimes and key rotation of the embedded identity provider.
    pub identity: IdentitySection,
    /// What the first start on an empty data directory creates.
    pub bootstrap: BootstrapSection,
    /// Token validation and limits of the workspace API.
    pub workspace: WorkspaceSection,
    /// Request rate limits of the API and the sign-in endpoints.
    pub rate_limit: RateLimitSection,
    /// Which database holds every record.
    pub storage: StorageSection,
    /// Where drive file bytes live.
    pub blobs: BlobsSection,
}

/// `[server]`: where to listen, where data lives, how to stop.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSection {
    /// Socket address to listen on.
    pub listen: SocketAddr,
    /// Data directory (bootstrap files, and the SQLite database and blobs unless
    /// `[storage]` and `[blobs]` put them elsewhere). Required to serve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    /// Public issuer URL; defaults to `http://<listen address>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Url>,
    /// Create the demo tenants (Acme Corp, Globex Inc) on a fresh data directory.
    pub demo: bool,
    /// How long in-flight requests may run on after a shutdown signal.
    #[serde(with = "duration_serde")]
    pub shutdown_grace: Duration,
    /// Proxies (CIDRs) whose `X-Forwarded-For` names the client; from anyone else the
    /// header is ignored and the TCP peer is the client.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// PEM certificate chain: with `tls_key`, the listener speaks TLS (HTTP/2 by ALPN),
    /// sends HSTS, and re-reads both files on SIGHUP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of `tls_cert`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_key: Option<PathBuf>,
    /// Browser origins (`https://app.example.com`) allowed to call the API cross-origin;
    /// empty: no cross-origin access.
    pub cors_allowed_origins: Vec<String>,
}

impl Default for ServerSection {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: None,
            issuer: None,
            demo: false,
            shutdown_grace: Duration::from_secs(30),
            trusted_proxies: Vec::new(),
            tls_cert: None,
            tls_key: None,
            cors_allowed_origins: Vec::new(),
        }
    }
}

/// `[identity]`: whether this server is an identity provider, and the lifetimes its
/// embedded OIDC provider uses.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct IdentitySection {
    /// Run the embedded identity provider (bootstrap, OIDC, management APIs, signing
    /// keys). `false`: a workspace-only replica serving the operations routes and
    /// `/api/v1`, trusting `[workspace] issuer` (required then).
    pub enabled: bool,
    /// Lifetime of access and ID tokens.
    #[serde(with = "duration_serde")]
    pub access_token_ttl: Duration,
    /// Idle lifetime of refresh tokens.
    #[serde(with = "duration_serde")]
    pub refresh_token_ttl: Duration,
    /// Lifetime of authorization codes.
    #[serde(with = "duration_serde")]
    pub auth_code_ttl: Duration,
    /// Lifetime of device codes.
    #[serde(with = "duration_serde")]
    pub device_code_ttl: Duration,
    /// Minimum polling interval of the device flow.
    #[serde(with = "duration_serde")]
    pub device_poll_interval: Duration,
    /// Lifetime of a browser login session.
    #[serde(with = "duration_serde")]
    pub session_ttl: Duration,
    /// How long a signing key signs before a new one takes over.
    #[serde(with = "duration_serde")]
    pub signing_key_rotation: Duration,
    /// Lockout policy: failed password checks in a row that lock a user until an
    /// administrator unlocks it (UnlockUser); 0 = off.
    pub max_password_attempts: u32,
    /// File holding the master key that encrypts the signing keys at rest (32
    /// characters, or the base64 of 32 bytes; mode 0600). Unset, with `master_key`
    /// unset too: `master.key` in the data directory, created at first start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub master_key_file: Option<PathBuf>,
    /// The master key itself, meant for the environment
    /// (`WS_SERVER__IDENTITY__MASTER_KEY`); exclusive with `master_key_file`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub master_key: Option<Secret>,
    /// During a master key rotation: the old key's file, which still decrypts rows
    /// the new key has not re-encrypted yet (the start re-encrypts them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_master_key_file: Option<PathBuf>,
}

impl Default for IdentitySection {
    fn default() -> Self {
        // One source of truth for the defaults: the identity module's own.
        let base = ws_identity::IdentityConfig::new(Url::parse("http://127.0.0.1/").expect("url"));
        Self {
            enabled: true,
            access_token_ttl: base.access_token_ttl,
            refresh_token_ttl: base.refresh_token_ttl,
            auth_code_ttl: base.auth_code_ttl,
            device_code_ttl: base.device_code_ttl,
            device_poll_interval: base.device_poll_interval,
            session_ttl: base.session_ttl,
            signing_key_rotation: base.signing_key_rotation,
            max_password_attempts: base.max_password_attempts,
            master_key_file: None,
            master_key: None,
            previous_master_key_file: None,
        }
    }
}

/// `[bootstrap]`: the administrator created on the first start.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct BootstrapSection {
    /// Username of the first human administrator.
    pub admin_username: String,
    /// E-mail address of the first human administrator.
    pub admin_email: String,
    /// Initial password of that administrator; generated (and printed once) when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_password: Option<Secret>,
}

impl Default for BootstrapSection {
    fn default() -> Self {
        Self {
            admin_username: "admin".into(),
            admin_email: "admin@default.localhost".into(),
            admin_password: None,
        }
    }
}

/// Configured secrets are `ws_auth`'s redacting type, shared with the token validator.
pub use ws_auth::Secret;

/// Values given on the command line; each one set overrides every other layer.
#[derive(Debug, Clone, Default)]
pub struct FlagOverrides {
    /// `--listen`.
    pub listen: Option<SocketAddr>,
    /// `--data`.
    pub data_dir: Option<PathBuf>,
    /// `--issuer`.
    pub issuer: Option<Url>,
    /// `--demo` (only `true` overrides: an absent flag keeps the file's choice).
    pub demo: bool,
}

/// Why a configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The TOML file is unreadable or invalid.
    #[error(transparent)]
    File(#[from] ConfigFileError),
    /// An environment variable or flag holds a value of the wrong shape.
    #[error("invalid configuration: {0}")]
    Layer(#[from] Box<figment::Error>),
    /// The keys are each valid but do not make a server together.
    #[error("invalid configuration: {0}")]
    Mode(String),
}

impl ServerConfig {
    /// Combines defaults, `file`, the `WS_SERVER__*` pairs of `env` and `flags`.
    pub fn load<I>(file: Option<&Path>, env: I, flags: &FlagOverrides) -> Result<Self, ConfigError>
    where
        I: IntoIterator<Item = (String, String)>,
    {
        let mut fig = Figment::from(Serialized::defaults(ServerConfig::default()));
        if let Some(path) = file {
            // Parse strictly first so a bad file is reported with key, line and column.
            config_file::read_and_check(path)?;
            fig = fig.merge(Toml::file_exact(path));
        }
        fig = fig.merge(crate::config_env::EnvPairs::new(ENV_PREFIX, env));
        fig = merge_flags(fig, flags);
        fig.extract().map_err(|e| ConfigError::Layer(Box::new(e)))
    }

    /// Checks what no single key can: a workspace-only server (`identity.enabled =
    /// false`) has no bootstrap to take the issuer, audience and introspection client
    /// from, so they must be configured.
    pub fn check_mode(&self) -> Result<(), ConfigError> {
        if self.identity.enabled {
            return Ok(());
        }
        let w = &self.workspace;
        let missing = [
            (
                w.issuer.is_none(),
                "workspace.issuer (the identity provider whose tokens the workspace accepts)",
            ),
            (
                w.audience.is_none(),
                "workspace.audience (the workspace project id at that provider)",
            ),
            (
                w.introspection_client_id.is_none() || w.introspection_client_secret.is_none(),
                "workspace.introspection_client_id and workspace.introspection_client_secret (the API app's credentials at that provider)",
            ),
        ];
        let missing: Vec<&str> = missing
            .iter()
            .filter(|(absent, _)| *absent)
            .map(|(_, key)| *key)
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        Err(ConfigError::Mode(format!(
            "identity.enabled = false makes this a workspace-only server, which runs no \
             identity provider of its own; set {}; or set identity.enabled = true",
            missing.join("; ")
        )))
    }

    /// The identity provider settings for an issuer.
    pub fn identity_config(&self, issuer: Url) -> ws_identity::IdentityConfig {
        let i = &self.identity;
        let mut c = ws_identity::IdentityConfig::new(issuer);
        c.access_token_ttl = i.access_token_ttl;
        c.refresh_token_ttl = i.refresh_token_ttl;
        c.auth_code_ttl = i.auth_code_ttl;
        c.device_code_ttl = i.device_code_ttl;
        c.device_poll_interval = i.device_poll_interval;
        c.session_ttl = i.session_ttl;
        c.signing_key_rotation = i.signing_key_rotation;
        c.max_password_attempts = i.max_password_attempts;
        c
    }
}

fn merge_flags(mut fig: Figment, flags: &FlagOverrides) -> Figment {
    if let Some(listen) = flags.listen {
        fig = fig.merge(Serialized::default("server.listen", listen));
    }
    if let Some(dir) = &flags.data_dir {
        fig = fig.merge(Serialized::default("server.data_dir", dir));
    }
    if let Some(issuer) = &flags.issuer {
        fig = fig.merge(Serialized::default("server.issuer", issuer));
    }
    if flags.demo {
        fig = fig.merge(Serialized::default("server.demo", true));
    }
    fig
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn example_config_parses_and_equals_the_defaults() {
        let parsed: ServerConfig = toml::from_str(EXAMPLE_CONFIG).expect("example parses");
        // The example documents the defaults; only the data dir is set in it.
        let mut expected = ServerConfig::default();
        expected.server.data_dir = parsed.server.data_dir.clone();
        assert_eq!(parsed, expected);
        assert!(parsed.server.data_dir.is_some());
        // The drive quota is documented by a key of its own, with a unit.
        let raw: toml::Table = toml::from_str(EXAMPLE_CONFIG).unwrap();
        assert_eq!(raw["workspace"]["drive_quota"].as_str(), Some("10GiB"));
        assert_eq!(parsed.workspace.drive_quota, Some(10 << 30));
    }

    #[test]
    fn drive_quota_from_env_with_units_or_unlimited() {
        let load = |v: &str| {
            ServerConfig::load(
                None,
                env(&[("WS_SERVER__WORKSPACE__DRIVE_QUOTA", v)]),
                &FlagOverrides::default(),
            )
        };
        assert_eq!(load("5MiB").unwrap().workspace.drive_quota, Some(5 << 20));
        assert_eq!(load("2048").unwrap().workspace.drive_quota, Some(2048));
        assert_eq!(load("unlimited").unwrap().workspace.drive_quota, None);
        let err = format!("{:#}", load("lots").unwrap_err());
        assert!(
            err.contains("WS_SERVER__WORKSPACE__DRIVE_QUOTA")
                && err.contains("invalid size \"lots\"; write it like"),
            "{err}"
        );
    }

    #[test]
    fn the_production_storage_example_parses_and_validates() {
        let origin = Path::new("ws-server.postgres-s3.example.toml");
        let c = config_file::check_str(POSTGRES_S3_EXAMPLE_CONFIG, origin).expect("parses");
        let data_dir = c.server.data_dir.clone().expect("a data directory");
        c.storage.check(&data_dir).expect("valid storage");
        assert_eq!(
            c.storage.describe(&data_dir),
            "postgres db-primary.internal:5432/ws (replica: postgres db-replica.internal:5432/ws)"
        );
        let target = c.blobs.target(&data_dir).unwrap();
        assert_eq!(
            target,
            crate::config_blobs::BlobTarget::S3 {
                bucket: "ws-files".into(),
                prefix: "prod".into()
            }
        );
        assert_eq!(c.storage.pool_size, 20);
        assert_eq!(c.storage.startup_wait, Duration::from_secs(120));
    }

    #[test]
    fn the_fleet_example_parses_and_validates_as_a_workspace_only_replica() {
        let origin = Path::new("ws-server.fleet.example.toml");
        let c = config_file::check_str(FLEET_EXAMPLE_CONFIG, origin).expect("parses");
        let data_dir = c.server.data_dir.clone().expect("a data directory");
        c.storage.check(&data_dir).expect("valid storage");
        assert!(!c.identity.enabled);
        assert_eq!(
            c.workspace.issuer.as_ref().map(|u| u.as_str()),
            Some("https://id.example.com/")
        );
        assert!(c.workspace.introspection_client_id.is_some());
        assert_eq!(
            c.storage.describe(&data_dir),
            "postgres db-primary.internal:5432/ws (replica: postgres db-replica.internal:5432/ws)"
        );
        assert!(matches!(
            c.blobs.target(&data_dir).unwrap(),
            crate::config_blobs::BlobTarget::S3 { .. }
        ));
        assert!(c.rate_limit.redis_url.is_some());
        assert_eq!(c.server.trusted_proxies.len(), 1);
    }

    #[test]
    fn storage_keys_from_env_and_a_wrong_url_names_the_variable_not_the_password() {
        let load = |pairs: &[(&str, &str)]| {
            ServerConfig::load(None, env(pairs), &FlagOverrides::default())
        };
        let c = load(&[
            (
                "WS_SERVER__STORAGE__DATABASE_URL",
                "postgres://ws:hunter2@db/ws",
            ),
            ("WS_SERVER__STORAGE__POOL_SIZE", "3"),
            ("WS_SERVER__STORAGE__ACQUIRE_TIMEOUT", "2s"),
        ])
        .unwrap();
        assert_eq!(c.storage.pool_size, 3);
        assert_eq!(c.storage.acquire_timeout, Duration::from_secs(2));
        assert_eq!(c.storage.describe(Path::new("/d")), "postgres db:5432/ws");
        assert!(!format!("{c:?}").contains("hunter2"));
        let err = load(&[(
            "WS_SERVER__STORAGE__DATABASE_URL",
            "mysql://ws:hunter2@db/ws",
        )])
        .unwrap_err()
        .to_string();
        assert!(err.contains("WS_SERVER__STORAGE__DATABASE_URL"), "{err}");
        assert!(err.contains("postgres://USER:PASSWORD@HOST"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
        let file_err = config_file::check_str(
            "[storage]\ndatabase_url = \"pg://ws:hunter2@db/ws\"\n",
            Path::new("ws.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            file_err.contains("key `storage.database_url`"),
            "{file_err}"
        );
        assert!(!file_err.contains("hunter2"), "{file_err}");
    }

    #[test]
    fn no_layers_gives_defaults() {
        let c = ServerConfig::load(None, env(&[]), &FlagOverrides::default()).unwrap();
        assert_eq!(c, ServerConfig::default());
        assert_eq!(c.server.listen.to_string(), "127.0.0.1:8080");
    }

    #[test]
    fn env_overrides_defaults_and_ignores_other_vars() {
        let c = ServerConfig::load(
            None,
            env(&[
                ("WS_SERVER__IDENTITY__ACCESS_TOKEN_TTL", "15m"),
                ("WS_SERVER__SERVER__DEMO", "true"),
                ("WS_SERVERX", "ignored"),
                ("PATH", "/bin"),
            ]),
            &FlagOverrides::default(),
        )
        .unwrap();
        assert_eq!(c.identity.access_token_ttl, Duration::from_secs(900));
        assert!(c.server.demo);
    }

    #[test]
    fn flags_override_env() {
        let flags = FlagOverrides {
            listen: Some("127.0.0.1:9999".parse().unwrap()),
            ..Default::default()
        };
        let c = ServerConfig::load(
            None,
            env(&[("WS_SERVER__SERVER__LISTEN", "127.0.0.1:7777")]),
            &flags,
        )
        .unwrap();
        assert_eq!(c.server.listen.port(), 9999);
    }

    #[test]
    fn bad_env_value_names_the_key_and_the_variable_source() {
        let err = ServerConfig::load(
            None,
            env(&[("WS_SERVER__IDENTITY__SESSION_TTL", "soon")]),
            &FlagOverrides::default(),
        )
        .unwrap_err()
        .to_string();
        // figment names the variable itself, which is what the operator has to fix.
        assert!(err.contains("WS_SERVER__IDENTITY__SESSION_TTL"), "{err}");
        assert!(err.contains("invalid duration \"soon\""), "{err}");
    }

    #[test]
    fn workspace_only_needs_the_issuer_and_its_credentials() {
        let load = |pairs: &[(&str, &str)]| {
            let mut all = vec![("WS_SERVER__IDENTITY__ENABLED", "false")];
            all.extend_from_slice(pairs);
            ServerConfig::load(None, env(&all), &FlagOverrides::default())
                .unwrap()
                .check_mode()
        };
        let err = load(&[]).unwrap_err().to_string();
        for key in [
            "identity.enabled = false",
            "workspace.issuer",
            "workspace.audience",
            "workspace.introspection_client_id",
        ] {
            assert!(err.contains(key), "{key}: {err}");
        }
        let err = load(&[
            ("WS_SERVER__WORKSPACE__AUDIENCE", "123"),
            ("WS_SERVER__WORKSPACE__INTROSPECTION_CLIENT_ID", "api"),
            (
                "WS_SERVER__WORKSPACE__INTROSPECTION_CLIENT_SECRET",
                "s3cr3t",
            ),
        ])
        .unwrap_err()
        .to_string();
        assert!(err.contains("set workspace.issuer"), "{err}");
        assert!(
            !err.contains("audience") && !err.contains("s3cr3t"),
            "{err}"
        );
        load(&[
            ("WS_SERVER__WORKSPACE__ISSUER", "https://id.example.com"),
            ("WS_SERVER__WORKSPACE__AUDIENCE", "123"),
            ("WS_SERVER__WORKSPACE__INTROSPECTION_CLIENT_ID", "api"),
            (
                "WS_SERVER__WORKSPACE__INTROSPECTION_CLIENT_SECRET",
                "s3cr3t",
            ),
        ])
        .unwrap();
        // The default (an identity provider) needs none of them.
        ServerConfig::default().check_mode().unwrap();
    }

    #[test]
    fn secret_is_redacted_in_debug() {
        let mut c = ServerConfig::default();
        c.bootstrap.admin_password = Some(Secret::new("hunter2-very-secret"));
        let dbg = format!("{c:?}");
        assert!(!dbg.contains("hunter2"), "{dbg}");
        assert!(dbg.contains("redacted"));
    }
}
