//! `ws machine-users secret generate|rm`: the client secret of a machine user for the
//! client credentials grant (client id = the username). A new secret replaces the old
//! one and is printed once.

use anyhow::Result;
use clap::Subcommand;
use serde_json::json;
use ws_client::admin::{machine, str_field, users};

use super::keys::UserArg;
use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Secret verbs.
#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Generate a new client secret (replacing any old one) and print it once
    Generate(UserArg),
    /// Remove the client secret
    #[command(aliases = ["delete", "remove"])]
    Rm(UserArg),
}

impl Verb {
    /// Dispatches.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let (generate, arg) = match self {
            Verb::Generate(a) => (true, a),
            Verb::Rm(a) => (false, a),
        };
        let api = admin_util::api(ctx)?;
        let user = super::resolve(ctx, &api, arg.name()).await?;
        let id = users::id_of(&user);
        if !generate {
            machine::remove_secret(&api, &id).await?;
            ctx.say(format_args!("Removed the client secret of {id}"));
            output::print(ctx, Shape::One(&json!({"id": id, "hasSecret": false})), &[])?;
            return Ok(exit::OK);
        }
        let secret = machine::generate_secret(&api, &id).await?;
        ctx.say("Store the client secret now; it cannot be shown again");
        let record = json!({"clientId": str_field(&user, "username"), "clientSecret": secret});
        super::pats::print_secret(ctx, &record, &secret)
    }
}
