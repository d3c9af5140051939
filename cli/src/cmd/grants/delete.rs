//! `ws grants delete --project P --granted-org ORG`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::{grants, orgs, projects};

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;

/// Remove a project grant.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The project (id or name)
    #[arg(long)]
    project: String,
    /// The organization holding the grant (id, name or domain)
    #[arg(long)]
    granted_org: String,
}

impl Cmd {
    /// Deletes the grant.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let project = projects::id_of(&projects::resolve(&api, &self.project).await.map_err(fail)?);
        let org = orgs::id_of(&orgs::resolve(&api, &self.granted_org).await.map_err(fail)?);
        grants::delete(&api, &project, &org).await?;
        ctx.say(format_args!(
            "Deleted the grant of project {project} to {org}"
        ));
        Ok(exit::OK)
    }
}
