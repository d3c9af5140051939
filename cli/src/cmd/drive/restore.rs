//! `ws drive restore NAME...`: items back from the trash, named as they were
//! (`reports/q1.pdf` or just `q1.pdf` when unique in the trash) or by `id:ID`.

use anyhow::Result;
use clap::Args;
use ws_client::workspace::drive::Listing;

use super::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Take items out of the trash.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Trashed items: their name (or former path), or id:ID
    #[arg(required = true)]
    names: Vec<String>,
}

impl Cmd {
    /// Restores each item and prints them.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let trash = drive.list(&Listing::Trash).await?;
        let mut restored = Vec::new();
        for name in &self.names {
            let id = match name.strip_prefix(shared::ID_PREFIX) {
                Some(id) => id.to_owned(),
                None => {
                    let base = shared::segments(name).last().copied().unwrap_or_default();
                    let hits: Vec<_> = trash.iter().filter(|i| i.name == base).collect();
                    match hits.as_slice() {
                        [one] => one.id.clone(),
                        [] => {
                            return Err(exit::with_code(
                                exit::NOT_FOUND,
                                format!("nothing named '{base}' in the trash"),
                            ));
                        }
                        many => {
                            let ids: Vec<_> = many.iter().map(|i| format!("id:{}", i.id)).collect();
                            return Err(exit::usage(format!(
                                "{} items named '{base}' are in the trash; pick one: {}",
                                many.len(),
                                ids.join(" ")
                            )));
                        }
                    }
                }
            };
            restored.push(shared::record(&drive.restore(&id).await?));
        }
        output::print(ctx, Shape::List(&restored), super::FIELDS)?;
        Ok(exit::OK)
    }
}
