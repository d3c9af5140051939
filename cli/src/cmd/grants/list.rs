//! `ws grants list [--project P]`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::{grants, projects};

use crate::cmd::admin_util::{self, LimitArg, fail};
use crate::ctx::Ctx;
use crate::exit;

/// List project grants.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Only grants of this project (id or name)
    #[arg(long)]
    project: Option<String>,
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
        let call = grants::list_call(project.as_deref());
        admin_util::print_list(ctx, &api, &call, self.list.limit, super::FIELDS).await?;
        Ok(exit::OK)
    }
}
