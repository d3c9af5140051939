//! `ws share rm SHARE_ID`, or `ws share rm RESOURCE (--user LOGIN | --org ORG)`:
//! the share of that resource with that grantee.

use anyhow::Result;
use clap::Args;
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::sharing::Grantee;

use super::grantee::{self, Named};
use super::target;
use crate::ctx::Ctx;
use crate::exit;

/// Remove a share.
#[derive(Debug, Args)]
pub struct Cmd {
    /// A share id (from `ws share ls`); with --user or --org, the resource
    /// (drive:PATH, doc:ID|TITLE, calendar:ID|NAME) whose share to remove
    #[arg(value_name = "SHARE_ID|RESOURCE")]
    what: String,
    /// Remove the resource's share with this user (email, username or id)
    #[arg(long, value_name = "LOGIN", conflicts_with = "org")]
    user: Option<String>,
    /// Remove the resource's share with this organization (name or id)
    #[arg(long, value_name = "ORG")]
    org: Option<String>,
}

impl Cmd {
    /// Finds the share if named by resource and grantee, then removes it.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let id = match Named::from_flags(self.user, self.org, false) {
            None => self.what,
            Some(named) => find(api, &self.what, &named).await?,
        };
        api.remove_share(&id).await?;
        ctx.say(format_args!("Removed share {id}"));
        Ok(exit::OK)
    }
}

/// The id of `resource`'s share with `named`; not found (exit 5) if there is none.
async fn find(api: &WorkspaceApi<'_>, resource: &str, named: &Named) -> Result<String> {
    let res = target::resolve(api, &target::parse(resource)?).await?;
    let wanted = grantee::resolve(api, named).await?;
    let shares = api.list_shares(res.kind, &res.id).await?;
    let same = |g: &Grantee| match (g, &wanted) {
        (Grantee::User { id: a }, Grantee::User { id: b })
        | (Grantee::Org { id: a }, Grantee::Org { id: b }) => a == b,
        _ => false,
    };
    shares
        .into_iter()
        .find(|s| same(&s.grantee))
        .map(|s| s.id)
        .ok_or_else(|| {
            exit::with_code(
                exit::NOT_FOUND,
                format!("{resource} is not shared with that grantee (see ws share ls {resource})"),
            )
        })
}
