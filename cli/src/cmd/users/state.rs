//! `ws users deactivate|reactivate|lock|unlock USER`: one state change.

use anyhow::Result;
use clap::Args;
use ws_client::admin::users;

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Change a user's state.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, username, login name or email
    user: String,
}

impl Cmd {
    /// Calls `method` (e.g. `LockUser`) and prints the user afterwards.
    pub async fn run(self, ctx: &Ctx, method: &str, done: &str) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let id = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        users::call(&api, method, &id).await?;
        let user = users::get(&api, &id).await?;
        ctx.say(format_args!("{done} user {id}"));
        output::print(ctx, Shape::One(&user), super::FIELDS)?;
        Ok(exit::OK)
    }
}
