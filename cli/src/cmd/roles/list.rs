//! `ws roles list --project P`: a project's roles, by key.

use anyhow::Result;
use clap::Args;
use ws_client::admin::projects;
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;

/// List roles.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    list: ListArgs,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx, api: &ZitadelApi<'_>, project: &str) -> Result<i32> {
        let call = projects::roles_call(project, self.list.search.as_deref());
        admin_util::print_list(ctx, api, &call, self.list.limit, super::FIELDS).await?;
        Ok(exit::OK)
    }
}
