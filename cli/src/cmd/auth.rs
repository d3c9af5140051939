//! `ws auth`: login, status, token, refresh, logout.

pub mod login;
pub mod logout;
pub mod refresh;
pub mod shared;
pub mod status;
pub mod token;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Sign in and out, show and renew the session.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// Sign in: browser (PKCE), device code, or machine credentials
    Login(login::Cmd),
    /// Show who is signed in, which org and roles, where the token is stored and when it expires
    Status(status::Cmd),
    /// Print the access token (for scripts); renews it first when it is about to expire
    Token(token::Cmd),
    /// Renew the access token now
    Refresh(refresh::Cmd),
    /// Revoke the tokens at the issuer and delete them locally
    Logout(logout::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::Login(c) => c.run(ctx).await,
            Verb::Status(c) => c.run(ctx).await,
            Verb::Token(c) => c.run(ctx).await,
            Verb::Refresh(c) => c.run(ctx).await,
            Verb::Logout(c) => c.run(ctx).await,
        }
    }
}
