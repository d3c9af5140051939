//! `ws apps secret APP --project P`: a new client secret, replacing the old one,
//! printed once (the bare value in table format, so `$(ws …)` captures it).

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::{apps, str_field};

use super::ProjectArg;
use crate::cmd::admin_util;
use crate::cmd::machine_users::pats::print_secret;
use crate::ctx::Ctx;

/// Generate a new client secret.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id or name
    app: String,
    #[command(flatten)]
    project: ProjectArg,
}

impl Cmd {
    /// Renews and prints the secret.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let (project, app) = super::target(&api, &self.project, &self.app).await?;
        let id = apps::id_of(&app);
        let resp = apps::call(&api, "GenerateClientSecret", &project, &id).await?;
        let secret = str_field(&resp, "clientSecret");
        ctx.say("Store the client secret now; it cannot be shown again");
        let record = json!({"clientId": apps::client_id(&app), "clientSecret": secret});
        print_secret(ctx, &record, secret)
    }
}
