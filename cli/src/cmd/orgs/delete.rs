//! `ws orgs delete ORG`: delete an organization (its users and projects go with it),
//! after the name is typed back on a terminal (or with `--yes`).

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::{orgs, str_field};

use crate::cmd::admin_util::{self, fail};
use crate::confirm::{self, Ask, Yes};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Delete an organization.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, name or primary domain
    org: String,
    #[command(flatten)]
    yes: Yes,
}

impl Cmd {
    /// Deletes and prints `{id, deleted}`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let org = orgs::resolve(&api, &self.org).await.map_err(fail)?;
        let (id, name) = (orgs::id_of(&org), str_field(&org, "name"));
        confirm::confirm(
            ctx,
            self.yes,
            &format!("delete organization {name} with all its users and projects"),
            Ask::Type(name),
        )?;
        orgs::call(&api, "DeleteOrganization", &id).await?;
        ctx.say(format_args!("Deleted organization {id}"));
        output::print(ctx, Shape::One(&json!({"id": id, "deleted": true})), &[])?;
        Ok(exit::OK)
    }
}
