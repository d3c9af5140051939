//! `/api/v1/shares`: list, add and remove ACL entries.

use ws_api::workspace::ListPage;
use ws_api::workspace::sharing::{CreateShare, ResourceKind, Share};

use super::{WorkspaceApi, query};
use crate::error::Error;

impl WorkspaceApi<'_> {
    /// The shares of a resource.
    pub async fn list_shares(&self, kind: ResourceKind, id: &str) -> Result<Vec<Share>, Error> {
        let q = query(&[("kind", Some(kind.as_str())), ("id", Some(id))]);
        let page: ListPage<Share> = self.get(&format!("/shares{q}")).await?;
        Ok(page.items)
    }

    /// Shares a resource (again: changes the grantee's role).
    pub async fn add_share(&self, share: &CreateShare) -> Result<Share, Error> {
        self.post("/shares", share).await
    }

    /// The full URL that opens a link share (the server's base URL and the share's
    /// `link_path`), when the share is a link whose resource a link can open and the
    /// caller may manage it.
    pub fn link_url(&self, share: &Share) -> Option<String> {
        let path = share.link_path.as_deref()?;
        let root = self
            .session()
            .profile()
            .api_url
            .as_str()
            .trim_end_matches('/');
        Some(format!("{root}{path}"))
    }

    /// Removes a share by id.
    pub async fn remove_share(&self, id: &str) -> Result<(), Error> {
        let id: String = url::form_urlencoded::byte_serialize(id.as_bytes()).collect();
        self.delete(&format!("/shares/{id}")).await
    }
}
