//! `ws users get USER`: one user by id, username, login name or email.

use anyhow::Result;
use clap::Args;

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Show one user.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, username, login name or email
    user: String,
}

impl Cmd {
    /// Resolves and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let user = super::resolve(ctx, &api, &self.user).await?;
        output::print(ctx, Shape::One(&user), super::FIELDS)?;
        Ok(exit::OK)
    }
}
