//! `ws admins add USER --role ROLE… (--org|--project|--instance)`.

use anyhow::Result;
use clap::Args;
use ws_client::admin::admins::{self, Resource};
use ws_client::admin::users;
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util::fail;
use crate::ctx::Ctx;
use crate::exit;

/// Give a user manager roles.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The user (id, username, login name or email)
    user: String,
    /// A manager role (ORG_OWNER, ORG_USER_MANAGER, PROJECT_OWNER, IAM_OWNER, …); repeatable
    #[arg(long = "role", value_name = "ROLE", required = true)]
    roles: Vec<String>,
}

impl Cmd {
    /// Adds the administrator.
    pub async fn run(self, ctx: &Ctx, api: &ZitadelApi<'_>, resource: Resource) -> Result<i32> {
        let user = users::id_of(&users::resolve(api, &self.user, None).await.map_err(fail)?);
        admins::add(api, &user, &resource, &self.roles).await?;
        ctx.say(format_args!(
            "User {user} now has {} on {resource}",
            self.roles.join(", ")
        ));
        Ok(exit::OK)
    }
}
