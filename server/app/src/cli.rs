//! The command line of `ws-server` (clap derive). Parsing only; `main.rs` runs it.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use url::Url;

use crate::config::FlagOverrides;

const EXAMPLES: &str = "\
Examples:
  # Start on 127.0.0.1:8080 with the demo tenants (Acme Corp, Globex Inc):
  ws-server serve --demo --data ./.ws-data

  # Start from a configuration file, overriding one key from the environment:
  WS_SERVER__IDENTITY__ACCESS_TOKEN_TTL=15m ws-server serve --config ws-server.toml

  # Write the documented default configuration, edit it, check it:
  ws-server default-config > ws-server.toml
  ws-server validate-config ws-server.toml

  # Re-encrypt the secrets at rest under a new master key (servers stopped):
  openssl rand -base64 32 > new.key && chmod 600 new.key
  ws-server rotate-master-key --data ./.ws-data --new-key-file new.key

Logging: set WS_LOG (e.g. WS_LOG=debug or WS_LOG=ws_identity=debug,info); logs go to stderr.";

/// What `--version` prints: a `bench-no-auth` build (benchmarks only, no token
/// validation on `/api/v1`) says so, so it cannot pass for a normal build.
pub const VERSION: &str = if ws_auth::BENCH_NO_AUTH {
    concat!(
        env!("CARGO_PKG_VERSION"),
        " (bench-no-auth build: /api/v1 does NOT validate tokens; never deploy)"
    )
} else {
    env!("CARGO_PKG_VERSION")
};

/// `ws-server`: the workspace server with an embedded, ZITADEL-compatible identity provider.
#[derive(Debug, Parser)]
#[command(name = "ws-server", version = VERSION, after_help = EXAMPLES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the server (bootstraps an empty data directory on first start).
    Serve(ServeArgs),
    /// Print the documented default configuration (TOML) on stdout.
    DefaultConfig,
    /// Check a configuration file without starting anything; errors name the key, line and column.
    ValidateConfig {
        /// The TOML file to check.
        file: PathBuf,
    },
    /// Re-encrypt every secret at rest (the signing keys) under a new master key.
    /// Stop the servers first; then configure the new key (a default DATA/master.key
    /// is replaced by it). Make a key with `openssl rand -base64 32 > FILE; chmod 600 FILE`.
    RotateMasterKey(RotateArgs),
}

/// Options of `rotate-master-key`.
#[derive(Debug, Args)]
pub struct RotateArgs {
    /// Data directory [config: server.data_dir].
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// TOML configuration file; its identity.master_key_file (or
    /// WS_SERVER__IDENTITY__MASTER_KEY) is the current key.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The new master key (32 characters or base64 of 32 bytes; mode 0600).
    #[arg(long, value_name = "FILE")]
    pub new_key_file: PathBuf,
}

impl RotateArgs {
    /// The flag layer of the configuration.
    pub fn overrides(&self) -> FlagOverrides {
        FlagOverrides {
            data_dir: self.data.clone(),
            ..FlagOverrides::default()
        }
    }
}

/// Options of `serve`; each one set overrides the file and the environment.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Data directory (created with mode 0700 if missing) [config: server.data_dir].
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080] [config: server.listen].
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
    /// TOML configuration file (see `ws-server default-config`).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Public issuer URL [default: http://<listen address>] [config: server.issuer].
    #[arg(long, value_name = "URL")]
    pub issuer: Option<Url>,
    /// On a fresh data directory, also create the demo tenants and their users.
    #[arg(long)]
    pub demo: bool,
}

impl ServeArgs {
    /// The flag layer of the configuration.
    pub fn overrides(&self) -> FlagOverrides {
        FlagOverrides {
            listen: self.listen,
            data_dir: self.data.clone(),
            issuer: self.issuer.clone(),
            demo: self.demo,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serve_flags_parse() {
        let cli = Cli::try_parse_from([
            "ws-server",
            "serve",
            "--data",
            "/tmp/d",
            "--listen",
            "127.0.0.1:0",
            "--demo",
            "--issuer",
            "http://localhost:9000",
        ])
        .unwrap();
        let Command::Serve(args) = cli.command else {
            panic!()
        };
        let o = args.overrides();
        assert_eq!(o.data_dir.unwrap(), PathBuf::from("/tmp/d"));
        assert_eq!(o.listen.unwrap().port(), 0);
        assert!(o.demo);
        assert_eq!(o.issuer.unwrap().as_str(), "http://localhost:9000/");
    }

    #[test]
    fn bad_listen_address_is_a_usage_error() {
        let err = Cli::try_parse_from(["ws-server", "serve", "--listen", "nowhere"]).unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ValueValidation);
    }

    #[test]
    fn rotate_master_key_needs_the_new_key_file() {
        assert!(Cli::try_parse_from(["ws-server", "rotate-master-key", "--data", "d"]).is_err());
        let cli = Cli::try_parse_from([
            "ws-server",
            "rotate-master-key",
            "--data",
            "/tmp/d",
            "--new-key-file",
            "/tmp/new.key",
        ])
        .unwrap();
        let Command::RotateMasterKey(args) = cli.command else {
            panic!()
        };
        assert_eq!(args.overrides().data_dir.unwrap(), PathBuf::from("/tmp/d"));
        assert_eq!(args.new_key_file, PathBuf::from("/tmp/new.key"));
    }

    #[test]
    fn validate_config_needs_a_file() {
        assert!(Cli::try_parse_from(["ws-server", "validate-config"]).is_err());
        <Cli as clap::CommandFactory>::command().debug_assert();
    }
}
