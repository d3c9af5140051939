//! `ws docs create --title T [--file F|-]`: a new doc owned by the caller.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use ws_client::ws_api::workspace::docs::CreateDoc;

use super::shared::{api, print_one, read_body};
use crate::ctx::Ctx;
use crate::exit;

/// Create a doc.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Title (1–200 characters, one line)
    #[arg(long)]
    title: String,
    /// Read the Markdown body from FILE, or from stdin with `-`; empty otherwise
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
}

impl Cmd {
    /// Creates and prints the new doc.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let body = match &self.file {
            Some(path) => read_body(ctx, path)?,
            None => String::new(),
        };
        let api = api(ctx)?;
        let doc = api
            .create_doc(&CreateDoc {
                title: self.title,
                body,
            })
            .await?;
        ctx.say(format_args!(
            "Created doc {} (version {})",
            doc.id, doc.version
        ));
        print_one(ctx, &doc, super::FIELDS)?;
        Ok(exit::OK)
    }
}
