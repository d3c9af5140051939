//! `ws apps get APP`: one application by id or name.

use anyhow::Result;
use clap::Args;
use ws_client::admin::apps;

use super::ProjectArg;
use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Show one application.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id or name
    app: String,
    /// Where to look a name up (an id is found anywhere)
    #[command(flatten)]
    project: ProjectArg,
}

impl Cmd {
    /// Resolves and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let project = self.project.id(&api).await?;
        let app = apps::resolve(&api, project.as_deref(), &self.app)
            .await
            .map_err(fail)?;
        output::print(ctx, Shape::One(&app), super::FIELDS)?;
        Ok(exit::OK)
    }
}
