//! `ws projects`: list, show, create and delete projects (`zitadel.project.v2.ProjectService`).
//! A project name works wherever an id is taken.

pub mod create;
pub mod delete;
pub mod get;
pub mod list;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Default table columns of a project.
pub const FIELDS: &[&str] = &[
    "projectId",
    "name",
    "state",
    "organizationId",
    "grantedOrganizationId",
];

/// Manage projects.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws projects list                    owned and granted projects, by name
  ws projects list --org acme -o json
  ws projects create Portal --org acme
  ws projects get portal
  ws projects delete Portal")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List projects (all pages)
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Show one project
    Get(get::Cmd),
    /// Create a project in --org
    Create(create::Cmd),
    /// Delete a project (its roles, grants and authorizations too)
    #[command(aliases = ["rm", "remove"])]
    Delete(delete::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::List(c) => c.run(ctx).await,
            Verb::Get(c) => c.run(ctx).await,
            Verb::Create(c) => c.run(ctx).await,
            Verb::Delete(c) => c.run(ctx).await,
        }
    }
}
