//! `ws roles add KEY --project P`.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::projects;
use ws_client::zitadel::ZitadelApi;

use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Add a role.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Role key (unique in the project)
    key: String,
    /// Display name (default: the key)
    #[arg(long)]
    display_name: Option<String>,
    /// Group the role belongs to
    #[arg(long)]
    group: Option<String>,
}

impl Cmd {
    /// Adds and prints the role.
    pub async fn run(self, ctx: &Ctx, api: &ZitadelApi<'_>, project: &str) -> Result<i32> {
        let display = self
            .display_name
            .clone()
            .unwrap_or_else(|| self.key.clone());
        projects::add_role(api, project, &self.key, &display, self.group.as_deref()).await?;
        let role = json!({"key": self.key, "displayName": display, "group": self.group, "projectId": project});
        output::print(ctx, Shape::One(&role), super::FIELDS)?;
        Ok(exit::OK)
    }
}
