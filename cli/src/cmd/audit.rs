//! `ws audit`: the workspace audit log — who did what, when, with which outcome.
//! Lists entries (oldest first; `--limit N` keeps the newest N) or, with `--follow`,
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
  ws audit --limit 20
  ws audit --action docs. --actor alice -o json
  ws audit --follow -o jsonl | jq .target")]
pub struct Cmd {
    /// Keep printing entries as they are recorded (until interrupted)
    #[arg(long, short = 'f')]
    follow: bool,
    /// Only entries of this user (login name, email or user id)
    #[arg(long, value_name = "USER")]
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
    /// Only the newest N entries, still printed oldest first (listing only)
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl Cmd {
    /// Lists or follows.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = WorkspaceApi::new(ctx.session()?);
        let actor = match self.actor {
            Some(user) => Some(actor_id(&api, &user).await?),
            None => None,
        };
        let filter = AuditFilter {
            actor,
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
        if self.follow {
            return follow::run(ctx, &api, &filter).await;
        }
        match self.limit {
            Some(n) => newest(ctx, &api, &filter, n).await,
            None => list(ctx, &api, &filter).await,
        }
    }
}

/// The user id `user` names: a workspace login (username, `user@org-domain`, email)
/// or id, resolved through the directory. An id the directory does not know (a
/// deleted or machine user) is still a valid filter, so a number is taken as is.
async fn actor_id(api: &WorkspaceApi<'_>, user: &str) -> Result<String> {
    use ws_client::workspace::lookup::LookupError;
    match api.find_user(user).await {
        Ok(found) => Ok(found.id),
        Err(LookupError::Resolve(_)) if user.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(user.to_owned())
        }
        Err(e) => Err(anyhow::Error::new(e).context(format!("--actor {user:?}"))),
    }
}

/// Every page; JSON lines are printed page by page.
async fn list(ctx: &Ctx, api: &WorkspaceApi<'_>, filter: &AuditFilter) -> Result<i32> {
    let mut all: Vec<Value> = Vec::new();
    let mut token: Option<String> = None;
    let streaming = ctx.format() == OutputFormat::Jsonl;
    loop {
        let page = api.audit_page(filter, Some(1000), token.as_deref()).await?;
        let items = to_values(&page.items)?;
        if streaming {
            output::print(ctx, Shape::List(&items), FIELDS)?;
        }
        all.extend(items);
        match page.next_page_token {
            Some(t) => token = Some(t),
            None => break,
        }
    }
    if !streaming {
        output::print(ctx, Shape::List(&all), FIELDS)?;
    }
    Ok(exit::OK)
}

/// The newest `n` entries, oldest of them first (like `tail -n`).
async fn newest(ctx: &Ctx, api: &WorkspaceApi<'_>, filter: &AuditFilter, n: usize) -> Result<i32> {
    let items = to_values(&api.audit_newest(filter, n).await?)?;
    output::print(ctx, Shape::List(&items), FIELDS)?;
    Ok(exit::OK)
}

fn to_values<T: serde::Serialize>(items: &[T]) -> Result<Vec<Value>> {
    Ok(items
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<_, _>>()?)
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
