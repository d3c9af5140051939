//! `ws drive cp SRC DST`: a copy of a file (into DST when it is a folder, else as
//! `folder/name`); the copy shares the original's stored bytes.

use anyhow::Result;
use clap::Args;
use ws_api::workspace::drive::CopyItem;

use super::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Copy a file.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The file (path from My Drive, or id:ID)
    src: String,
    /// A folder to copy into, or a new path (folder/name)
    dst: String,
}

impl Cmd {
    /// Copies and prints the copy.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let src = shared::resolve(&drive, &self.src).await?;
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
