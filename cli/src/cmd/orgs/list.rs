//! `ws orgs list`: every organization the caller may read, sorted by name.

use anyhow::Result;
use clap::Args;
use clap::builder::PossibleValuesParser;
use ws_client::admin::orgs::{self, OrgFilter};

use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;

/// List organizations.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    list: ListArgs,
    /// Only organizations in this state
    #[arg(long, value_parser = PossibleValuesParser::new(["active", "inactive"]))]
    state: Option<String>,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let filter = OrgFilter {
            search: self.list.search,
            state: self.state.as_deref().map(orgs::state_name),
        };
        let call = orgs::list_call(&filter);
        admin_util::print_list(ctx, &api, &call, self.list.limit, super::FIELDS).await?;
        Ok(exit::OK)
    }
}
