//! `ws users set-password USER`: an administrator sets a password, read from stdin so
//! it never shows in the process list or shell history.

use anyhow::Result;
use clap::Args;
use ws_client::admin::users;

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;

/// Set a user's password.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, username, login name or email
    user: String,
    /// The user must change it at the next sign-in
    #[arg(long)]
    change_required: bool,
}

impl Cmd {
    /// Reads the password (first line of stdin) and sets it.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let password = read_secret(ctx)?;
        let api = admin_util::api(ctx)?;
        let id = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        users::set_password(&api, &id, &password, self.change_required).await?;
        ctx.say(format_args!("Password set for user {id}"));
        Ok(exit::OK)
    }
}

/// The first line of stdin, without its line ending; empty is a usage error.
pub fn read_secret(ctx: &Ctx) -> Result<String> {
    if ctx.io.in_tty {
        ctx.say("Password (then Enter, Ctrl-D):");
    }
    let text = ctx.read_stdin()?;
    let line = text.lines().next().unwrap_or("").to_owned();
    if line.is_empty() {
        return Err(exit::usage(
            "no password on stdin: pipe it in, e.g. `ws users set-password alice <<<\"$PW\"`",
        ));
    }
    Ok(line)
}
