//! `ws apps create NAME --project P`: an OIDC app (default) or, with `--api`, an API
//! app. A client secret, when the auth method uses one, is printed once.

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};
use ws_client::admin::{apps, str_field};

use super::ProjectArg;
use super::config::{OidcArgs, api_auth_name};
use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Create an application.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Name of the new application
    name: String,
    #[command(flatten)]
    project: ProjectArg,
    /// Choose the id (it is also the client id); generated when absent
    #[arg(long, value_name = "ID")]
    id: Option<String>,
    /// An API (resource server) app instead of an OIDC client; takes --auth-method
    /// basic or private-key-jwt only
    #[arg(long)]
    api: bool,
    #[command(flatten)]
    oidc: OidcArgs,
}

impl Cmd {
    fn body(&self) -> Result<Value> {
        let mut body = json!({"name": self.name});
        if let Some(id) = &self.id {
            body["applicationId"] = json!(id);
        }
        if !self.api {
            body["oidcConfiguration"] = self.oidc.to_json();
            return Ok(body);
        }
        let mut only_auth = self.oidc.clone();
        only_auth.auth_method = None;
        if !only_auth.is_empty() {
            return Err(exit::usage(
                "--api apps take no OIDC flags; only --auth-method basic|private-key-jwt",
            ));
        }
        let mut api = json!({});
        if let Some(m) = self.oidc.auth_method {
            let name = api_auth_name(m).ok_or_else(|| {
                exit::usage("--api apps authenticate with --auth-method basic or private-key-jwt")
            })?;
            api["authMethodType"] = json!(name);
        }
        body["apiConfiguration"] = api;
        Ok(body)
    }

    /// Creates and prints `{applicationId, clientId, clientSecret?}`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let body = self.body()?;
        let api = admin_util::api(ctx)?;
        let project = self.project.required(&api).await?;
        let resp = apps::create(&api, &project, body).await?;
        let config = if self.api {
            "apiConfiguration"
        } else {
            "oidcConfiguration"
        };
        let id = str_field(&resp, "applicationId");
        let secret = str_field(&resp, &format!("{config}.clientSecret"));
        ctx.say(format_args!("Created application {} ({id})", self.name));
        let mut record = json!({
            "applicationId": id,
            "clientId": str_field(&resp, &format!("{config}.clientId")),
        });
        if !secret.is_empty() {
            ctx.say("Store the client secret now; it cannot be shown again");
            record["clientSecret"] = json!(secret);
        }
        output::print(ctx, Shape::One(&record), &[])?;
        Ok(exit::OK)
    }
}
