//! `ws roles remove KEY --project P`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::projects;
use ws_client::zitadel::ZitadelApi;

use crate::ctx::Ctx;
use crate::exit;

/// Remove a role.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Role key
    key: String,
}

impl Cmd {
    /// Removes the role.
    pub async fn run(self, ctx: &Ctx, api: &ZitadelApi<'_>, project: &str) -> Result<i32> {
        projects::remove_role(api, project, &self.key).await?;
        ctx.say(format_args!(
            "Removed role {} from project {project}",
            self.key
        ));
        Ok(exit::OK)
    }
}
