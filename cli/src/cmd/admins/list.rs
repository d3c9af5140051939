//! `ws admins list [--org|--project|--instance]`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::admins::{self, Resource};
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;

/// List administrators.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    list: ListArgs,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(
        self,
        ctx: &Ctx,
        api: &ZitadelApi<'_>,
        resource: Option<&Resource>,
    ) -> Result<i32> {
        let call = admins::list_call(resource);
        admin_util::print_list(ctx, api, &call, self.list.limit, super::FIELDS).await?;
        Ok(exit::OK)
    }
}
