//! `ws orgs create NAME`: a new organization, optionally with ORG_OWNER admins.

use anyhow::Result;
use clap::Args;
use ws_client::admin::{orgs, users};

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Create an organization.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Name of the new organization (unique)
    name: String,
    /// A user (id, username or login name) who becomes ORG_OWNER; repeatable
    #[arg(long = "admin", value_name = "USER")]
    admins: Vec<String>,
}

impl Cmd {
    /// Creates and prints the new organization.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let mut admins = Vec::new();
        for a in &self.admins {
            let u = users::resolve(&api, a, None).await.map_err(fail)?;
            admins.push(users::id_of(&u));
        }
        let id = orgs::create(&api, &self.name, &admins).await?;
        let org = orgs::get(&api, &id).await.map_err(fail)?;
        ctx.say(format_args!("Created organization {} ({id})", self.name));
        output::print(ctx, Shape::One(&org), super::FIELDS)?;
        Ok(exit::OK)
    }
}
