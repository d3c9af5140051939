//! `ws docs search QUERY`: docs whose title or body contain every word (or
//! "quoted phrase") of the query, among those the caller can see.

use anyhow::Result;
use clap::Args;

use super::shared::{api, print_list};
use crate::ctx::Ctx;
use crate::exit;

/// Search docs.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Words or "quoted phrases"; case-insensitive (ASCII), all must match
    query: String,
    /// Stop after N hits
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl Cmd {
    /// Searches and prints hits with their snippet.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        let items = api.list_docs(Some(&self.query), self.limit).await?;
        print_list(ctx, &items, &["id", "title", "updated_at", "snippet"])?;
        if items.is_empty() {
            ctx.say(format_args!("No docs match '{}'", self.query));
        }
        Ok(exit::OK)
    }
}
