//! `ws orgs update ORG --name NEW`: rename an organization.

use anyhow::Result;
use clap::Args;
use ws_client::admin::orgs;

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Rename an organization.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, name or primary domain
    org: String,
    /// The new name
    #[arg(long)]
    name: String,
}

impl Cmd {
    /// Renames and prints the organization.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let id = orgs::id_of(&orgs::resolve(&api, &self.org).await.map_err(fail)?);
        orgs::rename(&api, &id, &self.name).await?;
        let org = orgs::get(&api, &id).await.map_err(fail)?;
        output::print(ctx, Shape::One(&org), super::FIELDS)?;
        Ok(exit::OK)
    }
}
