//! `ws drive mv SRC DST`: into DST when it is a folder, else to DST's folder under
//! DST's name (a rename when the folder is the same).

use anyhow::Result;
use clap::Args;
use ws_api::workspace::drive::{DriveItem, UpdateItem};
use ws_client::workspace::drive::Drive;

use super::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Move and/or rename an item.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The item (path from My Drive, or id:ID)
    src: String,
    /// A folder to move into, or a new path (folder/name)
    dst: String,
}

/// Where SRC goes: (folder id, name). An existing folder DST takes SRC under its own
/// name; otherwise DST is `folder/new-name`.
pub async fn destination(
    drive: &Drive<'_>,
    src: &DriveItem,
    dst: &str,
) -> Result<(String, String)> {
    if let Ok(target) = shared::resolve(drive, dst).await {
        if shared::is_folder(&target) {
            return Ok((target.id, src.name.clone()));
        }
        return Err(exit::with_code(
            exit::CONFLICT,
            format!("'{dst}' already exists"),
        ));
    }
    let (parent, name) = shared::parent_and_name(drive, dst).await?;
    Ok((parent.id, name))
}

impl Cmd {
    /// Moves and prints the item.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let src = shared::resolve(&drive, &self.src).await?;
        let (parent_id, name) = destination(&drive, &src, &self.dst).await?;
        let body = UpdateItem {
            name: Some(name),
            parent_id: Some(parent_id),
        };
        let moved = drive.update(&src.id, &body).await?;
        output::print(ctx, Shape::One(&shared::record(&moved)), super::FIELDS)?;
        Ok(exit::OK)
    }
}
