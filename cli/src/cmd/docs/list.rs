//! `ws docs ls`: the docs the caller can see, most recently changed first.

use anyhow::Result;
use clap::Args;

use super::shared::{api, print_list};
use crate::ctx::Ctx;
use crate::exit;

/// List docs.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Stop after N docs (all pages are fetched otherwise)
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        let items = api.list_docs(None, self.limit).await?;
        print_list(ctx, &items, super::FIELDS)?;
        Ok(exit::OK)
    }
}
