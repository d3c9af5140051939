//! `ws share ls RESOURCE`: who has access to a resource.

use anyhow::Result;
use clap::Args;
use ws_client::workspace::WorkspaceApi;

use super::target::{self, Target};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// List shares.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    target: Target,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let res = target::resolve(api, &self.target.named()?).await?;
        let shares = api.list_shares(res.kind, &res.id).await?;
        let items: Vec<serde_json::Value> = shares
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        output::print(ctx, Shape::List(&items), super::FIELDS)?;
        Ok(exit::OK)
    }
}
