//! `ws audit`: the workspace audit log — who did what, when, with which outcome.
//! Lists entries (oldest first, every page up to `--limit`) or, with `--follow`,
//! prints entries live as they are recorded (`-o jsonl` for one JSON object a line).
//! An org admin sees their organization's entries; anyone else only their own.

mod follow;

use anyhow::Result;
use clap::Args;
use serde_json::Value;
use ws_client::OutputFormat;
use ws_client::workspace::WorkspaceApi;
use ws_client::workspace::audit::AuditFilter;

use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Default table columns of an entry.
pub const FIELDS: &[&str] = &["time", "actor", "action", "target", "outcome"];

/// Show the audit log.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws audit --since 1h
  ws audit --action docs. --actor 2839470001 -o json
  ws audit --follow -o jsonl | jq .target")]
pub struct Cmd {
    /// Keep printing entries as they are recorded (until interrupted)
    #[arg(long, short = 'f')]
    follow: bool,
    /// Only entries of this user (user id)
    #[arg(long, value_name = "USER_ID")]
    actor: Option<String>,
    /// Only this action, or every action with this prefix when it ends in '.' (docs.)
    #[arg(long)]
    action: Option<String>,
    /// Only this target (kind:id, e.g. doc:2839472398)
    #[arg(long)]
    target: Option<String>,
    /// Only entries at or after this time: RFC 3339, or a duration ago (15m, 2h, 7days)
    #[arg(long, value_name = "TIME")]
    since: Option<String>,
    /// Only entries before this time: RFC 3339, or a duration ago
    #[arg(long, value_name = "TIME")]
    until: Option<String>,
    /// Stop after N entries (listing only)
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl Cmd {
    /// Lists or follows.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let filter = AuditFilter {
            actor: self.actor,
            action: self.action,
            target: self.target,
            since: self
                .since
                .as_deref()
                .map(|t| time_arg("--since", t))
                .transpose()?,
            until: self
                .until
                .as_deref()
                .map(|t| time_arg("--until", t))
                .transpose()?,
        };
        let api = WorkspaceApi::new(ctx.session()?);
        if self.follow {
            return follow::run(ctx, &api, &filter).await;
        }
        list(ctx, &api, &filter, self.limit).await
    }
}

/// Every page (up to `limit` entries); JSON lines are printed page by page.
async fn list(
    ctx: &Ctx,
    api: &WorkspaceApi<'_>,
    filter: &AuditFilter,
    limit: Option<usize>,
) -> Result<i32> {
    let mut all: Vec<Value> = Vec::new();
    let mut token: Option<String> = None;
    let streaming = ctx.format() == OutputFormat::Jsonl;
    loop {
        let page = api.audit_page(filter, Some(1000), token.as_deref()).await?;
        let mut items: Vec<Value> = page
            .items
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        if let Some(limit) = limit {
            items.truncate(limit.saturating_sub(all.len()));
        }
        if streaming {
            output::print(ctx, Shape::List(&items), FIELDS)?;
        }
        all.extend(items);
        let full = limit.is_some_and(|l| all.len() >= l);
        match page.next_page_token {
            Some(t) if !full => token = Some(t),
            _ => break,
        }
    }
    if !streaming {
        output::print(ctx, Shape::List(&all), FIELDS)?;
    }
    Ok(exit::OK)
}

/// An RFC 3339 time as given, or a duration ago as RFC 3339.
fn time_arg(flag: &str, text: &str) -> Result<String> {
    use time::format_description::well_known::Rfc3339;
    if time::OffsetDateTime::parse(text, &Rfc3339).is_ok() {
        return Ok(text.to_owned());
    }
    let ago = humantime::parse_duration(text).map_err(|_| {
        exit::usage(format!(
            "{flag} {text:?}: expected an RFC 3339 time (2026-01-31T12:00:00Z) or a duration ago (15m, 2h, 7days)"
        ))
    })?;
    let at = time::OffsetDateTime::now_utc() - ago;
    Ok(at.format(&Rfc3339)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339_or_durations_ago() {
        assert_eq!(
            time_arg("--since", "2026-01-31T12:00:00Z").unwrap(),
            "2026-01-31T12:00:00Z"
        );
        let ago = time_arg("--since", "2h").unwrap();
        let t = time::OffsetDateTime::parse(&ago, &time::format_description::well_known::Rfc3339)
            .unwrap();
        let diff = time::OffsetDateTime::now_utc() - t;
        assert!(diff >= time::Duration::hours(2) && diff < time::Duration::hours(3));
        let e = time_arg("--until", "yesterday-ish")
            .unwrap_err()
            .to_string();
        assert!(e.contains("--until") && e.contains("RFC 3339"), "{e}");
    }
}
