//! `ws auth login` / `ws login`: browser (PKCE loopback), device code, client
//! credentials, a service-account key (JWT bearer) or a personal access token.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{ArgGroup, Args};
use time::OffsetDateTime;
use ws_client::oidc::pkce::LoopbackOptions;
use ws_client::oidc::{LoginEvent, device, machine, pkce};
use ws_client::{Env, Secret, TokenSet};

use super::shared;
use crate::ctx::Ctx;
use crate::exit;

const EXAMPLES: &str = "\
Examples:
  ws login                                   browser where one can open, else a device code
  ws login --device                          print a code to approve on another device
  ws login --web --no-browser                print the URL instead of opening a browser
  ws login --client-credentials --client-id svc-user < secret.txt
  ws login --key-file key.json               ZITADEL service-account key (JWT bearer)
  ws login --with-token < pat.txt            personal access token";

/// Sign in and store the tokens.
#[derive(Debug, Args)]
#[command(after_long_help = EXAMPLES)]
#[command(group(ArgGroup::new("method").args(["web", "device", "client_credentials", "key_file", "with_token"])))]
pub struct Cmd {
    /// Use the browser flow (authorization code + PKCE on a loopback redirect)
    #[arg(long)]
    pub web: bool,
    /// Use the device flow (a code to approve on any device)
    #[arg(long)]
    pub device: bool,
    /// Do not launch a browser; only print the URL (stderr)
    #[arg(long)]
    pub no_browser: bool,
    /// Loopback address for the browser redirect (default 127.0.0.1 with a random port)
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen_address: Option<SocketAddr>,
    /// Give up waiting for the browser or device approval after this many seconds
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub timeout: u64,
    /// Sign in as a service account with its client id and secret (secret from --client-secret, WS_CLIENT_SECRET or stdin)
    #[arg(long)]
    pub client_credentials: bool,
    /// Client secret for --client-credentials (prefer WS_CLIENT_SECRET or stdin: flags are visible to other users)
    #[arg(long, value_name = "SECRET", requires = "client_credentials")]
    pub client_secret: Option<String>,
    /// Sign in with a ZITADEL service-account JSON key (`-` reads it from stdin)
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// Read a personal access token from stdin and store it
    #[arg(long)]
    pub with_token: bool,
}

impl Cmd {
    /// Runs the chosen flow and stores the tokens.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        if ctx.env.is_set("WS_TOKEN") {
            ctx.warn("WS_TOKEN is set: it is used instead of the stored login until you unset it");
        }
        let session = ctx.session()?;
        let profile = session.profile();
        let tokens = if self.with_token {
            machine::personal_access_token(profile.issuer.as_str(), &ctx.read_stdin()?)?
        } else {
            let disc = session.discovery().await?;
            if self.client_credentials {
                let id = profile.client_id.clone().ok_or_else(|| {
                    exit::usage("--client-credentials needs the service account's client id: --client-id or WS_CLIENT_ID")
                })?;
                let secret = self.secret(ctx)?;
                machine::client_credentials(
                    session.http(),
                    disc,
                    &id,
                    secret.expose(),
                    &machine_scopes(ctx)?,
                )
                .await?
            } else if let Some(path) = &self.key_file {
                let json = read_key(ctx, path)?;
                let key = machine::ServiceAccountKey::parse(json.expose())?;
                machine::jwt_bearer(session.http(), disc, &key, &json, &machine_scopes(ctx)?)
                    .await?
            } else {
                self.interactive(ctx).await?
            }
        };
        self.finish(ctx, tokens).await
    }

    async fn interactive(&self, ctx: &Ctx) -> Result<TokenSet> {
        let session = ctx.session()?;
        let profile = session.profile();
        let client_id = profile.require_client_id()?.to_owned();
        let scopes = profile.login_scopes();
        let disc = session.discovery().await?;
        let notify = |e: LoginEvent| show_event(ctx, e);
        // Listen for Ctrl-C now, before any prompt is printed: `ctrl_c()` installs its
        // handler only when first polled, and a Ctrl-C before that would kill `ws` uncleanly.
        #[cfg(unix)]
        let mut interrupt =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
        let cancel = async move {
            #[cfg(unix)]
            interrupt.recv().await;
            #[cfg(not(unix))]
            let _ = tokio::signal::ctrl_c().await;
        };
        let use_device = self.device || (!self.web && !browser_available(&ctx.env));
        let timeout = Duration::from_secs(self.timeout);
        if use_device {
            let flow = device::login(session.http(), disc, &client_id, &scopes, &notify, cancel);
            return tokio::time::timeout(timeout, flow)
                .await
                .map_err(|_| {
                    anyhow::anyhow!(
                        "no approval within {} s; run `ws auth login` again",
                        self.timeout
                    )
                })?
                .map_err(Into::into);
        }
        if let Some(addr) = self.listen_address
            && !addr.ip().is_loopback()
        {
            return Err(exit::usage(format!(
                "--listen-address {addr} is not a loopback address (use 127.0.0.1:PORT)"
            )));
        }
        let opts = LoopbackOptions {
            listen: self.listen_address,
            open_browser: !self.no_browser,
            timeout,
        };
        Ok(pkce::login(
            session.http(),
            disc,
            &client_id,
            &scopes,
            &opts,
            &notify,
            cancel,
        )
        .await?)
    }

    fn secret(&self, ctx: &Ctx) -> Result<Secret> {
        if let Some(s) = &self.client_secret {
            return Ok(Secret::new(s.clone()));
        }
        if let Some(s) = ctx.env.get("WS_CLIENT_SECRET") {
            return Ok(Secret::new(s.to_owned()));
        }
        if ctx.io.in_tty {
            return Err(exit::usage(
                "--client-credentials needs the secret: --client-secret, WS_CLIENT_SECRET or stdin",
            ));
        }
        let input = ctx.read_stdin()?;
        let secret = input
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default();
        if secret.is_empty() {
            return Err(exit::usage("no client secret on stdin"));
        }
        Ok(Secret::new(secret.to_owned()))
    }

    async fn finish(&self, ctx: &Ctx, tokens: TokenSet) -> Result<i32> {
        let session = ctx.session()?;
        let grant = tokens.grant;
        let saved = session
            .save(tokens)
            .context("the login worked but the tokens could not be stored")?;
        ctx.flush_notices();
        let who = session.userinfo().await.ok().map(|i| shared::who(&i));
        let profile = session.profile();
        let style = ctx.err_style();
        ctx.say(format_args!(
            "{} Signed in to {} as {} ({}); profile '{}', tokens in {}",
            style.green("✓"),
            profile.issuer.as_str().trim_end_matches('/'),
            who.as_deref()
                .unwrap_or("an account whose name the issuer did not disclose"),
            grant.describe(),
            profile.name,
            saved.location
        ));
        Ok(exit::OK)
    }
}

/// Scopes for machine logins: the profile's login scopes without `offline_access`.
fn machine_scopes(ctx: &Ctx) -> Result<String> {
    let scopes = ctx.profile()?.login_scopes();
    Ok(scopes
        .into_iter()
        .filter(|s| s != "offline_access")
        .collect::<Vec<_>>()
        .join(" "))
}

fn read_key(ctx: &Ctx, path: &std::path::Path) -> Result<Secret> {
    let text = if path.as_os_str() == "-" {
        ctx.read_stdin()?
    } else {
        std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the key file {}", path.display()))?
    };
    Ok(Secret::new(text))
}

/// Whether a browser can plausibly open here: not in CI, not over SSH, and on Linux
/// only with a display.
pub fn browser_available(env: &Env) -> bool {
    if env.get("CI").is_some_and(|v| v == "true" || v == "1")
        || env.is_set("SSH_CONNECTION")
        || env.is_set("SSH_TTY")
    {
        return false;
    }
    if cfg!(target_os = "linux") {
        return env.is_set("DISPLAY") || env.is_set("WAYLAND_DISPLAY");
    }
    true
}

fn show_event(ctx: &Ctx, event: LoginEvent) {
    let style = ctx.err_style();
    match event {
        LoginEvent::OpenUrl { url, opened } => {
            let lead = if opened {
                "Opened your browser to sign in. If it did not open, visit:"
            } else {
                "Open this URL in a browser to sign in:"
            };
            ctx.say(format_args!(
                "{lead}\n\n  {url}\n\nWaiting for the browser… (Ctrl-C to cancel)"
            ));
        }
        LoginEvent::DeviceCode {
            verification_uri,
            verification_uri_complete,
            user_code,
            expires_at,
        } => {
            let minutes = ((expires_at - OffsetDateTime::now_utc())
                .whole_seconds()
                .max(0)
                + 59)
                / 60;
            let at = expires_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default();
            ctx.say(format_args!(
                "To sign in, open:\n\n  {}\n\nand check that it shows the code {} (or enter it at {verification_uri}).\nThe code expires in {minutes} min ({at}). Waiting for approval… (Ctrl-C to cancel)",
                verification_uri_complete.as_deref().unwrap_or(&verification_uri),
                style.bold(&user_code),
            ));
        }
        LoginEvent::SlowDown { interval_secs } => {
            ctx.say(format_args!(
                "The server asked to poll more slowly: every {interval_secs} s"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_detection() {
        let env = |pairs: &[(&str, &str)]| Env::from_pairs(pairs.iter().copied());
        assert!(!browser_available(&env(&[
            ("DISPLAY", ":0"),
            ("CI", "true")
        ])));
        assert!(!browser_available(&env(&[
            ("DISPLAY", ":0"),
            ("SSH_CONNECTION", "1 2 3 4")
        ])));
        if cfg!(target_os = "linux") {
            assert!(!browser_available(&env(&[])));
            assert!(browser_available(&env(&[("WAYLAND_DISPLAY", "wayland-0")])));
        }
    }
}
