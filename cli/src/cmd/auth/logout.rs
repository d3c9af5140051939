//! `ws auth logout` / `ws logout`: revokes the tokens at the issuer, then deletes
//! them locally even when the revocation failed.

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::exit;

/// Sign out.
#[derive(Debug, Args)]
pub struct Cmd {}

impl Cmd {
    /// Revokes (best effort) and deletes local tokens.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let session = ctx.session()?;
        let report = session.logout().await?;
        ctx.flush_notices();
        let name = &session.profile().name;
        match (&report.revoked, report.deleted.is_empty()) {
            (None, true) => ctx.say(format_args!(
                "Not signed in (profile '{name}'): nothing to do"
            )),
            (Some(Err(e)), _) => ctx.warn(format_args!(
                "could not revoke the tokens at the issuer: {e}; they stay valid until they expire"
            )),
            _ => {}
        }
        for loc in &report.deleted {
            ctx.say(format_args!("Deleted the tokens from {loc}"));
        }
        if !report.deleted.is_empty() {
            ctx.say(format_args!("Signed out (profile '{name}')"));
        }
        if ctx.env.is_set("WS_TOKEN") {
            ctx.warn("WS_TOKEN is still set in the environment and will keep being used");
        }
        Ok(exit::OK)
    }
}
