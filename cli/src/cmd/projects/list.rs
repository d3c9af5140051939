//! `ws projects list`: projects the caller may read (owned and granted), by name.

use anyhow::Result;
use clap::Args;
use ws_client::admin::projects;

use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;

/// List projects.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    list: ListArgs,
}

impl Cmd {
    /// Lists and prints (owned by or granted to `--org` when given).
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let org = admin_util::org_id(ctx, &api).await?;
        let call = projects::list_call(self.list.search.as_deref(), org.as_deref());
        admin_util::print_list(ctx, &api, &call, self.list.limit, super::FIELDS).await?;
        Ok(exit::OK)
    }
}
