//! `ws apps`: OIDC and API applications of a project
//! (`zitadel.application.v2.ApplicationService`): list, show, create, change, delete
//! and renew the client secret. A project or app name works wherever an id is taken.

pub mod config;
pub mod create;
pub mod get;
pub mod list;
pub mod rm;
pub mod secret;
pub mod update;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::Value;
use ws_client::admin::{apps, projects};
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util::fail;
use crate::ctx::Ctx;
use crate::exit;

/// Default table columns of an application.
pub const FIELDS: &[&str] = &["applicationId", "name", "type", "clientId", "state"];

/// Manage applications (OIDC clients and APIs).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws apps list --project workspace
  ws apps create 'Acme Web' --project workspace --id acme-web \\
      --redirect-uri https://acme.localhost/callback --post-logout-uri https://acme.localhost/
  ws apps create Reports --project workspace --api
  ws apps update acme-web --project workspace --dev-mode true
  ws apps secret acme-web --project workspace     prints the new secret once
  ws apps rm acme-web --project workspace --yes")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List applications (all pages)
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Show one application
    Get(get::Cmd),
    /// Create an OIDC (default) or API application in a project
    Create(create::Cmd),
    /// Change an application's name or configuration
    Update(update::Cmd),
    /// Delete an application (its client stops working at once)
    #[command(aliases = ["delete", "remove"])]
    Rm(rm::Cmd),
    /// Generate a new client secret (replacing the old one) and print it once
    Secret(secret::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::List(c) => c.run(ctx).await,
            Verb::Get(c) => c.run(ctx).await,
            Verb::Create(c) => c.run(ctx).await,
            Verb::Update(c) => c.run(ctx).await,
            Verb::Rm(c) => c.run(ctx).await,
            Verb::Secret(c) => c.run(ctx).await,
        }
    }
}

/// `--project`, which every write needs (ZITADEL keys apps by project and id).
#[derive(Debug, Clone, Args)]
pub struct ProjectArg {
    /// The project (id or name)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
}

impl ProjectArg {
    /// The project's id, if one was named.
    pub async fn id(&self, api: &ZitadelApi<'_>) -> Result<Option<String>> {
        let Some(name) = &self.project else {
            return Ok(None);
        };
        let p = projects::resolve(api, name).await.map_err(fail)?;
        Ok(Some(projects::id_of(&p)))
    }

    /// The project's id; a usage error when none was named.
    pub async fn required(&self, api: &ZitadelApi<'_>) -> Result<String> {
        self.id(api)
            .await?
            .ok_or_else(|| exit::usage("which project? pass --project PROJECT (id or name)"))
    }
}

/// The project id and the application an id or name names in it.
pub async fn target(
    api: &ZitadelApi<'_>,
    project: &ProjectArg,
    app: &str,
) -> Result<(String, Value)> {
    let project_id = project.required(api).await?;
    let app = apps::resolve(api, Some(&project_id), app)
        .await
        .map_err(fail)?;
    Ok((project_id, app))
}
