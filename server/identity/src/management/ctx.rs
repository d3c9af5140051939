//! The context of one management call: state, caller, the time, and lookups that
//! apply the caller's read permissions (an object the caller may not read is
//! reported as not found, so nothing leaks across organizations).

use std::collections::HashMap;

use ws_storage::{IdentityChange, ListQuery, Org, Page, StoreResult, User};

use super::caller::Caller;
use super::zerr::{ZError, ZResult};
use crate::IdentityState;
use crate::events::{self, EventOf};

/// One call's context.
pub(crate) struct Ctx<'a> {
    pub(crate) state: &'a IdentityState,
    pub(crate) caller: Caller,
    pub(crate) now: i64,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(state: &'a IdentityState, caller: Caller) -> Self {
        Self {
            now: state.clock.now(),
            state,
            caller,
        }
    }

    /// Runs `change` and stores its identity event, made by the caller, in one
    /// transaction.
    pub(crate) async fn record(
        &self,
        change: IdentityChange<'_>,
        of: EventOf<'_>,
    ) -> StoreResult<()> {
        events::record(self.state, &self.caller.user_id, change, of).await
    }

    /// A user the caller may read.
    pub(crate) async fn readable_user(&self, id: &str) -> ZResult<User> {
        let user = self
            .state
            .store
            .users
            .get_user(id)
            .await
            .map_err(ZError::from_storage)?;
        user.filter(|u| self.caller.can_read_user(&u.id, &u.org_id))
            .ok_or_else(user_not_found)
    }

    /// A user the caller may change: not found when unreadable, denied when only
    /// readable.
    pub(crate) async fn writable_user(&self, id: &str) -> ZResult<User> {
        let user = self.readable_user(id).await?;
        self.caller
            .require(self.caller.can_write_users(&user.org_id))?;
        Ok(user)
    }

    /// An organization by id, regardless of permissions (callers check).
    pub(crate) async fn org(&self, id: &str) -> ZResult<Org> {
        self.state
            .store
            .orgs
            .get_org(id)
            .await
            .map_err(ZError::from_storage)?
            .ok_or_else(org_not_found)
    }

    /// Every organization (lists filter and page in memory).
    pub(crate) async fn all_orgs(&self) -> ZResult<Vec<Org>> {
        let store = &self.state.store;
        collect_all(|q| store.orgs.list_orgs(None, q)).await
    }

    /// Every organization by id, for the names and domains list responses show.
    pub(crate) async fn orgs_by_id(&self) -> ZResult<HashMap<String, Org>> {
        Ok(self
            .all_orgs()
            .await?
            .into_iter()
            .map(|o| (o.id.clone(), o))
            .collect())
    }
}

/// Reads every page of a storage list.
pub(crate) async fn collect_all<T, F, Fut>(mut fetch: F) -> ZResult<Vec<T>>
where
    F: FnMut(ListQuery) -> Fut,
    Fut: std::future::Future<Output = StoreResult<Page<T>>>,
{
    let mut out = Vec::new();
    loop {
        let q = ListQuery {
            offset: out.len() as u64,
            limit: 1000,
            asc: true,
        };
        let page = fetch(q).await.map_err(ZError::from_storage)?;
        let got = page.items.len();
        out.extend(page.items);
        if got == 0 || out.len() as u64 >= page.total {
            return Ok(out);
        }
    }
}

/// ZITADEL's "user not found".
pub(crate) fn user_not_found() -> ZError {
    ZError::not_found("QUERY-Dfbg2", "User could not be found")
}

/// ZITADEL's "organization not found".
pub(crate) fn org_not_found() -> ZError {
    ZError::not_found("QUERY-iTTGJ", "Organisation not found")
}
