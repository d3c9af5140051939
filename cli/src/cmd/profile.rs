//! `ws profile`: list, show, use, set, delete profiles in the config file.

pub mod delete;
pub mod list;
pub mod set;
pub mod show;
pub mod use_;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// List, show, select and edit profiles.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List the profiles of the config file
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Show the settings in force and where each comes from
    Show(show::Cmd),
    /// Make a profile the default
    Use(use_::Cmd),
    /// Create a profile or change its settings
    Set(set::Cmd),
    /// Delete a profile (its stored tokens too)
    #[command(aliases = ["rm", "remove"])]
    Delete(delete::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::List(c) => c.run(ctx),
            Verb::Show(c) => c.run(ctx),
            Verb::Use(c) => c.run(ctx),
            Verb::Set(c) => c.run(ctx),
            Verb::Delete(c) => c.run(ctx),
        }
    }
}

/// The config file path in force (`--config`, `WS_CONFIG`, XDG).
pub fn config_path(ctx: &Ctx) -> std::path::PathBuf {
    ctx.overrides
        .config
        .clone()
        .unwrap_or_else(|| ctx.env.config_path())
}
