//! `ws orgs get ORG`: one organization by id, name or primary domain.

use anyhow::Result;
use clap::Args;
use ws_client::admin::orgs;

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Show one organization.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, name or primary domain
    org: String,
}

impl Cmd {
    /// Resolves and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let org = orgs::resolve(&api, &self.org).await.map_err(fail)?;
        output::print(ctx, Shape::One(&org), super::FIELDS)?;
        Ok(exit::OK)
    }
}
