//! `ws auth refresh`: renews the access token now (refresh token, or the stored
//! machine credentials).

use anyhow::Result;
use clap::Args;
use time::format_description::well_known::Rfc3339;

use crate::ctx::Ctx;
use crate::exit;

/// Renew the access token now.
#[derive(Debug, Args)]
pub struct Cmd {}

impl Cmd {
    /// Renews and reports the new expiry on stderr.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let session = ctx.session()?;
        let renewed = session.renew().await.map_err(super::shared::rejected)?;
        let until = renewed
            .tokens
            .expires_at
            .and_then(|e| e.format(&Rfc3339).ok())
            .unwrap_or_else(|| "an unknown time".into());
        ctx.say(format_args!(
            "Token renewed; valid until {until} (stored in {})",
            renewed.location
        ));
        Ok(exit::OK)
    }
}
