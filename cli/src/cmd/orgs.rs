//! `ws orgs`: list, show, create, rename, deactivate, activate and delete organizations
//! (`zitadel.org.v2.OrganizationService`). Wherever an id is taken, a name or primary
//! domain works too.

pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod state;
pub mod update;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Default table columns of an organization.
pub const FIELDS: &[&str] = &["id", "name", "primaryDomain", "state"];

/// Manage organizations.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws orgs list                          every organization, by name
  ws orgs list --search ac -o json      names containing \"ac\", as JSON
  ws orgs get acme                      by id, name or primary domain
  ws orgs create Initech --admin alice  a new org with alice as ORG_OWNER
  ws orgs update acme --name 'ACME Inc'  rename
  ws orgs deactivate globex && ws orgs activate globex")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List organizations (all pages)
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Show one organization
    Get(get::Cmd),
    /// Create an organization
    Create(create::Cmd),
    /// Rename an organization
    Update(update::Cmd),
    /// Deactivate an organization (its users cannot sign in)
    Deactivate(state::Cmd),
    /// Activate a deactivated organization
    Activate(state::Cmd),
    /// Delete an organization with everything in it
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
            Verb::Update(c) => c.run(ctx).await,
            Verb::Deactivate(c) => c.run(ctx, "DeactivateOrganization", "Deactivated").await,
            Verb::Activate(c) => c.run(ctx, "ActivateOrganization", "Activated").await,
            Verb::Delete(c) => c.run(ctx).await,
        }
    }
}
