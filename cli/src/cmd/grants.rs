//! `ws grants`: project grants — share a project with another organization with some
//! of its roles (`ProjectService` v2). Projects and orgs are given by id or name.

pub mod create;
pub mod delete;
pub mod list;
pub mod update;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Default table columns of a project grant.
pub const FIELDS: &[&str] = &[
    "projectName",
    "projectId",
    "grantedOrganizationName",
    "grantedOrganizationId",
    "grantedRoleKeys",
    "state",
];

/// Manage project grants.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws grants list --project workspace
  ws grants create --project workspace --granted-org globex --role viewer
  ws grants update --project workspace --granted-org globex --role viewer --role editor
  ws grants delete --project workspace --granted-org globex")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List project grants (all pages)
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Grant a project to another organization
    Create(create::Cmd),
    /// Replace the roles of a project grant
    Update(update::Cmd),
    /// Remove a project grant (and the authorizations made under it)
    #[command(aliases = ["rm", "remove"])]
    Delete(delete::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::List(c) => c.run(ctx).await,
            Verb::Create(c) => c.run(ctx).await,
            Verb::Update(c) => c.run(ctx).await,
            Verb::Delete(c) => c.run(ctx).await,
        }
    }
}
