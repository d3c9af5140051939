//! `ws drive ls [PATH]`: a folder's items, or the trash, shared items, a search.

use anyhow::Result;
use clap::Args;
use ws_client::workspace::drive::Listing;

use super::shared::{self, record};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// List a folder, the trash, shared items or a search.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Folder (path from My Drive, or id:ID); My Drive by default
    path: Option<String>,
    /// Items others shared with you
    #[arg(long, conflicts_with_all = ["path", "trash", "search"])]
    shared: bool,
    /// Your trash
    #[arg(long, conflicts_with_all = ["path", "search"])]
    trash: bool,
    /// Your items whose name contains TEXT
    #[arg(long, value_name = "TEXT", conflicts_with = "path")]
    search: Option<String>,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let listing = if self.shared {
            Listing::Shared
        } else if self.trash {
            Listing::Trash
        } else if let Some(q) = self.search {
            Listing::Search(q)
        } else {
            let folder = shared::resolve(&drive, self.path.as_deref().unwrap_or("")).await?;
            if !shared::is_folder(&folder) {
                return Err(exit::usage(format!(
                    "'{}' is a file; use `ws drive info`",
                    folder.name
                )));
            }
            Listing::Folder(folder.id)
        };
        let items = drive.list(&listing).await?;
        let records: Vec<_> = items.iter().map(record).collect();
        output::print(ctx, Shape::List(&records), super::FIELDS)?;
        Ok(exit::OK)
    }
}
