//! `ws authz create --user U --project P --role KEY… [--org ORG]`: the authorization
//! lives in `--org` (a granted organization), else in the project's owner.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::{authz, projects, str_field, users};

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Give a user roles on a project.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The user (id, username, login name or email)
    #[arg(long)]
    user: String,
    /// The project (id or name)
    #[arg(long)]
    project: String,
    /// A role key; repeatable
    #[arg(long = "role", value_name = "KEY")]
    roles: Vec<String>,
}

impl Cmd {
    /// Creates the authorization and prints its id.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let user = users::id_of(&users::resolve(&api, &self.user, None).await.map_err(fail)?);
        let project = projects::resolve(&api, &self.project).await.map_err(fail)?;
        let org = match admin_util::org_id(ctx, &api).await? {
            Some(o) => o,
            None => str_field(&project, "organizationId").to_owned(),
        };
        let project_id = projects::id_of(&project);
        let id = authz::create(&api, &user, &project_id, &org, &self.roles).await?;
        let rec = json!({"id": id, "userId": user, "projectId": project_id, "organizationId": org, "roles": self.roles});
        output::print(ctx, Shape::One(&rec), &[])?;
        Ok(exit::OK)
    }
}
