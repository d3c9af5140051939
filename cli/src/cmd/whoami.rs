//! `ws whoami`: the identity behind the current token, from the issuer's userinfo.

use anyhow::Result;
use clap::Args;

use super::auth::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Show who the current token belongs to.
#[derive(Debug, Args)]
pub struct Cmd {}

impl Cmd {
    /// Calls userinfo and prints the identity.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let session = ctx.session()?;
        let info = session.userinfo().await.map_err(shared::rejected)?;
        let record = shared::identity(&info);
        output::print(
            ctx,
            Shape::One(&record),
            &[
                "user", "subject", "name", "email", "org_name", "org_id", "roles",
            ],
        )?;
        Ok(exit::OK)
    }
}
