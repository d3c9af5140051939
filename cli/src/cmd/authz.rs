//! `ws authz`: authorizations — a user's roles on a project (`AuthorizationService` v2).

pub mod create;
pub mod delete;
pub mod list;
pub mod update;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Default table columns of an authorization.
pub const FIELDS: &[&str] = &[
    "id",
    "user.preferredLoginName",
    "project.name",
    "organization.name",
    "roles",
    "state",
];

/// Manage authorizations (role assignments).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws authz list --project workspace
  ws authz list --user alice -o json
  ws authz create --user erin --project workspace --role viewer
  ws authz update --user erin --project workspace --role viewer --role editor
  ws authz delete 312945881735331843")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List authorizations (all pages)
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Give a user roles on a project
    Create(create::Cmd),
    /// Replace the roles of an authorization
    Update(update::Cmd),
    /// Delete an authorization by id
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
