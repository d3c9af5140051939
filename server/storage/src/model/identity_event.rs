//! Identity events: what changed in the directory (a user created, an org created, a
//! role granted, ...), who did it, in which org, and when; and the write each one
//! records, so the backend can store both in one transaction (the outbox).

use serde::Serialize;

use super::{Authorization, Org, ProjectGrant, Session, State, User, UserState};

/// One identity event as stored in the outbox and handed to consumers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdentityEvent {
    /// The event id (consumers deduplicate on it).
    pub id: String,
    /// The event type, e.g. `user.created` or `authorization.granted`.
    pub event_type: String,
    /// The user who made the change (the user itself for a sign-in).
    pub actor: String,
    /// The org the changed object belongs to.
    pub org_id: String,
    /// What kind of object changed: `user`, `org`, `authorization`, `project_grant`,
    /// `session`.
    pub target_kind: String,
    /// The id of the changed object.
    pub target_id: String,
    /// Extra detail as JSON text (never a secret).
    pub detail: Option<String>,
    /// When (unix milliseconds).
    pub at_ms: i64,
}

/// A stored event and its position in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredEvent {
    /// Position in the outbox (the relay's cursor).
    pub seq: i64,
    /// The event.
    pub event: IdentityEvent,
}

/// The write an event records; [`IdentityEventRepo::apply`](crate::IdentityEventRepo::apply)
/// runs it and stores the event in one transaction. Each variant behaves as the
/// repository method of the same name (same errors).
#[derive(Debug, Clone, Copy)]
pub enum IdentityChange<'a> {
    /// Nothing besides the event (e.g. a failed sign-in, already counted).
    None,
    /// [`UserRepo::create_user`](crate::UserRepo::create_user).
    CreateUser(&'a User),
    /// [`UserRepo::update_user`](crate::UserRepo::update_user).
    UpdateUser(&'a User),
    /// [`UserRepo::set_user_state`](crate::UserRepo::set_user_state).
    SetUserState {
        /// The user.
        id: &'a str,
        /// Its new state.
        state: UserState,
        /// When (unix seconds).
        now: i64,
    },
    /// [`UserRepo::set_password_hash`](crate::UserRepo::set_password_hash).
    SetPasswordHash {
        /// The user.
        id: &'a str,
        /// The new hash, `None` to remove it.
        hash: Option<&'a str>,
        /// Whether the user must change it at the next sign-in.
        change_required: bool,
        /// When (unix seconds).
        now: i64,
    },
    /// [`UserRepo::delete_user`](crate::UserRepo::delete_user).
    DeleteUser(&'a str),
    /// [`OrgRepo::create_org`](crate::OrgRepo::create_org).
    CreateOrg(&'a Org),
    /// [`OrgRepo::set_org_state`](crate::OrgRepo::set_org_state).
    SetOrgState {
        /// The org.
        id: &'a str,
        /// Its new state.
        state: State,
        /// When (unix seconds).
        now: i64,
    },
    /// [`OrgRepo::delete_org`](crate::OrgRepo::delete_org).
    DeleteOrg(&'a str),
    /// [`AuthorizationRepo::create_authorization`](crate::AuthorizationRepo::create_authorization).
    CreateAuthorization(&'a Authorization),
    /// [`AuthorizationRepo::update_authorization`](crate::AuthorizationRepo::update_authorization).
    UpdateAuthorization(&'a Authorization),
    /// [`AuthorizationRepo::delete_authorization`](crate::AuthorizationRepo::delete_authorization).
    DeleteAuthorization(&'a str),
    /// [`ProjectRepo::create_grant`](crate::ProjectRepo::create_grant).
    CreateGrant(&'a ProjectGrant),
    /// [`ProjectRepo::update_grant`](crate::ProjectRepo::update_grant).
    UpdateGrant(&'a ProjectGrant),
    /// [`ProjectRepo::delete_grant`](crate::ProjectRepo::delete_grant).
    DeleteGrant(&'a str),
    /// [`OidcRepo::create_session`](crate::OidcRepo::create_session).
    CreateSession(&'a Session),
}
