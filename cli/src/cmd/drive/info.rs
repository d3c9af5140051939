//! `ws drive info [PATH]`: one item, or the organization's quota.

use anyhow::Result;
use clap::Args;

use super::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Show one item, or the quota without a path.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Path from My Drive, or id:ID
    path: Option<String>,
}

impl Cmd {
    /// Resolves and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let Some(path) = self.path else {
            let quota = serde_json::to_value(drive.quota().await?)?;
            output::print(
                ctx,
                Shape::One(&quota),
                &["org_id", "used", "reserved", "limit"],
            )?;
            return Ok(exit::OK);
        };
        let item = shared::resolve(&drive, &path).await?;
        let fields = [
            "id",
            "name",
            "kind",
            "size",
            "sha256",
            "content_type",
            "parent_id",
            "owner_id",
            "trashed",
            "created_at",
            "changed_at",
        ];
        output::print(ctx, Shape::One(&shared::record(&item)), &fields)?;
        Ok(exit::OK)
    }
}
