//! `ws drive mkdir PATH`: a folder (with `-p`, its missing parents too). PATH is
//! from My Drive, or starts at any folder with `id:ID/` (e.g. one shared with you).

use anyhow::Result;
use clap::Args;
use ws_api::workspace::drive::CreateFolder;

use super::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Create a folder.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Path of the new folder from My Drive, or `id:FOLDER_ID/NAME` below any folder
    path: String,
    /// Create missing parent folders too, and succeed if the folder exists
    #[arg(short, long)]
    parents: bool,
}

impl Cmd {
    /// Creates and prints the folder.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let mut segs = shared::segments(&self.path);
        let start = match segs.first().and_then(|s| s.strip_prefix(shared::ID_PREFIX)) {
            Some(id) => {
                let id = id.to_owned();
                segs.remove(0);
                id
            }
            None => "root".to_owned(),
        };
        if segs.is_empty() {
            return Err(exit::usage(
                "give the folder's path, e.g. reports/2024 or id:FOLDER_ID/reports",
            ));
        }
        let mut current = drive.get(&start).await?;
        for (i, name) in segs.iter().enumerate() {
            let last = i + 1 == segs.len();
            match shared::child(&drive, &current.id, name).await? {
                Some(existing) if shared::is_folder(&existing) && (self.parents || !last) => {
                    current = existing;
                }
                None if self.parents || last => {
                    let body = CreateFolder {
                        parent_id: Some(current.id.clone()),
                        name: (*name).to_owned(),
                    };
                    current = drive.mkdir(&body).await?;
                }
                Some(_) if last => {
                    return Err(exit::with_code(
                        exit::CONFLICT,
                        format!("'{}' already exists", self.path),
                    ));
                }
                _ => {
                    let so_far = segs[..=i].join("/");
                    return Err(exit::with_code(
                        exit::NOT_FOUND,
                        format!("no folder '{so_far}' (use -p to create parents)"),
                    ));
                }
            }
        }
        output::print(ctx, Shape::One(&shared::record(&current)), super::FIELDS)?;
        Ok(exit::OK)
    }
}
