//! `ws apps rm APP --project P`, after a y/N on a terminal (or with `--yes`).

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::{apps, str_field};

use super::ProjectArg;
use crate::cmd::admin_util;
use crate::confirm::{self, Ask, Yes};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Delete an application.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id or name
    app: String,
    #[command(flatten)]
    project: ProjectArg,
    #[command(flatten)]
    yes: Yes,
}

impl Cmd {
    /// Deletes and prints `{id, deleted}`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let (project, app) = super::target(&api, &self.project, &self.app).await?;
        let id = apps::id_of(&app);
        let action = format!("delete application {} ({id})", str_field(&app, "name"));
        confirm::confirm(ctx, self.yes, &action, Ask::YesNo)?;
        apps::call(&api, "DeleteApplication", &project, &id).await?;
        ctx.say(format_args!("Deleted application {id}"));
        output::print(ctx, Shape::One(&json!({"id": id, "deleted": true})), &[])?;
        Ok(exit::OK)
    }
}
