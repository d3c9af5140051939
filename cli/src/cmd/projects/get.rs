//! `ws projects get PROJECT`: one project by id or name.

use anyhow::Result;
use clap::Args;
use ws_client::admin::projects;

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Show one project.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id or name
    project: String,
}

impl Cmd {
    /// Resolves and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let p = projects::resolve(&api, &self.project).await.map_err(fail)?;
        output::print(ctx, Shape::One(&p), super::FIELDS)?;
        Ok(exit::OK)
    }
}
