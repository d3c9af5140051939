//! Who a share is for, as typed (`--user LOGIN`, `--org NAME`, `--link`), resolved
//! through the server's exact-match directory into a [`Grantee`].

use anyhow::Result;
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::sharing::Grantee;

/// A grantee as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    /// A user: email, username, `user@org-domain` or id.
    User(String),
    /// An organization: name or id.
    Org(String),
    /// Anyone with a link.
    Link,
}

impl Named {
    /// From the flags of a verb (clap makes sure at most one is set).
    pub fn from_flags(user: Option<String>, org: Option<String>, link: bool) -> Option<Self> {
        match (user, org, link) {
            (Some(u), ..) => Some(Self::User(u)),
            (None, Some(o), _) => Some(Self::Org(o)),
            (None, None, true) => Some(Self::Link),
            (None, None, false) => None,
        }
    }
}

/// The grantee as the API takes it (a link gets its id from the server).
pub async fn resolve(api: &WorkspaceApi<'_>, named: &Named) -> Result<Grantee> {
    Ok(match named {
        Named::User(login) => Grantee::User {
            id: api.find_user(login).await?.id,
        },
        Named::Org(name) => Grantee::Org {
            id: api.find_org(name).await?.id,
        },
        Named::Link => Grantee::Link { id: String::new() },
    })
}
