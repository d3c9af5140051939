//! `ws share add RESOURCE (--user LOGIN | --org ORG | --link [--expires WHEN]) --role ROLE`.

use anyhow::Result;
use chrono::Utc;
use clap::{ArgGroup, Args, ValueEnum};
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::sharing::{CreateShare, ShareRole};

use super::grantee::{self, Named};
use super::target::{self, Target};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// A role on a shared resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Role {
    /// Read
    Viewer,
    /// Read and comment
    Commenter,
    /// Read and change
    Editor,
    /// Also share and delete
    Owner,
}

impl From<Role> for ShareRole {
    fn from(r: Role) -> Self {
        match r {
            Role::Viewer => ShareRole::Viewer,
            Role::Commenter => ShareRole::Commenter,
            Role::Editor => ShareRole::Editor,
            Role::Owner => ShareRole::Owner,
        }
    }
}

/// Share a resource.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("grantee").required(true).args(["user", "org", "link"])))]
pub struct Cmd {
    #[command(flatten)]
    target: Target,
    /// Share with this user: email, username, user@org-domain or user id
    #[arg(long, value_name = "LOGIN")]
    user: Option<String>,
    /// Share with every member of this organization: its name or id
    #[arg(long, value_name = "ORG")]
    org: Option<String>,
    /// Create a link that gives the role to anyone holding it (viewer or commenter)
    #[arg(long)]
    link: bool,
    /// The role to give
    #[arg(long, value_enum)]
    role: Role,
    /// Links only: when the link stops working, a duration from now (7d, 12h) or a
    /// date or time (2026-12-31, "2026-12-31 18:00", RFC 3339)
    #[arg(long, value_name = "WHEN")]
    expires: Option<String>,
}

impl Cmd {
    /// Resolves the resource and the grantee (nothing is shared unless both name
    /// exactly one thing), shares, and prints the share (with the link id for `--link`).
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        if self.expires.is_some() && !self.link {
            return Err(exit::usage("--expires is for --link shares only"));
        }
        let res = target::resolve(api, &self.target.named()?).await?;
        let named = Named::from_flags(self.user, self.org, self.link)
            .ok_or_else(|| exit::usage("name a grantee: --user, --org or --link"))?;
        let expires_at = self
            .expires
            .as_deref()
            .map(|w| super::link::expiry(ctx, w, Utc::now()))
            .transpose()?;
        let grantee = grantee::resolve(api, &named).await?;
        let body = CreateShare {
            kind: res.kind,
            resource_id: res.id,
            grantee,
            role: self.role.into(),
            expires_at,
        };
        let share = api.add_share(&body).await?;
        output::print(
            ctx,
            Shape::One(&serde_json::to_value(&share)?),
            super::FIELDS,
        )?;
        if let Some(url) = api.link_url(&share) {
            ctx.say(format!(
                "Anyone with this link can open it, read only: {url}"
            ));
        }
        Ok(exit::OK)
    }
}
