//! `ws orgs delete ORG`: delete an organization (its users and projects go with it).

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::orgs;

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Delete an organization.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, name or primary domain
    org: String,
}

impl Cmd {
    /// Deletes and prints `{id, deleted}`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let id = orgs::id_of(&orgs::resolve(&api, &self.org).await.map_err(fail)?);
        orgs::call(&api, "DeleteOrganization", &id).await?;
        ctx.say(format_args!("Deleted organization {id}"));
        output::print(ctx, Shape::One(&json!({"id": id, "deleted": true})), &[])?;
        Ok(exit::OK)
    }
}
