//! `ws cal import|export`: iCalendar (.ics) files.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use ws_client::workspace::WorkspaceApi;

use super::shared::find_calendar;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Import an .ics file (all or nothing; events are matched by UID).
#[derive(Debug, Args)]
pub struct Import {
    /// Calendar id or name
    calendar: String,
    /// The file, or - for stdin
    file: String,
}

impl Import {
    /// Sends the file and prints the counts.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let text = if self.file == "-" {
            ctx.read_stdin()?
        } else {
            std::fs::read_to_string(&self.file)
                .with_context(|| format!("cannot read {}", self.file))?
        };
        let cal = find_calendar(api, Some(&self.calendar)).await?;
        let result = api.import_ics(&cal.id, text).await?;
        let v = serde_json::to_value(&result)?;
        output::print(ctx, Shape::One(&v), &["created", "updated"])?;
        Ok(exit::OK)
    }
}

/// Export a calendar as an .ics file.
#[derive(Debug, Args)]
pub struct Export {
    /// Calendar id or name
    calendar: String,
    /// Write to this file instead of stdout (- is stdout too)
    #[arg(long)]
    file: Option<PathBuf>,
}

impl Export {
    /// Writes the file.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let cal = find_calendar(api, Some(&self.calendar)).await?;
        let text = api.export_ics(&cal.id).await?;
        match self.file.as_ref().filter(|p| p.as_os_str() != "-") {
            Some(path) => {
                std::fs::write(path, &text)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                ctx.say(format_args!(
                    "Wrote {} ({} bytes)",
                    path.display(),
                    text.len()
                ));
            }
            None => ctx.io.write_raw(true, &text)?,
        }
        Ok(exit::OK)
    }
}
