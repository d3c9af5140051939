//! `ws profile delete NAME`: removes a profile and its locally stored tokens.

use anyhow::Result;
use clap::Args;
use ws_client::config::file::ConfigEditor;
use ws_client::store::TokenStore;
use ws_client::{Overrides, Profile};

use crate::ctx::Ctx;
use crate::exit;

/// Delete a profile.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Profile name
    pub name: String,
}

impl Cmd {
    /// Deletes the stored tokens (no revocation; use `ws logout` for that), then the profile.
    pub fn run(self, ctx: &Ctx) -> Result<i32> {
        let path = super::config_path(ctx);
        let overrides = Overrides {
            profile: Some(self.name.clone()),
            config: Some(path.clone()),
            ..Default::default()
        };
        let profile = Profile::resolve(&ctx.env, &overrides)?;
        let removed = TokenStore::for_profile(&profile).delete()?;
        let mut ed = ConfigEditor::open(&path)?;
        ed.delete(&self.name);
        ed.save()?;
        for loc in removed {
            ctx.say(format_args!("Deleted the stored tokens from {loc}"));
        }
        ctx.say(format_args!("Deleted profile '{}'", self.name));
        Ok(exit::OK)
    }
}
