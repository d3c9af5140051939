//! `ws auth token`: prints the access token on stdout for scripts.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::exit;

/// Print the access token.
#[derive(Debug, Args)]
pub struct Cmd {}

impl Cmd {
    /// Prints the (renewed if about to expire) access token.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let current = ctx.session()?.current().await?;
        writeln!(ctx.out(), "{}", current.tokens.access_token.expose())?;
        Ok(exit::OK)
    }
}
