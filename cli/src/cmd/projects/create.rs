//! `ws projects create NAME --org ORG`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::projects;

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Create a project.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Name of the new project
    name: String,
}

impl Cmd {
    /// Creates and prints the project.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let Some(org) = admin_util::org_id(ctx, &api).await? else {
            return Err(exit::usage(
                "which organization? pass --org ORG (id, name or domain) or set WS_ORG",
            ));
        };
        let id = projects::create(&api, &org, &self.name).await?;
        let p = projects::get(&api, &id).await?;
        ctx.say(format_args!("Created project {} ({id})", self.name));
        output::print(ctx, Shape::One(&p), super::FIELDS)?;
        Ok(exit::OK)
    }
}
