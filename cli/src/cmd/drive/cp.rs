//! `ws drive cp [-r] SRC DST`: a copy of a file, or with `-r` of a folder and
//! everything in it (into DST when it is a folder, else as `folder/name`). The server
//! copies a folder in one transaction, and copies share the originals' stored bytes.

use anyhow::Result;
use clap::Args;
use ws_api::workspace::drive::CopyItem;

use super::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Copy a file, or a folder with --recursive.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The file or folder (path from My Drive, or id:ID)
    src: String,
    /// A folder to copy into, or a new path (folder/name)
    dst: String,
    /// Copy a folder and everything in it
    #[arg(short, long)]
    recursive: bool,
}

impl Cmd {
    /// Copies and prints the copy.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let src = shared::resolve(&drive, &self.src).await?;
        if shared::is_folder(&src) && !self.recursive {
            return Err(exit::usage(format!(
                "'{}' is a folder; add --recursive to copy it and everything in it",
                self.src
            )));
        }
        let (parent_id, name) = super::mv::destination(&drive, &src, &self.dst).await?;
        let body = CopyItem {
            parent_id: Some(parent_id),
            name: Some(name),
        };
        let copy = drive.copy(&src.id, &body).await?;
        output::print(ctx, Shape::One(&shared::record(&copy)), super::FIELDS)?;
        Ok(exit::OK)
    }
}
