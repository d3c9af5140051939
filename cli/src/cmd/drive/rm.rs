//! `ws drive rm PATH...`: to the trash, or deleted for good with `--permanent` (asked
//! first on a terminal, or `--yes`).

use anyhow::Result;
use clap::Args;

use super::shared;
use crate::confirm::{self, Ask, Yes};
use crate::ctx::Ctx;
use crate::exit;

/// Move items to the trash (or delete them for good).
#[derive(Debug, Args)]
pub struct Cmd {
    /// Items (paths from My Drive, or id:ID)
    #[arg(required = true)]
    paths: Vec<String>,
    /// Delete for good instead of moving to the trash (owners only)
    #[arg(long)]
    permanent: bool,
    #[command(flatten)]
    yes: Yes,
}

impl Cmd {
    /// Trashes or deletes each item; reports each on stderr.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let mut items = Vec::with_capacity(self.paths.len());
        for path in &self.paths {
            items.push(shared::resolve(&drive, path).await?);
        }
        if self.permanent {
            let what = match self.paths.as_slice() {
                [one] => one.clone(),
                many => format!("{} items", many.len()),
            };
            let action = format!("delete {what} for good (no trash to restore from)");
            confirm::confirm(ctx, self.yes, &action, Ask::YesNo)?;
        }
        for (path, item) in self.paths.iter().zip(&items) {
            if self.permanent {
                drive.delete(&item.id).await?;
                ctx.say(format_args!("deleted {path}"));
            } else {
                drive.trash(&item.id).await?;
                ctx.say(format_args!(
                    "moved {path} to the trash (ws drive restore {path})"
                ));
            }
        }
        Ok(exit::OK)
    }
}
