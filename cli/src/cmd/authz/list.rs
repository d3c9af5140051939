//! `ws authz list [--project P] [--user U]`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::{authz, projects, users};

use crate::cmd::admin_util::{self, LimitArg, fail};
use crate::ctx::Ctx;
use crate::exit;

/// List authorizations.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Only on this project (id or name)
    #[arg(long)]
    project: Option<String>,
    /// Only of this user (id, username, login name or email)
    #[arg(long)]
    user: Option<String>,
    #[command(flatten)]
    list: LimitArg,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let project = match &self.project {
            Some(p) => Some(projects::id_of(
                &projects::resolve(&api, p).await.map_err(fail)?,
            )),
            None => None,
        };
        let user = match &self.user {
            Some(u) => Some(users::id_of(
                &users::resolve(&api, u, None).await.map_err(fail)?,
            )),
            None => None,
        };
        let call = authz::list_call(project.as_deref(), user.as_deref());
        admin_util::print_list(ctx, &api, &call, self.list.limit, super::FIELDS).await?;
        Ok(exit::OK)
    }
}
