//! `ws machine-users`: service accounts (`zitadel.user.v2.UserService` machine users) —
//! list, show, create, update, delete — and their credentials: `keys` (JSON key files
//! for the jwt-bearer grant, written 0600), `pats` (personal access tokens, printed
//! once) and `secret` (the client secret for client credentials, printed once).

pub mod crud;
pub mod keys;
pub mod pats;
pub mod secret;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::Value;
use ws_client::zitadel::ZitadelApi;

use crate::ctx::Ctx;
use crate::exit;

/// Default table columns of a machine user.
pub const FIELDS: &[&str] = &[
    "userId",
    "username",
    "machine.name",
    "state",
    "machine.hasSecret",
    "details.resourceOwner",
];

/// Manage machine users (service accounts).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws machine-users create ci-bot --org acme --description \"CI deploys\"
  ws machine-users list --org acme
  ws machine-users keys add ci-bot --file ci-bot.json   key file written 0600
  ws machine-users pats add ci-bot --expires 2027-01-01T00:00:00Z   token shown once
  ws machine-users secret generate ci-bot            client secret shown once
  ws machine-users delete ci-bot")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List machine users (all pages)
    #[command(alias = "ls")]
    List(crud::List),
    /// Show one machine user
    Get(crud::Get),
    /// Create a machine user in --org
    Create(crud::Create),
    /// Change a machine user's name, description or token type
    Update(crud::Update),
    /// Delete a machine user
    #[command(aliases = ["rm", "remove"])]
    Delete(crud::Get),
    /// Keys for the JWT-profile (jwt-bearer) grant
    #[command(subcommand)]
    Keys(keys::Verb),
    /// Personal access tokens
    #[command(subcommand)]
    Pats(pats::Verb),
    /// The client secret (client credentials grant)
    #[command(subcommand)]
    Secret(secret::Verb),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::List(c) => c.run(ctx).await,
            Verb::Get(c) => c.run(ctx).await,
            Verb::Create(c) => c.run(ctx).await,
            Verb::Update(c) => c.run(ctx).await,
            Verb::Delete(c) => c.delete(ctx).await,
            Verb::Keys(v) => v.run(ctx).await,
            Verb::Pats(v) => v.run(ctx).await,
            Verb::Secret(v) => v.run(ctx).await,
        }
    }
}

/// Resolves a machine user (id, username or login name); a human is a usage error.
pub async fn resolve(ctx: &Ctx, api: &ZitadelApi<'_>, name: &str) -> Result<Value> {
    let user = super::users::resolve(ctx, api, name).await?;
    if user.get("machine").is_none() {
        return Err(exit::usage(format!(
            "'{name}' is a human user; use `ws users` for it"
        )));
    }
    Ok(user)
}
