//! `ws audit --follow`: the live stream (Server-Sent Events), one entry at a time in
//! the chosen format: JSON formats one object a line (pipe-friendly), YAML one
//! document each, table and CSV one row a line with the header printed once.

use std::time::Duration;

use anyhow::Result;
use futures::StreamExt;
use serde_json::Value;
use ws_client::OutputFormat;
use ws_client::workspace::WorkspaceApi;
use ws_client::workspace::audit::{AuditFilter, FollowEvent, follow_backoff};

use super::FIELDS;
use crate::ctx::Ctx;
use crate::exit;

/// Prints entries until the user interrupts or access is refused. A dropped
/// connection (a server restart, a network blip) is reported on stderr and resumed
/// after the last entry printed: nothing is missed or printed twice.
pub(super) async fn run(ctx: &Ctx, api: &WorkspaceApi<'_>, filter: &AuditFilter) -> Result<i32> {
    let mut events = api.follow_audit_resuming(filter, follow_backoff());
    let mut first = true;
    loop {
        let next = tokio::select! {
            next = events.next() => next,
            _ = tokio::signal::ctrl_c() => return Ok(exit::INTERRUPTED),
        };
        let Some(event) = next else {
            return Err(anyhow::anyhow!("the audit stream ended"));
        };
        match event? {
            FollowEvent::Connected { again: false } => {
                ctx.say("Following the audit log (Ctrl-C to stop)…");
            }
            FollowEvent::Connected { again: true } => {
                ctx.say("Reconnected to the audit log; resuming after the last entry shown");
            }
            FollowEvent::Lost { reason, retry_in } => ctx.warn(format_args!(
                "lost the audit stream ({reason}); reconnecting in {}",
                humantime::format_duration(Duration::from_millis(retry_in.as_millis() as u64))
            )),
            FollowEvent::Entry(entry) => {
                print_one(ctx, &serde_json::to_value(entry)?, first)?;
                first = false;
            }
        }
    }
}

fn print_one(ctx: &Ctx, v: &Value, first: bool) -> Result<()> {
    use std::io::Write;
    let fields = ctx
        .fields
        .clone()
        .unwrap_or_else(|| FIELDS.iter().map(|f| (*f).to_owned()).collect());
    let text = match ctx.format() {
        OutputFormat::Json | OutputFormat::Jsonl => format!("{}\n", serde_json::to_string(v)?),
        OutputFormat::Yaml => format!("---\n{}", serde_norway::to_string(v)?),
        OutputFormat::Csv | OutputFormat::Table => {
            let sep = if ctx.format() == OutputFormat::Csv {
                ","
            } else {
                "  "
            };
            let cells: Vec<String> = fields.iter().map(|f| cell(v, f)).collect();
            let header = if first {
                format!("{}\n", fields.join(sep))
            } else {
                String::new()
            };
            format!("{header}{}\n", cells.join(sep))
        }
    };
    let mut out = ctx.out();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn cell(v: &Value, path: &str) -> String {
    match path.split('.').try_fold(v, |v, k| v.get(k)) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}
