//! The clap tree's root: global flags shared by every command, and the subcommands.

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, builder::TypedValueParser};
use url::Url;
use ws_client::{OutputFormat, Overrides, TokenStoreKind};

use crate::cmd::Command;
use crate::exit::EXIT_CODES_HELP;

const EXAMPLES: &str = "\
Examples:
  ws login                         sign in (browser, or a device code where no browser can open)
  ws auth status -o json           who am I, which org, which token store, when it expires
  ws --profile prod whoami         use another profile for one command
  WS_TOKEN=$PAT ws whoami          use a token for one command without storing it
  ws doctor                        check config, token store, issuer, clock and API";

/// `ws`: administer a ZITADEL-based workspace from the terminal.
#[derive(Debug, Parser)]
#[command(name = "ws", version, about, propagate_version = true, after_long_help = format!("{EXAMPLES}\n\n{EXIT_CODES_HELP}\n\nEnvironment: WS_PROFILE, WS_CONFIG, WS_ISSUER, WS_API_URL, WS_CLIENT_ID, WS_PROJECT_ID, WS_ORG, WS_OUTPUT, WS_SCOPES, WS_TOKEN_STORE, WS_TOKEN, NO_COLOR, CLICOLOR_FORCE."))]
pub struct Cli {
    /// Global options.
    #[command(flatten, next_help_heading = "Global options")]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted by every command.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// OIDC issuer URL [env: WS_ISSUER]
    #[arg(long, global = true, value_name = "URL")]
    pub issuer: Option<Url>,
    /// Workspace API URL [env: WS_API_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<Url>,
    /// OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]
    #[arg(long, global = true, value_name = "ID")]
    pub client_id: Option<String>,
    /// Organization id to act in [env: WS_ORG]
    #[arg(long, global = true, value_name = "ID")]
    pub org: Option<String>,
    /// Output format [env: WS_OUTPUT]
    #[arg(short, long, global = true, value_name = "FORMAT",
          value_parser = PossibleValuesParser::new(["table", "json", "jsonl", "yaml", "csv"])
              .map(|s| OutputFormat::parse(&s).expect("listed values parse")))]
    pub output: Option<OutputFormat>,
    /// Only these fields, comma-separated (dotted paths reach into objects: org.id)
    #[arg(long, global = true, value_name = "A,B", value_delimiter = ',')]
    pub fields: Option<Vec<String>>,
    /// Where tokens are stored [env: WS_TOKEN_STORE]
    #[arg(long, global = true, value_name = "STORE",
          value_parser = PossibleValuesParser::new(["auto", "keyring", "keyutils", "file"])
              .map(|s| TokenStoreKind::parse(&s).expect("listed values parse")))]
    pub token_store: Option<TokenStoreKind>,
}

impl GlobalArgs {
    /// The flags as profile overrides.
    pub fn overrides(&self) -> Overrides {
        Overrides {
            profile: self.profile.clone(),
            config: self.config.clone(),
            issuer: self.issuer.clone(),
            api_url: self.api_url.clone(),
            client_id: self.client_id.clone(),
            default_org: self.org.clone(),
            output: self.output,
            token_store: self.token_store,
        }
    }
}

/// The full clap command (for completions, man pages and help snapshots).
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod verbs_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("ws").chain(args.iter().copied()))
    }

    #[test]
    fn global_flags_work_after_the_subcommand() {
        let cli = parse(&[
            "auth",
            "status",
            "-o",
            "json",
            "--profile",
            "dev",
            "--fields",
            "user,org_id",
        ])
        .unwrap();
        let o = cli.global.overrides();
        assert_eq!(
            (o.output, o.profile.as_deref()),
            (Some(OutputFormat::Json), Some("dev"))
        );
        assert_eq!(cli.global.fields.unwrap(), ["user", "org_id"]);
    }

    #[test]
    fn login_methods_exclude_each_other() {
        assert!(parse(&["login", "--web", "--device"]).is_err());
        assert!(parse(&["login", "--with-token", "--key-file", "k.json"]).is_err());
        assert!(
            parse(&["login", "--client-secret", "s"]).is_err(),
            "--client-secret needs --client-credentials"
        );
        assert!(
            parse(&["login", "--listen-address", "localhost"]).is_err(),
            "ADDR:PORT expected"
        );
        assert!(
            parse(&[
                "login",
                "--web",
                "--listen-address",
                "127.0.0.1:8765",
                "--no-browser"
            ])
            .is_ok()
        );
        assert!(parse(&["--token-store", "vault", "whoami"]).is_err());
    }

    #[test]
    fn clap_tree_is_consistent() {
        command().debug_assert();
    }
}
