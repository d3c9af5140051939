//! `ws share`: list, add and remove who may access a doc, folder, file or calendar.
//! Resources and grantees are named the way people know them (a drive path, a doc's
//! title, a calendar's name, a colleague's email, an org's name); [`target`] and
//! [`grantee`] turn them into the ids the API takes.

pub mod add;
pub mod grantee;
pub mod link;
pub mod ls;
pub mod rm;
pub mod target;

use anyhow::Result;
use clap::{Args, Subcommand};
use ws_client::workspace::WorkspaceApi;

use crate::ctx::Ctx;

/// Default table columns of a share.
pub const FIELDS: &[&str] = &["id", "grantee.type", "grantee.id", "role", "created_at"];

/// Share workspace resources.
#[derive(Debug, Args)]
#[command(after_long_help = "A resource is one of:
  drive:PATH          a file or folder by its path in My Drive (drive:/Reports/q3.pdf),
                      or by id (drive:id:2839471234)
  doc:ID|TITLE        a doc by id or exact title
  calendar:ID|NAME    a calendar by id or name
or the same through --file PATH, --doc ID|TITLE, --calendar ID|NAME.
A grantee is --user (email, username, user@org-domain or id), --org (name or id)
or --link (anyone holding the link opens it read only, without signing in; a doc,
file or calendar, not a folder; --expires 7d or a date ends it).

Examples:
  ws share ls drive:/Reports/q3.pdf
  ws share ls --doc \"Q3 plan\"
  ws share add drive:/Reports/q3.pdf --user charlie@globex.example --role viewer
  ws share add --doc \"Q3 plan\" --user bob --role editor
  ws share add --calendar Team --org \"Globex Inc\" --role viewer
  ws share add --file /Reports/q3.pdf --link --role viewer --expires 7d
  ws share link --file /Reports/q3.pdf
  ws share rm drive:/Reports/q3.pdf --user charlie@globex.example
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
    /// Print the URL of a doc's, file's or calendar's link shares
    Link(link::Cmd),
    /// Remove a share: by its id, or a resource's share with a user or org
    #[command(aliases = ["delete", "remove"])]
    Rm(rm::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = WorkspaceApi::new(ctx.session()?);
        match self.command {
            Verb::Ls(c) => c.run(ctx, &api).await,
            Verb::Add(c) => c.run(ctx, &api).await,
            Verb::Link(c) => c.run(ctx, &api).await,
            Verb::Rm(c) => c.run(ctx, &api).await,
        }
    }
}
