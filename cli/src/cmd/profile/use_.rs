//! `ws profile use NAME`: makes a profile the default.

use anyhow::Result;
use clap::Args;
use ws_client::config::ConfigFile;
use ws_client::config::file::ConfigEditor;

use crate::ctx::Ctx;
use crate::exit;

/// Make a profile the default.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Profile name
    pub name: String,
}

impl Cmd {
    /// Sets `default_profile`; the profile must exist.
    pub fn run(self, ctx: &Ctx) -> Result<i32> {
        let path = super::config_path(ctx);
        let file = ConfigFile::load(&path)?;
        if !file.profile.contains_key(&self.name) {
            let known: Vec<_> = file.profile.keys().cloned().collect();
            return Err(ws_client::Error::UnknownProfile {
                name: self.name,
                known: if known.is_empty() {
                    "none".into()
                } else {
                    known.join(", ")
                },
            }
            .into());
        }
        let mut ed = ConfigEditor::open(&path)?;
        ed.set_default(&self.name);
        ed.save()?;
        ctx.say(format_args!("Default profile is now '{}'", self.name));
        Ok(exit::OK)
    }
}
