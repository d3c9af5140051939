//! `ws doctor`: checks config, token store, issuer discovery, clock skew, login and
//! the workspace API; one ok/warn/fail line each, with what to do.

use std::time::{Duration, SystemTime};

use anyhow::Result;
use clap::Args;
use serde::Serialize;
use ws_client::oidc::Discovery;
use ws_client::store::TokenStore;
use ws_client::{Profile, TokenStoreKind};

use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Skew above which tokens may be rejected.
const SKEW_WARN: Duration = Duration::from_secs(30);
/// Skew above which tokens will be rejected.
const SKEW_FAIL: Duration = Duration::from_secs(300);

/// Check config, token store, issuer, clock and API.
#[derive(Debug, Args)]
pub struct Cmd {}

/// One check's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Fine.
    Ok,
    /// Works, but something should be looked at.
    Warn,
    /// Broken.
    Fail,
}

#[derive(Debug, Serialize)]
struct Check {
    check: &'static str,
    status: Status,
    message: String,
}

fn check(check: &'static str, status: Status, message: impl Into<String>) -> Check {
    Check {
        check,
        status,
        message: message.into(),
    }
}

impl Cmd {
    /// Runs every check; exit 1 when one fails.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let checks = match ctx.profile() {
            Ok(p) => run_checks(ctx, p).await,
            Err(e) => vec![check("config", Status::Fail, format!("{e:#}"))],
        };
        print(ctx, &checks)?;
        Ok(if checks.iter().any(|c| c.status == Status::Fail) {
            exit::ERROR
        } else {
            exit::OK
        })
    }
}

async fn run_checks(ctx: &Ctx, p: &Profile) -> Vec<Check> {
    let mut checks = vec![check(
        "config",
        Status::Ok,
        format!(
            "profile '{}' from {}{}",
            p.name,
            p.config_path.display(),
            if p.in_file {
                ""
            } else {
                " (built-in defaults)"
            }
        ),
    )];
    checks.push(store_check(p));
    let session = match ctx.session() {
        Ok(s) => s,
        Err(e) => {
            checks.push(check("issuer", Status::Fail, format!("{e:#}")));
            return checks;
        }
    };
    match session.discovery().await {
        Ok(d) => {
            checks.push(check(
                "issuer",
                Status::Ok,
                format!("{} answers OIDC discovery", d.metadata.issuer),
            ));
            checks.push(clock_check(d));
        }
        Err(e) => checks.push(check("issuer", Status::Fail, format!("{e}"))),
    }
    checks.push(login_check(session).await);
    checks.push(api_check(session.http(), &p.api_url).await);
    checks
}

/// Whether tokens are stored and the issuer still accepts them (userinfo).
async fn login_check(session: &ws_client::Session) -> Check {
    let current = match session.stored() {
        Ok(c) => c,
        Err(ws_client::Error::NotLoggedIn { .. }) => {
            return check("login", Status::Warn, "not signed in: run `ws auth login`");
        }
        Err(e) => return check("login", Status::Fail, format!("{e}")),
    };
    let how = format!(
        "{}, tokens in {}",
        current.tokens.grant.describe(),
        current.location
    );
    match session.userinfo().await {
        Ok(info) => check(
            "login",
            Status::Ok,
            format!("signed in as {} ({how})", super::auth::shared::who(&info)),
        ),
        Err(e) if e.kind() == ws_client::ErrorKind::Auth => check(
            "login",
            Status::Fail,
            format!("the issuer rejects the stored token ({how}): run `ws auth login`"),
        ),
        Err(e) => check(
            "login",
            Status::Warn,
            format!("tokens stored ({how}) but not checked: {e}"),
        ),
    }
}

fn store_check(p: &Profile) -> Check {
    let store = TokenStore::for_profile(p);
    let file = store.file_path();
    let Some(kr) = store.keyring() else {
        return check(
            "token store",
            Status::Ok,
            format!("file {} (mode 0600)", file.display()),
        );
    };
    match kr.probe() {
        Ok(()) => check(
            "token store",
            Status::Ok,
            format!("{} works (write/read/delete probe)", kr.backend().name()),
        ),
        Err(e) => {
            let status = if p.token_store == TokenStoreKind::Auto {
                Status::Warn
            } else {
                Status::Fail
            };
            check(
                "token store",
                status,
                format!(
                    "{e}; tokens go to {} (mode 0600) instead; start/unlock the keyring or choose `--token-store file`",
                    file.display()
                ),
            )
        }
    }
}

fn clock_check(d: &Discovery) -> Check {
    let Some(server) = d.server_date else {
        return check(
            "clock",
            Status::Warn,
            "the issuer sent no Date header; cannot measure clock skew",
        );
    };
    let now = SystemTime::now();
    let (skew, ahead) = match now.duration_since(server) {
        Ok(d) => (d, true),
        Err(e) => (e.duration(), false),
    };
    let secs = skew.as_secs();
    let side = if ahead { "ahead of" } else { "behind" };
    let msg = format!("this machine's clock is {secs} s {side} the issuer's");
    if skew > SKEW_FAIL {
        check(
            "clock",
            Status::Fail,
            format!("{msg}: tokens will be rejected; sync the clock (NTP)"),
        )
    } else if skew > SKEW_WARN {
        check(
            "clock",
            Status::Warn,
            format!("{msg}: tokens may be rejected near expiry; sync the clock (NTP)"),
        )
    } else {
        check(
            "clock",
            Status::Ok,
            format!("within {} s of the issuer", SKEW_WARN.as_secs()),
        )
    }
}

async fn api_check(http: &ws_client::http::Http, api: &url::Url) -> Check {
    let url = format!("{}/healthz", api.as_str().trim_end_matches('/'));
    match http.client().get(&url).send().await {
        Ok(r) if r.status().is_success() => check(
            "workspace api",
            Status::Ok,
            format!("{url} answers {}", r.status().as_u16()),
        ),
        Ok(r) => check(
            "workspace api",
            Status::Warn,
            format!(
                "{url} answers {}; check api_url with `ws profile show`",
                r.status()
            ),
        ),
        Err(e) => check(
            "workspace api",
            Status::Fail,
            format!(
                "{}",
                ws_client::Error::Unreachable {
                    url: url.clone(),
                    reason: reason(&e)
                }
            ),
        ),
    }
}

fn reason(e: &reqwest::Error) -> String {
    if e.is_connect() {
        "connection refused or host unreachable".into()
    } else if e.is_timeout() {
        "timed out".into()
    } else {
        e.to_string()
    }
}

fn print(ctx: &Ctx, checks: &[Check]) -> Result<()> {
    if ctx.format() != ws_client::OutputFormat::Table {
        let rows: Vec<_> = checks
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        return output::print(ctx, Shape::List(&rows), &[]);
    }
    let style = ctx.out_style();
    let mut out = ctx.out();
    for c in checks {
        let tag = match c.status {
            Status::Ok => style.green("ok  "),
            Status::Warn => style.yellow("warn"),
            Status::Fail => style.red("fail"),
        };
        writeln!(out, "{tag}  {:<13} {}", c.check, c.message)?;
    }
    Ok(())
}
