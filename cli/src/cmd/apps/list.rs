//! `ws apps list`: the applications of the projects the caller manages, by name.

use anyhow::Result;
use clap::Args;
use serde_json::Value;
use ws_client::admin::{apps, paging};

use super::ProjectArg;
use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// List applications.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    list: ListArgs,
    /// Only this project's applications
    #[command(flatten)]
    project: ProjectArg,
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let project = self.project.id(&api).await?;
        let call = apps::list_call(project.as_deref(), self.list.search.as_deref());
        let items: Vec<Value> = paging::all(&api, &call, self.list.limit)
            .await?
            .into_iter()
            .map(apps::summarize)
            .collect();
        output::print(ctx, Shape::List(&items), super::FIELDS)?;
        Ok(exit::OK)
    }
}
