//! `ws drive download SRC [DEST]`: a file (or a folder with `-r`) to a local path,
//! through `.part` files verified by sha256 (a file already there with the same
//! bytes is left alone), or to stdout with `-`. `--parallel N` moves N files at once.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use futures::StreamExt;
use ws_api::workspace::drive::DriveItem;
use ws_client::workspace::drive::Drive;
use ws_client::workspace::drive::download::{self, Downloaded};

use super::shared::{self, Bars};
use crate::ctx::Ctx;
use crate::exit;

/// Download files or folders (or to stdout with `-`).
#[derive(Debug, Args)]
pub struct Cmd {
    /// The file or folder (path from My Drive, or id:ID)
    src: String,
    /// Local file or folder to write to (default: the current folder), or `-` for stdout
    dest: Option<String>,
    /// Download a folder and everything in it
    #[arg(short, long)]
    recursive: bool,
    /// Files transferred at once
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    parallel: u16,
}

impl Cmd {
    /// Downloads; reports each file on stderr.
    // Stdout stays locked for the whole download on purpose: the bytes are the
    // command's only output, and nothing else in this task writes to stdout.
    #[allow(clippy::await_holding_lock)]
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let item = shared::resolve(&drive, &self.src).await?;
        let bars = Bars::new(ctx);
        let dest = self.dest.clone().unwrap_or_else(|| ".".into());
        if dest == "-" {
            if shared::is_folder(&item) {
                return Err(exit::usage(
                    "a folder cannot go to stdout; give a local folder",
                ));
            }
            let (bar, progress) = bars.transfer(&item.name, Some(item.size));
            let mut out = ctx.out();
            download::download_to(&drive, &item, &mut **out, progress).await?;
            bar.finish_and_clear();
            return Ok(exit::OK);
        }
        let dest = PathBuf::from(dest);
        if !shared::is_folder(&item) {
            let target = if dest.is_dir() {
                dest.join(&item.name)
            } else {
                dest
            };
            self.one_file(ctx, &drive, &item, &target, &bars).await?;
            return Ok(exit::OK);
        }
        if !self.recursive {
            return Err(exit::usage(format!(
                "'{}' is a folder; add --recursive",
                item.name
            )));
        }
        let root = dest.join(&item.name);
        let mut files = Vec::new();
        for (rel, child) in super::tree::walk(&drive, &item).await? {
            let local = root.join(&rel);
            if shared::is_folder(&child) {
                std::fs::create_dir_all(&local)
                    .with_context(|| format!("cannot create {}", local.display()))?;
            } else {
                files.push((child, local));
            }
        }
        std::fs::create_dir_all(&root)
            .with_context(|| format!("cannot create {}", root.display()))?;
        let results: Vec<Result<()>> = futures::stream::iter(files.iter())
            .map(|(child, local)| self.one_file(ctx, &drive, child, local, &bars))
            .buffer_unordered(usize::from(self.parallel))
            .collect()
            .await;
        results.into_iter().collect::<Result<Vec<()>>>()?;
        Ok(exit::OK)
    }

    async fn one_file(
        &self,
        ctx: &Ctx,
        drive: &Drive<'_>,
        item: &DriveItem,
        dest: &Path,
        bars: &Bars,
    ) -> Result<()> {
        let (bar, progress) = bars.transfer(&item.name, Some(item.size));
        let outcome = download::download_file(drive, item, dest, progress).await?;
        bar.finish_and_clear();
        match outcome {
            Downloaded::Fetched => ctx.say(format_args!(
                "downloaded {} ({}, sha256 verified)",
                dest.display(),
                shared::human(item.size)
            )),
            Downloaded::Unchanged => {
                ctx.say(format_args!("unchanged {} (same sha256)", dest.display()))
            }
        }
        Ok(())
    }
}
