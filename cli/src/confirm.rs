//! Confirmation before a destructive command acts: on a terminal `ws` asks (the
//! name typed back for what cannot be undone at scale: organizations, users, prune;
//! y/N otherwise); `--yes` answers for scripts; without a terminal and without
//! `--yes` the command refuses with exit 2 before any change, saying how to go on.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::exit;

/// The `--yes` flag of a destructive command.
#[derive(Debug, Clone, Copy, Args)]
pub struct Yes {
    /// Do not ask for confirmation (for scripts; without a terminal it is required)
    #[arg(short = 'y', long)]
    pub yes: bool,
}

/// What the person at the terminal must answer.
pub enum Ask<'a> {
    /// `y` or `yes` (anything else, or nothing, is no).
    YesNo,
    /// This exact text, typed back.
    Type(&'a str),
}

/// Refuses (exit 2) when `--yes` is missing and there is no terminal to ask on, for
/// commands that must know before their first call whether they may go on.
pub fn can_ask(ctx: &Ctx, yes: Yes, action: &str) -> Result<()> {
    if yes.yes || (ctx.io.in_tty && ctx.io.err_tty) {
        return Ok(());
    }
    Err(exit::usage(format!(
        "not confirmed: this would {action}, and there is no terminal to ask; \
         add --yes to go ahead"
    )))
}

/// Asks before `action` (e.g. `delete organization Acme`), unless `--yes` was given.
/// Refused or unanswerable confirmations are errors; nothing has been done then.
pub fn confirm(ctx: &Ctx, yes: Yes, action: &str, ask: Ask<'_>) -> Result<()> {
    if yes.yes {
        return Ok(());
    }
    can_ask(ctx, yes, action)?;
    let prompt = match ask {
        Ask::YesNo => format!("This will {action}. Continue? [y/N] "),
        Ask::Type(name) => format!("This will {action}. Type {name} to confirm: "),
    };
    let _ = write!(ctx.err(), "{prompt}");
    let _ = ctx.err().flush();
    let answer = ctx.read_line()?;
    let answer = answer.trim();
    let agreed = match ask {
        Ask::YesNo => matches!(answer.to_lowercase().as_str(), "y" | "yes"),
        Ask::Type(name) => answer == name,
    };
    if agreed {
        Ok(())
    } else {
        Err(exit::with_code(
            exit::ERROR,
            "not confirmed; nothing was changed",
        ))
    }
}
