//! `ws roles`: list, add and remove the roles of a project (`--project` by id or name).

pub mod add;
pub mod list;
pub mod remove;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Default table columns of a role.
pub const FIELDS: &[&str] = &["key", "displayName", "group"];

/// Manage project roles.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws roles list --project workspace
  ws roles add editor --project workspace --display-name Editor --group docs
  ws roles remove editor --project workspace")]
pub struct Cmd {
    /// The project (id or name)
    #[arg(long, global = true, value_name = "PROJECT")]
    project: Option<String>,
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List a project's roles
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Add a role to a project
    Add(add::Cmd),
    /// Remove a role (also from grants and authorizations)
    #[command(aliases = ["rm", "delete"])]
    Remove(remove::Cmd),
}

impl Cmd {
    /// Resolves `--project` and dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let Some(project) = self.project else {
            return Err(crate::exit::usage(
                "which project? pass --project PROJECT (id or name)",
            ));
        };
        let api = super::admin_util::api(ctx)?;
        let p = ws_client::admin::projects::resolve(&api, &project)
            .await
            .map_err(super::admin_util::fail)?;
        let id = ws_client::admin::projects::id_of(&p);
        match self.command {
            Verb::List(c) => c.run(ctx, &api, &id).await,
            Verb::Add(c) => c.run(ctx, &api, &id).await,
            Verb::Remove(c) => c.run(ctx, &api, &id).await,
        }
    }
}
