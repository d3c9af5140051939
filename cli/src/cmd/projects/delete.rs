//! `ws projects delete PROJECT`.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::projects;

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Delete a project.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id or name
    project: String,
}

impl Cmd {
    /// Deletes and prints `{id, deleted}`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let id = projects::id_of(&projects::resolve(&api, &self.project).await.map_err(fail)?);
        projects::delete(&api, &id).await?;
        ctx.say(format_args!("Deleted project {id}"));
        output::print(ctx, Shape::One(&json!({"id": id, "deleted": true})), &[])?;
        Ok(exit::OK)
    }
}
