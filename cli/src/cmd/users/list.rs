//! `ws users list`: every user the caller may read, sorted by username.

use anyhow::Result;
use clap::Args;
use clap::builder::PossibleValuesParser;
use ws_client::admin::users::{self, UserFilter};

use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;

/// List users.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    list: ListArgs,
    /// Only users in this state
    #[arg(long, value_parser = PossibleValuesParser::new(["active", "inactive", "locked", "initial"]))]
    state: Option<String>,
}

impl Cmd {
    /// Lists and prints (within `--org` when given).
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let filter = UserFilter {
            search: self.list.search,
            state: self.state.as_deref().map(users::state_name),
            org_id: admin_util::org_id(ctx, &api).await?,
        };
        let call = users::list_call(&filter);
        admin_util::print_list(ctx, &api, &call, self.list.limit, super::FIELDS).await?;
        Ok(exit::OK)
    }
}
