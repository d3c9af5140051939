//! `ws grants update --project P --granted-org ORG --role KEY…`: replaces the role set.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::{grants, orgs, projects};

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Replace the roles of a project grant.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The project (id or name)
    #[arg(long)]
    project: String,
    /// The organization holding the grant (id, name or domain)
    #[arg(long)]
    granted_org: String,
    /// The role keys the grant keeps; repeatable (roles not listed are revoked)
    #[arg(long = "role", value_name = "KEY")]
    roles: Vec<String>,
}

impl Cmd {
    /// Updates the grant and prints it.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let project = projects::id_of(&projects::resolve(&api, &self.project).await.map_err(fail)?);
        let org = orgs::id_of(&orgs::resolve(&api, &self.granted_org).await.map_err(fail)?);
        grants::write(&api, "UpdateProjectGrant", &project, &org, &self.roles).await?;
        let grant = json!({"projectId": project, "grantedOrganizationId": org, "grantedRoleKeys": self.roles});
        output::print(ctx, Shape::One(&grant), &[])?;
        Ok(exit::OK)
    }
}
