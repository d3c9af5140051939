//! `ws docs get DOC`: one doc (or one of its versions); `--body` prints only the
//! Markdown.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use super::shared::{api, fail, print_one};
use crate::ctx::Ctx;
use crate::exit;

/// Show one doc.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// Show the doc as it was at version N (see `ws docs history`)
    #[arg(long, value_name = "N")]
    at: Option<u64>,
    /// Print only the Markdown body, as is
    #[arg(long)]
    body: bool,
}

impl Cmd {
    /// Fetches and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        let fields = ["id", "title", "version", "updated_at", "updated_by", "body"];
        let (body, record) = match self.at {
            Some(v) => {
                let found = api
                    .doc_version(&self.doc, v)
                    .await
                    .map_err(|e| fail(e, &self.doc))?;
                (
                    found.body.clone().unwrap_or_default(),
                    super::shared::value(&found)?,
                )
            }
            None => {
                let doc = api
                    .get_doc(&self.doc)
                    .await
                    .map_err(|e| fail(e, &self.doc))?;
                (doc.body.clone(), super::shared::value(&doc)?)
            }
        };
        if self.body {
            let mut out = ctx.out();
            out.write_all(body.as_bytes())?;
            out.flush()?;
        } else {
            print_one(ctx, &record, &fields)?;
        }
        Ok(exit::OK)
    }
}
