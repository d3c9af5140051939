//! `ws share`: list, add and remove who may access a doc, folder, file or calendar.

pub mod add;
pub mod ls;
pub mod rm;

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::sharing::ResourceKind;

use crate::ctx::Ctx;

/// Default table columns of a share.
pub const FIELDS: &[&str] = &["id", "grantee.type", "grantee.id", "role", "created_at"];

/// Share workspace resources.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws share ls doc 2839472398
  ws share add doc 2839472398 --user 2839470001 --role editor
  ws share add calendar 2839479999 --org 2839460000 --role viewer
  ws share add file 2839471234 --link --role viewer
  ws share rm 2839475555")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List the shares of a resource
    #[command(alias = "list")]
    Ls(ls::Cmd),
    /// Share a resource with a user, an organization or a link (again: change the role)
    Add(add::Cmd),
    /// Remove a share by its id
    #[command(alias = "remove")]
    Rm(rm::Cmd),
}

/// The kind of a shared resource, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// A document
    Doc,
    /// A drive folder
    Folder,
    /// A drive file
    File,
    /// A calendar
    Calendar,
}

impl From<Kind> for ResourceKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Doc => ResourceKind::Doc,
            Kind::Folder => ResourceKind::Folder,
            Kind::File => ResourceKind::File,
            Kind::Calendar => ResourceKind::Calendar,
        }
    }
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = WorkspaceApi::new(ctx.session()?);
        match self.command {
            Verb::Ls(c) => c.run(ctx, &api).await,
            Verb::Add(c) => c.run(ctx, &api).await,
            Verb::Rm(c) => c.run(ctx, &api).await,
        }
    }
}
