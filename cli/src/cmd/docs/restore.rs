//! `ws docs restore DOC VERSION`: makes an old version current again, as a new version.

use anyhow::Result;
use clap::Args;

use super::shared::{api, fail, print_one};
use crate::ctx::Ctx;
use crate::exit;

/// Restore an old version.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// The version to bring back (see `ws docs history`)
    #[arg(value_name = "VERSION")]
    old: u64,
    /// Only if the doc is still at version N (else exit 6, nothing written)
    #[arg(long, value_name = "N")]
    if_version: Option<u64>,
}

impl Cmd {
    /// Restores and prints the doc's new state.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        let doc = api
            .restore_doc(&self.doc, self.old, self.if_version)
            .await
            .map_err(|e| fail(e, &self.doc))?;
        ctx.say(format_args!(
            "Restored version {} of doc {} as version {}",
            self.old, doc.id, doc.version
        ));
        print_one(ctx, &doc, super::FIELDS)?;
        Ok(exit::OK)
    }
}
