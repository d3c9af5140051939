//! `ws share rm SHARE_ID`.

use anyhow::Result;
use clap::Args;
use ws_client::workspace::WorkspaceApi;

use crate::ctx::Ctx;
use crate::exit;

/// Remove a share.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Share id (from `ws share ls`)
    id: String,
}

impl Cmd {
    /// Removes it.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        api.remove_share(&self.id).await?;
        ctx.say(format_args!("Removed share {}", self.id));
        Ok(exit::OK)
    }
}
