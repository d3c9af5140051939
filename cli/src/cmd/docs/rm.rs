//! `ws docs rm DOC [--if-version N]`: deletes a doc for good (owners only).

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::shared::{api, fail, print_one};
use crate::ctx::Ctx;
use crate::exit;

/// Delete a doc.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// Only if the doc is still at version N (else exit 6, nothing deleted)
    #[arg(long, value_name = "N")]
    if_version: Option<u64>,
}

impl Cmd {
    /// Deletes and prints `{id, deleted}`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        api.delete_doc(&self.doc, self.if_version)
            .await
            .map_err(|e| fail(e, &self.doc))?;
        ctx.say(format_args!("Deleted doc {}", self.doc));
        print_one(ctx, &json!({"id": self.doc, "deleted": true}), &[])?;
        Ok(exit::OK)
    }
}
