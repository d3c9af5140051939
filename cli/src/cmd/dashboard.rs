//! `ws dashboard` (alias `ws tui`): the interactive terminal dashboard of `ws-tui` on the
//! active profile. This file only turns flags and the profile into `ws_tui::Settings`.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use ws_client::Session;
use ws_tui::Settings;
use ws_tui::keymap::KeyMap;

use crate::ctx::Ctx;
use crate::exit;

/// Open the interactive dashboard.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Keys (press ? inside for the full, filterable list):
  1-9, 0 / tab        switch view          j k ↑ ↓ pgup pgdn home end   move
  /TEXT, /!TEXT       filter, inverted     enter / esc                  details / back
  :                   command palette      r / p                        refresh / pause live refresh
  c                   create: a user, grant or authorization; a doc in Docs, a folder in Drive
  a d e L U P         assign roles, deactivate, reactivate, lock, unlock, reset password
  q, ctrl-c           quit

Rebind keys in $XDG_CONFIG_HOME/ws/keymap.toml (see config/keymap.example.toml)."
)]
pub struct Cmd {
    /// Disable every write action (create, lock, reset password, grants, …)
    #[arg(long)]
    readonly: bool,
    /// Capture the mouse (wheel scrolls, a click selects a row or a view)
    #[arg(long)]
    mouse: bool,
    /// Seconds between live refreshes of the current view
    #[arg(long, value_name = "SECS", default_value_t = 5,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    refresh: u64,
    /// Key bindings file (default: keymap.toml beside the config file)
    #[arg(long, value_name = "FILE")]
    keymap: Option<PathBuf>,
}

impl Cmd {
    /// Checks the terminal, the sign-in and the keymap, then runs the dashboard.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        if !ctx.io.in_tty || !ctx.io.out_tty {
            return Err(exit::usage(
                "ws dashboard needs a terminal on stdin and stdout; for scripts use the other commands (e.g. `ws users list -o json`)",
            ));
        }
        let profile = ctx.profile()?.clone();
        let path = match self.keymap {
            Some(p) => p,
            None => ctx.env.config_path().with_file_name("keymap.toml"),
        };
        let keymap = KeyMap::load(&path)?;
        let session = Session::new(profile.clone())?;
        // Fail before taking over the screen when there is no token at all.
        session.stored()?;
        let settings = Settings {
            profile: profile.name.clone(),
            server: profile.issuer.as_str().trim_end_matches('/').to_owned(),
            api_url: profile.api_url.as_str().trim_end_matches('/').to_owned(),
            default_org: profile.default_org.clone(),
            readonly: self.readonly,
            refresh_secs: self.refresh,
            keymap,
            // Calendar and audit times: $TZ, else the system's zone (as `ws cal`).
            zone: crate::cmd::cal::shared::zone(ctx, None)?,
        };
        ws_tui::run(session, settings, self.mouse)
            .await
            .context("the dashboard stopped")?;
        Ok(exit::OK)
    }
}
