//! [`Directory`]: who the workspace's people and organizations are, for everything
//! that names them — share grantees and the `/directory` lookups, calendar
//! invitations and free/busy subjects. Two implementations: [`LocalDirectory`] reads
//! the store (the embedded identity provider's records, then the users the workspace
//! provisioned), [`super::IdpDirectory`] asks the identity provider's user API (a
//! workspace in front of a remote ZITADEL, whose users the store does not hold).
//!
//! Every answer means "may use the workspace": an unknown name and a user without a
//! workspace role are the same `None`, so callers can refuse both with one message.
//! A provider that cannot answer is an error (503/502), never a `None` that lies.

use async_trait::async_trait;
use ws_storage::{ListQuery, State};

use crate::error::ApiResult;

/// A user who may use the workspace: id and organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceUser {
    /// User id (the token's `sub`).
    pub id: String,
    /// The organization the user belongs to.
    pub org_id: String,
}

/// The people and organizations of the workspace.
#[async_trait]
pub trait Directory: Send + Sync + std::fmt::Debug + 'static {
    /// The user an exact login name, username, email or id names (logins ignoring
    /// case), if they may use the workspace; a conflict when an email names several.
    async fn find_user(&self, login: &str) -> ApiResult<Option<WorkspaceUser>>;

    /// The organization of user `id`, if they may use the workspace.
    async fn user_org(&self, id: &str) -> ApiResult<Option<String>>;

    /// The organization an exact name (ignoring case) or id names, if it holds the
    /// workspace (`own_org` always does): its id and name (empty when unknown here).
    async fn find_org(&self, name: &str, own_org: &str) -> ApiResult<Option<(String, String)>>;

    /// Whether organization `id` owns the workspace project or holds an active grant
    /// of it.
    async fn org_has_access(&self, id: &str) -> ApiResult<bool>;

    /// The display name and email of user `id`, for the ORGANIZER and ATTENDEE of
    /// an exported calendar, when this directory holds them (by default none: the
    /// export names the user by id instead).
    async fn contact(&self, id: &str) -> ApiResult<Option<(String, String)>> {
        let _ = id;
        Ok(None)
    }
}

/// The store's people: the embedded identity provider's users, authorizations and
/// project grants (as they are now), then — for users the store has no identity
/// record of — the workspace's own members (who held a workspace role in their org
/// when they first used it).
#[derive(Debug, Clone)]
pub struct LocalDirectory {
    store: ws_storage::Store,
    /// The workspace project id.
    project: String,
}

impl LocalDirectory {
    /// The directory of `store` for the workspace project `project`.
    pub fn new(store: ws_storage::Store, project: impl Into<String>) -> Self {
        Self {
            store,
            project: project.into(),
        }
    }
}

#[async_trait]
impl Directory for LocalDirectory {
    async fn find_user(&self, login: &str) -> ApiResult<Option<WorkspaceUser>> {
        // A login first (what people type); an id second (what scripts pass).
        let id = match self.store.users.find_user_by_login(login).await? {
            Some(u) => u.id,
            None => login.to_owned(),
        };
        let org = self.user_org(&id).await?;
        Ok(org.map(|org_id| WorkspaceUser { id, org_id }))
    }

    async fn user_org(&self, id: &str) -> ApiResult<Option<String>> {
        let store = &self.store;
        if let Some(user) = store.users.get_user(id).await? {
            let roles = store
                .authz
                .roles_for_user(id, std::slice::from_ref(&self.project))
                .await?;
            let has_role = roles.iter().any(|r| r.org_id == user.org_id);
            return Ok(has_role.then_some(user.org_id));
        }
        Ok(store.ws_sharing.get_member(id).await?.map(|m| m.org_id))
    }

    async fn find_org(&self, name: &str, own_org: &str) -> ApiResult<Option<(String, String)>> {
        let orgs = &self.store.orgs;
        let found = match orgs.get_org_by_name(name).await? {
            Some(o) => Some(o),
            None => orgs.get_org(name).await?,
        };
        let (id, org_name) = match found {
            Some(o) => (o.id, o.name),
            // A workspace in front of a remote ZITADEL knows orgs by id only.
            None => (name.to_owned(), String::new()),
        };
        let holds = id == own_org || self.org_has_access(&id).await?;
        Ok(holds.then_some((id, org_name)))
    }

    async fn contact(&self, id: &str) -> ApiResult<Option<(String, String)>> {
        let user = self.store.users.get_user(id).await?;
        Ok(user
            .as_ref()
            .and_then(|u| u.human())
            .map(|h| (h.display_name.clone(), h.email.clone())))
    }

    async fn org_has_access(&self, id: &str) -> ApiResult<bool> {
        let store = &self.store;
        if store.orgs.get_org(id).await?.is_none() {
            return Ok(store.ws_sharing.org_has_members(id).await?);
        }
        // The owning org needs no grant (a Globex resource may be shared with Acme,
        // whose project it is).
        if let Some(p) = store.projects.get_project(&self.project).await?
            && p.org_id == id
        {
            return Ok(true);
        }
        let grants = store
            .projects
            .list_grants(Some(&self.project), Some(id), ListQuery::default())
            .await?;
        Ok(grants
            .items
            .iter()
            .any(|g| g.state == State::Active && !g.role_keys.is_empty()))
    }
}

#[async_trait]
impl Directory for super::IdpDirectory {
    async fn find_user(&self, login: &str) -> ApiResult<Option<WorkspaceUser>> {
        self.find_by_login(login).await
    }

    async fn user_org(&self, id: &str) -> ApiResult<Option<String>> {
        self.grantable_org(id).await
    }

    async fn find_org(&self, name: &str, own_org: &str) -> ApiResult<Option<(String, String)>> {
        super::IdpDirectory::find_org(self, name, own_org).await
    }

    async fn org_has_access(&self, id: &str) -> ApiResult<bool> {
        super::IdpDirectory::org_has_access(self, id).await
    }
}
