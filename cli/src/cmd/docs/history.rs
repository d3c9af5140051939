//! `ws docs history DOC`: every version with its author and time, newest first.

use anyhow::Result;
use clap::Args;

use super::shared::{api, fail, print_list};
use crate::ctx::Ctx;
use crate::exit;

/// List a doc's versions.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// Stop after N versions
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        let items = api
            .doc_versions(&self.doc, self.limit)
            .await
            .map_err(|e| fail(e, &self.doc))?;
        let fields = [
            "version",
            "title",
            "author",
            "created_at",
            "size",
            "restored_from",
        ];
        print_list(ctx, &items, &fields)?;
        Ok(exit::OK)
    }
}
