//! `ws drive`: files and folders of the workspace drive — list, tree, info, mkdir,
//! mv, cp, rm, restore, and transfers (upload, download) that stream in constant
//! memory, resume after an interruption and verify sha256 end to end.
//!
//! Remote paths start at My Drive (`reports/2024/q1.pdf`); `id:ID` names any item
//! by id, including items others shared with you (`ws drive ls --shared`).

pub mod cp;
pub mod download;
pub mod info;
pub mod ls;
pub mod mkdir;
pub mod mv;
pub mod restore;
pub mod rm;
pub mod shared;
pub mod tree;
pub mod upload;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Default table columns of a drive item.
pub const FIELDS: &[&str] = &["name", "kind", "size", "changed_at", "id"];

/// Files and folders in the workspace drive.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws drive ls                              My Drive
  ws drive ls reports -o json              a folder, as JSON
  ws drive ls --shared                     what others shared with you
  ws drive tree reports                    a folder and everything in it
  ws drive upload big.iso backups          resumable; re-run to resume after an interrupt
  ws drive upload -r photos archive --parallel 4   a folder, skipping files already there
  tar c src | ws drive upload - --name src.tar     from stdin
  ws drive download backups/big.iso .      verified, through big.iso.part
  ws drive download reports/q1.pdf - | less         to stdout
  ws drive mv draft.md reports/final.md    move and rename
  ws drive cp -r reports archive/reports-2024      a folder and everything in it
  ws drive rm old.iso && ws drive restore old.iso   trash, then take it back")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List a folder (My Drive by default), the trash, shared items or a search
    #[command(alias = "list")]
    Ls(ls::Cmd),
    /// Show a folder and everything below it
    Tree(tree::Cmd),
    /// Show one item, or the organization's quota without a path
    Info(info::Cmd),
    /// Create a folder
    Mkdir(mkdir::Cmd),
    /// Move and/or rename an item
    Mv(mv::Cmd),
    /// Copy a file, or a folder and everything in it (--recursive)
    Cp(cp::Cmd),
    /// Move items to the trash (or delete them for good with --permanent)
    #[command(aliases = ["delete", "remove"])]
    Rm(rm::Cmd),
    /// Take items out of the trash
    Restore(restore::Cmd),
    /// Upload files or folders (or stdin with `-`)
    Upload(upload::Cmd),
    /// Download files or folders (or to stdout with `-`)
    Download(download::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::Ls(c) => c.run(ctx).await,
            Verb::Tree(c) => c.run(ctx).await,
            Verb::Info(c) => c.run(ctx).await,
            Verb::Mkdir(c) => c.run(ctx).await,
            Verb::Mv(c) => c.run(ctx).await,
            Verb::Cp(c) => c.run(ctx).await,
            Verb::Rm(c) => c.run(ctx).await,
            Verb::Restore(c) => c.run(ctx).await,
            Verb::Upload(c) => c.run(ctx).await,
            Verb::Download(c) => c.run(ctx).await,
        }
    }
}
