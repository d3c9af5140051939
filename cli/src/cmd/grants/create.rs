//! `ws grants create --project P --granted-org ORG --role KEY…`.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::{grants, orgs, projects};

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Grant a project to an organization.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The project (id or name)
    #[arg(long)]
    project: String,
    /// The organization that receives the grant (id, name or domain)
    #[arg(long)]
    granted_org: String,
    /// A role key of the project to grant; repeatable
    #[arg(long = "role", value_name = "KEY")]
    roles: Vec<String>,
}

impl Cmd {
    /// Creates the grant and prints it.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let project = projects::id_of(&projects::resolve(&api, &self.project).await.map_err(fail)?);
        let org = orgs::id_of(&orgs::resolve(&api, &self.granted_org).await.map_err(fail)?);
        grants::write(&api, "CreateProjectGrant", &project, &org, &self.roles).await?;
        let grant = json!({"projectId": project, "grantedOrganizationId": org, "grantedRoleKeys": self.roles});
        output::print(ctx, Shape::One(&grant), &[])?;
        Ok(exit::OK)
    }
}
