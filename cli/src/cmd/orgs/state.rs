//! `ws orgs deactivate|activate ORG`: one state change by id, name or domain.

use anyhow::Result;
use clap::Args;
use ws_client::admin::orgs;

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Change an organization's state.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, name or primary domain
    org: String,
}

impl Cmd {
    /// Calls `method` (`DeactivateOrganization`/`ActivateOrganization`) and prints the result.
    pub async fn run(self, ctx: &Ctx, method: &str, done: &str) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let id = orgs::id_of(&orgs::resolve(&api, &self.org).await.map_err(fail)?);
        orgs::call(&api, method, &id).await?;
        let org = orgs::get(&api, &id).await.map_err(fail)?;
        ctx.say(format_args!("{done} organization {id}"));
        output::print(ctx, Shape::One(&org), super::FIELDS)?;
        Ok(exit::OK)
    }
}
