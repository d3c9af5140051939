//! `ws apps update APP --project P`: the name and the OIDC settings given; list
//! flags replace the list, flags left out keep what is stored.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::apps;

use super::ProjectArg;
use super::config::{OidcArgs, api_auth_name};
use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Change an application.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id or name
    app: String,
    #[command(flatten)]
    project: ProjectArg,
    /// New name
    #[arg(long)]
    name: Option<String>,
    #[command(flatten)]
    oidc: OidcArgs,
}

impl Cmd {
    /// Updates and prints the application as stored now.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let (project, app) = super::target(&api, &self.project, &self.app).await?;
        let id = apps::id_of(&app);
        let mut changes = json!({});
        if let Some(n) = &self.name {
            changes["name"] = json!(n);
        }
        if app.get("apiConfiguration").is_some() {
            let mut only_auth = self.oidc.clone();
            only_auth.auth_method = None;
            if !only_auth.is_empty() {
                return Err(exit::usage(
                    "this is an API app: it takes only --name and --auth-method basic|private-key-jwt",
                ));
            }
            if let Some(m) = self.oidc.auth_method {
                let name = api_auth_name(m).ok_or_else(|| {
                    exit::usage("API apps authenticate with --auth-method basic or private-key-jwt")
                })?;
                changes["apiConfiguration"] = json!({"authMethodType": name});
            }
        } else if !self.oidc.is_empty() {
            changes["oidcConfiguration"] = self.oidc.to_json();
        }
        if changes.as_object().is_some_and(|c| c.is_empty()) {
            return Err(exit::usage(
                "nothing to change: pass --name or a setting flag",
            ));
        }
        apps::update(&api, &project, &id, changes).await?;
        let now = apps::get(&api, &id).await?;
        ctx.say(format_args!("Updated application {id}"));
        output::print(ctx, Shape::One(&now), super::FIELDS)?;
        Ok(exit::OK)
    }
}
