//! `ws users delete USER`, after the username is typed back on a terminal (or with
//! `--yes`).

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::{str_field, users};

use crate::cmd::admin_util;
use crate::confirm::{self, Ask, Yes};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Delete a user.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, username, login name or email
    user: String,
    #[command(flatten)]
    yes: Yes,
}

impl Cmd {
    /// Deletes and prints `{id, deleted}`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let user = super::resolve(ctx, &api, &self.user).await?;
        let (id, name) = (users::id_of(&user), str_field(&user, "username"));
        confirm::confirm(
            ctx,
            self.yes,
            &format!("delete user {name}"),
            Ask::Type(name),
        )?;
        users::call(&api, "DeleteUser", &id).await?;
        ctx.say(format_args!("Deleted user {id}"));
        output::print(ctx, Shape::One(&json!({"id": id, "deleted": true})), &[])?;
        Ok(exit::OK)
    }
}
