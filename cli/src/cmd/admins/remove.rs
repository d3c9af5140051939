//! `ws admins remove USER (--org|--project|--instance)`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::admins::{self, Resource};
use ws_client::admin::users;
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util::fail;
use crate::ctx::Ctx;
use crate::exit;

/// Remove an administrator.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The user (id, username, login name or email)
    user: String,
}

impl Cmd {
    /// Removes the user's manager roles on the resource.
    pub async fn run(self, ctx: &Ctx, api: &ZitadelApi<'_>, resource: Resource) -> Result<i32> {
        let user = users::id_of(&users::resolve(api, &self.user, None).await.map_err(fail)?);
        admins::remove(api, &user, &resource).await?;
        ctx.say(format_args!(
            "User {user} is no longer an administrator of {resource}"
        ));
        Ok(exit::OK)
    }
}
