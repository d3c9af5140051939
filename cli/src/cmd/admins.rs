//! `ws admins`: administrators (manager roles) on the instance (`--instance`), an
//! organization (`--org`) or a project (`--project`) — InternalPermissionService v2.

pub mod add;
pub mod list;
pub mod remove;

use anyhow::Result;
use clap::{Args, Subcommand};
use ws_client::admin::admins::Resource;
use ws_client::admin::projects;
use ws_client::zitadel::ZitadelApi;

use super::admin_util::{self, fail};
use crate::ctx::Ctx;

/// Default table columns of an administrator.
pub const FIELDS: &[&str] = &[
    "user.preferredLoginName",
    "user.id",
    "roles",
    "organization.name",
    "project.name",
    "instance",
];

/// Manage administrators.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws admins list --org acme
  ws admins add bob --org acme --role ORG_USER_MANAGER
  ws admins add bob --project workspace --role PROJECT_OWNER
  ws admins remove bob --org acme")]
pub struct Cmd {
    /// On the whole instance
    #[arg(long, global = true, conflicts_with = "project")]
    instance: bool,
    /// On this project (id or name)
    #[arg(long, global = true, value_name = "PROJECT")]
    project: Option<String>,
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List administrators (of one resource when given)
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Give a user manager roles on a resource
    Add(add::Cmd),
    /// Take all manager roles on a resource from a user
    #[command(aliases = ["rm", "delete"])]
    Remove(remove::Cmd),
}

impl Cmd {
    /// Resolves the resource and dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let resource = self.resource(ctx, &api).await?;
        match self.command {
            Verb::List(c) => c.run(ctx, &api, resource.as_ref()).await,
            Verb::Add(c) => c.run(ctx, &api, need(resource)?).await,
            Verb::Remove(c) => c.run(ctx, &api, need(resource)?).await,
        }
    }

    async fn resource(&self, ctx: &Ctx, api: &ZitadelApi<'_>) -> Result<Option<Resource>> {
        if self.instance {
            return Ok(Some(Resource::Instance));
        }
        if let Some(p) = &self.project {
            let p = projects::resolve(api, p).await.map_err(fail)?;
            return Ok(Some(Resource::Project(projects::id_of(&p))));
        }
        Ok(admin_util::org_id(ctx, api)
            .await?
            .map(Resource::Organization))
    }
}

fn need(r: Option<Resource>) -> Result<Resource> {
    r.ok_or_else(|| crate::exit::usage("on what? pass --org ORG, --project PROJECT or --instance"))
}
