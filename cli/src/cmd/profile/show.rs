//! `ws profile show [NAME]`: the settings in force and the source of each.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::Profile;

use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Show the resolved settings.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Profile to show (default: the one in force)
    pub name: Option<String>,
}

impl Cmd {
    /// Resolves and prints the profile; `-o table` adds the source of each value.
    pub fn run(self, ctx: &Ctx) -> Result<i32> {
        let resolved;
        let p = match self.name {
            Some(name) => {
                let mut o = ctx.overrides.clone();
                o.profile = Some(name);
                resolved = Profile::resolve(&ctx.env, &o)?;
                &resolved
            }
            None => ctx.profile()?,
        };
        let src = |k: &str| p.source(k).to_string();
        let record = json!({
            "name": p.name,
            "config_file": p.config_path.display().to_string(),
            "issuer": p.issuer.as_str().trim_end_matches('/'),
            "api_url": p.api_url.as_str().trim_end_matches('/'),
            "client_id": p.client_id,
            "project_id": p.project_id,
            "default_org": p.default_org,
            "output": p.output.as_str(),
            "scopes": p.login_scopes(),
            "token_store": p.token_store.as_str(),
            "sources": {
                "issuer": src("issuer"), "api_url": src("api_url"), "client_id": src("client_id"),
                "project_id": src("project_id"), "default_org": src("default_org"), "output": src("output"),
                "scopes": src("scopes"), "token_store": src("token_store"),
            },
        });
        if ctx.format() == ws_client::OutputFormat::Table && ctx.fields.is_none() {
            let rows: Vec<_> = [
                "issuer",
                "api_url",
                "client_id",
                "project_id",
                "default_org",
                "output",
                "scopes",
                "token_store",
            ]
            .iter()
            .map(|k| json!({"key": k, "value": record[*k], "source": record["sources"][*k]}))
            .collect();
            ctx.say(format_args!(
                "Profile '{}' (config file {})",
                p.name,
                p.config_path.display()
            ));
            output::print(ctx, Shape::List(&rows), &["key", "value", "source"])?;
        } else {
            output::print(ctx, Shape::One(&record), &[])?;
        }
        Ok(exit::OK)
    }
}
