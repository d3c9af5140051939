//! `ws machine-users pats add|ls|rm`: personal access tokens. The token is printed
//! once, on stdout (data), when it is created; the server keeps only a digest.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;
use ws_client::admin::machine::{self, Cred};
use ws_client::admin::users;

use super::keys::{Remove, UserArg};
use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Token verbs.
#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Add a token and print it (shown only this once)
    Add(Add),
    /// List a machine user's tokens (ids and dates)
    #[command(alias = "list")]
    Ls(UserArg),
    /// Remove (revoke) a token
    #[command(aliases = ["delete", "remove"])]
    Rm(Remove),
}

impl Verb {
    /// Dispatches.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self {
            Verb::Add(c) => c.run(ctx).await,
            Verb::Ls(c) => c.list(ctx, Cred::Pat).await,
            Verb::Rm(c) => c.run(ctx, Cred::Pat).await,
        }
    }
}

/// Add a token.
#[derive(Debug, Args)]
pub struct Add {
    /// Id, username or login name of the machine user
    user: String,
    /// Expiry (RFC 3339); default never
    #[arg(long, value_name = "TIME")]
    expires: Option<String>,
}

impl Add {
    /// Adds and prints `{tokenId, token}`; in table output only the token, for `$(…)`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let user = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        let (id, token) = machine::add_pat(&api, &user, self.expires.as_deref()).await?;
        ctx.say(format_args!(
            "Created token {id}; store it now, it cannot be shown again"
        ));
        print_secret(ctx, &json!({"tokenId": id, "token": token}), &token)
    }
}

/// Prints a secret once: the bare value in table format (so `$(ws …)` captures it),
/// else the record in the chosen format.
pub fn print_secret(ctx: &Ctx, record: &serde_json::Value, bare: &str) -> Result<i32> {
    if ctx.format() == ws_client::OutputFormat::Table {
        use std::io::Write;
        let mut out = ctx.out();
        writeln!(out, "{bare}")?;
        out.flush()?;
    } else {
        output::print(ctx, Shape::One(record), &[])?;
    }
    Ok(exit::OK)
}
