//! `ws completions SHELL`: prints a completion script on stdout.

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

use crate::ctx::Ctx;
use crate::exit;

/// Print a shell completion script.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  ws completions bash > ~/.local/share/bash-completion/completions/ws\n  ws completions zsh > ~/.zfunc/_ws\n  ws completions fish > ~/.config/fish/completions/ws.fish"
)]
pub struct Cmd {
    /// Shell to generate for
    #[arg(value_enum)]
    pub shell: Shell,
}

impl Cmd {
    /// Writes the script.
    pub fn run(self, ctx: &Ctx) -> Result<i32> {
        let mut cmd = crate::cli::command();
        let mut buf = Vec::new();
        clap_complete::generate(self.shell, &mut cmd, "ws", &mut buf);
        let mut out = ctx.out();
        out.write_all(&buf)?;
        out.flush()?;
        Ok(exit::OK)
    }
}
