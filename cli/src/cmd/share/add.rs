//! `ws share add KIND ID (--user U | --org O | --link) --role ROLE`.

use anyhow::Result;
use clap::{ArgGroup, Args, ValueEnum};
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::sharing::{CreateShare, Grantee, ShareRole};

use super::Kind;
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
    /// Resource kind
    kind: Kind,
    /// Resource id
    id: String,
    /// Share with this user (user id)
    #[arg(long, value_name = "USER_ID")]
    user: Option<String>,
    /// Share with every member of this organization (org id)
    #[arg(long, value_name = "ORG_ID")]
    org: Option<String>,
    /// Create a link that gives the role to anyone holding it (viewer or commenter)
    #[arg(long)]
    link: bool,
    /// The role to give
    #[arg(long, value_enum)]
    role: Role,
}

impl Cmd {
    /// Shares and prints the share (with the link id for `--link`).
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let grantee = match (self.user, self.org) {
            (Some(id), _) => Grantee::User { id },
            (None, Some(id)) => Grantee::Org { id },
            (None, None) => Grantee::Link { id: String::new() },
        };
        let body = CreateShare {
            kind: self.kind.into(),
            resource_id: self.id,
            grantee,
            role: self.role.into(),
        };
        let share = api.add_share(&body).await?;
        output::print(
            ctx,
            Shape::One(&serde_json::to_value(&share)?),
            super::FIELDS,
        )?;
        Ok(exit::OK)
    }
}
