//! `ws profile list`.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::config::ConfigFile;

use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// List profiles.
#[derive(Debug, Args)]
pub struct Cmd {}

impl Cmd {
    /// Prints one row per profile; `default` marks the default one.
    pub fn run(self, ctx: &Ctx) -> Result<i32> {
        let file = ConfigFile::load(&super::config_path(ctx))?;
        let rows: Vec<_> = file
            .profile
            .iter()
            .map(|(name, p)| {
                json!({
                    "name": name,
                    "default": file.default_profile.as_deref() == Some(name),
                    "issuer": p.issuer.as_ref().map(|u| u.as_str().trim_end_matches('/')),
                    "api_url": p.api_url.as_ref().map(|u| u.as_str().trim_end_matches('/')),
                    "client_id": p.client_id,
                    "output": p.output.map(|o| o.as_str()),
                })
            })
            .collect();
        if rows.is_empty() && ctx.format() == ws_client::OutputFormat::Table {
            ctx.say(
                "No profiles yet; create one with `ws profile set NAME issuer=URL client_id=ID`",
            );
            return Ok(exit::OK);
        }
        output::print(
            ctx,
            Shape::List(&rows),
            &["name", "default", "issuer", "client_id"],
        )?;
        Ok(exit::OK)
    }
}
