//! `ws share link RESOURCE`: the URL of each link share of a doc, file or calendar,
//! which opens it read only without signing in; and reading `--expires` for
//! `ws share add --link`.

use anyhow::Result;
use chrono::{DateTime, Utc};
use clap::Args;
use serde_json::json;
use ws_client::OutputFormat;
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::sharing::{Grantee, ResourceKind};

use super::target::{self, Target};
use crate::cmd::cal::shared as when;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Columns of a link in `-o table --fields` and the other formats.
const FIELDS: &[&str] = &["url", "role", "expires_at", "id"];

/// Print the URL of a resource's link shares.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    target: Target,
}

impl Cmd {
    /// Prints one URL a line (a table or records with `-o`/`--fields`); exit 5
    /// when the resource has no link share yet, saying how to make one.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let named = self.target.named()?;
        let res = target::resolve(api, &named).await?;
        if res.kind == ResourceKind::Folder {
            return Err(exit::usage(
                "a link cannot open a folder; share a file in it, or the folder with --user or --org",
            ));
        }
        let links: Vec<serde_json::Value> = api
            .list_shares(res.kind, &res.id)
            .await?
            .iter()
            .filter(|s| matches!(s.grantee, Grantee::Link { .. }))
            .filter_map(|s| {
                let url = api.link_url(s)?;
                Some(json!({"url": url, "role": s.role, "expires_at": s.expires_at, "id": s.id}))
            })
            .collect();
        if links.is_empty() {
            return Err(exit::with_code(
                exit::NOT_FOUND,
                format!(
                    "{} has no link share you can see; make one with: ws share add {} --link --role viewer",
                    describe(&named),
                    flag(&named)
                ),
            ));
        }
        if ctx.format() == OutputFormat::Table && ctx.fields.is_none() {
            let text: String = links
                .iter()
                .map(|l| format!("{}\n", l["url"].as_str().unwrap_or_default()))
                .collect();
            let mut out = ctx.out();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        } else {
            output::print(ctx, Shape::List(&links), FIELDS)?;
        }
        Ok(exit::OK)
    }
}

/// The resource as people named it, for messages.
fn describe(named: &target::Named) -> String {
    match named {
        target::Named::Drive(p) => format!("file {p}"),
        target::Named::Doc(d) => format!("doc '{d}'"),
        target::Named::Calendar(c) => format!("calendar '{c}'"),
    }
}

/// The `ws share` flag naming the resource again, quoted for a shell.
fn flag(named: &target::Named) -> String {
    let (flag, value) = match named {
        target::Named::Drive(p) => ("--file", p),
        target::Named::Doc(d) => ("--doc", d),
        target::Named::Calendar(c) => ("--calendar", c),
    };
    if value.contains([' ', '\'', '"']) {
        format!("{flag} \"{}\"", value.replace('"', "\\\""))
    } else {
        format!("{flag} {value}")
    }
}

/// `--expires`: a duration from `now` (`7d`, `12h`) or a date or time in the local
/// zone (RFC 3339 as given), as RFC 3339; it must lie in the future.
pub fn expiry(ctx: &Ctx, text: &str, now: DateTime<Utc>) -> Result<String> {
    let at = match humantime::parse_duration(text) {
        Ok(d) => chrono::Duration::from_std(d)
            .ok()
            .and_then(|d| now.checked_add_signed(d))
            .ok_or_else(|| exit::usage(format!("--expires {text}: too far in the future")))?,
        Err(_) => {
            let tz = when::zone(ctx, None)?;
            when::parse_when("--expires", text, tz).map_err(|_| {
                exit::usage(format!(
                    "--expires {text:?}: expected a duration (7d, 12h) or a date or time \
                     (2026-12-31, \"2026-12-31 18:00\", RFC 3339)"
                ))
            })?
        }
    };
    if at <= now {
        return Err(exit::usage(format!(
            "--expires {text}: {} has passed; a link must expire in the future",
            when::rfc3339(at)
        )));
    }
    Ok(when::rfc3339(at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ctx::Io;
    use ws_client::{Env, Overrides};

    fn ctx() -> Ctx {
        let env = Env::from_pairs([("TZ", "UTC")]);
        Ctx::new(Io::test("").0, env, Overrides::default(), None)
    }

    #[test]
    fn expiry_is_a_duration_from_now_or_a_future_date() {
        let now = DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let ctx = ctx();
        assert_eq!(expiry(&ctx, "7d", now).unwrap(), "2026-12-08T10:00:00Z");
        assert_eq!(
            expiry(&ctx, "2026-12-31", now).unwrap(),
            "2026-12-31T00:00:00Z"
        );
        for bad in ["2026-11-30", "0s", "next week"] {
            let e = expiry(&ctx, bad, now).unwrap_err();
            assert_eq!(exit::code_for(&e), exit::USAGE, "{bad}");
            assert!(e.to_string().contains("--expires"), "{e}");
        }
    }
}
