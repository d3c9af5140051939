//! `ws docs update DOC [--title T] [--file F|-] [--if-version N]`: a new version.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use ws_client::ws_api::workspace::docs::UpdateDoc;

use super::shared::{api, fail, print_one, read_body};
use crate::ctx::Ctx;
use crate::exit;

/// Change a doc's title or body.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true).args(["title", "file"]))]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// New title
    #[arg(long)]
    title: Option<String>,
    /// Replace the body with FILE's content, or stdin's with `-`
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Only if the doc is still at version N (else exit 6, nothing written)
    #[arg(long, value_name = "N")]
    if_version: Option<u64>,
}

impl Cmd {
    /// Updates and prints the doc's new state.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let body = self
            .file
            .as_deref()
            .map(|p| read_body(ctx, p))
            .transpose()?;
        let api = api(ctx)?;
        let change = UpdateDoc {
            title: self.title,
            body,
        };
        let doc = api
            .update_doc(&self.doc, &change, self.if_version)
            .await
            .map_err(|e| fail(e, &self.doc))?;
        ctx.say(format_args!(
            "Saved doc {} as version {}",
            doc.id, doc.version
        ));
        print_one(ctx, &doc, super::FIELDS)?;
        Ok(exit::OK)
    }
}
