//! `ws authz delete ID`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::authz;

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;

/// Delete an authorization.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Authorization id (see `ws authz list`)
    id: String,
}

impl Cmd {
    /// Deletes it (already gone counts as done, as the v2 API says).
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        authz::delete(&api, &self.id).await?;
        ctx.say(format_args!("Deleted authorization {}", self.id));
        Ok(exit::OK)
    }
}
