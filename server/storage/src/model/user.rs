//! Users (human and machine) and what hangs off them: metadata, keys, PATs.

use std::fmt;

use serde::Serialize;

use super::TextMatch;
use super::text_enum;

text_enum! {
    /// Whether a user may sign in.
    UserState {
        /// May sign in.
        Active = "active",
        /// Deactivated by an administrator.
        Inactive = "inactive",
        /// Locked, e.g. after too many failed passwords.
        Locked = "locked",
    }
}

text_enum! {
    /// The kind of access token a client or machine user receives.
    AccessTokenType {
        /// An opaque token, checked by introspection.
        Bearer = "bearer",
        /// A signed JWT.
        Jwt = "jwt",
    }
}

/// A user of an organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    /// User id (the `sub` claim).
    pub id: String,
    /// The organization that owns the user (the resource owner).
    pub org_id: String,
    /// Username, unique in the instance (case-insensitively); a machine user's
    /// username is its client id for client credentials.
    pub username: String,
    /// Whether the user may sign in.
    pub state: UserState,
    /// Human or machine, with the fields of each.
    pub kind: UserKind,
    /// When it was created.
    pub created_at: i64,
    /// When it last changed.
    pub changed_at: i64,
}

impl User {
    /// The human fields, if this is a human.
    pub fn human(&self) -> Option<&Human> {
        match &self.kind {
            UserKind::Human(h) => Some(h),
            UserKind::Machine(_) => None,
        }
    }

    /// The machine fields, if this is a machine user.
    pub fn machine(&self) -> Option<&Machine> {
        match &self.kind {
            UserKind::Machine(m) => Some(m),
            UserKind::Human(_) => None,
        }
    }
}

/// What kind of user, with the fields only that kind has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UserKind {
    /// A person who signs in with a password.
    Human(Human),
    /// A service account that signs in with a secret, a key or a PAT.
    Machine(Machine),
}

/// Profile, contact and credential of a human user.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Human {
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Name to show, e.g. "Alice Admin".
    pub display_name: String,
    /// Nickname.
    pub nick_name: Option<String>,
    /// Preferred language, a BCP 47 tag such as "en".
    pub preferred_language: Option<String>,
    /// Email address; also accepted as login name.
    pub email: String,
    /// Whether the address was verified.
    pub email_verified: bool,
    /// Phone number.
    pub phone: Option<String>,
    /// The argon2id hash of the password as a PHC string; `None` when no password
    /// is set. Never serialized.
    #[serde(skip_serializing)]
    pub password_hash: Option<String>,
    /// Whether the user must choose a new password at the next sign-in.
    pub password_change_required: bool,
}

impl fmt::Debug for Human {
    // The password hash stays out of logs: it would allow offline guessing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Human")
            .field("given_name", &self.given_name)
            .field("family_name", &self.family_name)
            .field("display_name", &self.display_name)
            .field("email", &self.email)
            .field("email_verified", &self.email_verified)
            .field("has_password", &self.password_hash.is_some())
            .field("password_change_required", &self.password_change_required)
            .finish_non_exhaustive()
    }
}

/// Fields of a machine user (service account).
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Machine {
    /// Display name.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// The kind of access token it receives.
    pub access_token_type: AccessTokenType,
    /// Digest of its client secret, if one was generated. Never serialized.
    #[serde(skip_serializing)]
    pub secret_digest: Option<String>,
}

impl fmt::Debug for Machine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Machine")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("access_token_type", &self.access_token_type)
            .field("has_secret", &self.secret_digest.is_some())
            .finish()
    }
}

/// One metadata entry of a user (Zitadel's user metadata: a key and raw bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserMetadata {
    /// The user.
    pub user_id: String,
    /// The key, unique per user.
    pub key: String,
    /// The value as stored (the API base64-encodes it).
    pub value: Vec<u8>,
}

/// A public key a machine user signs JWT assertions with (jwt-bearer grant).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MachineKey {
    /// Key id (the `kid` of the key file and of assertions).
    pub id: String,
    /// The machine user.
    pub user_id: String,
    /// The public key, PEM.
    pub public_key_pem: String,
    /// After this time the key is refused.
    pub expires_at: i64,
    /// When it was added.
    pub created_at: i64,
}

/// A personal access token of a machine user; only its digest is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pat {
    /// PAT id.
    pub id: String,
    /// The owner.
    pub user_id: String,
    /// Digest of the token; lookups go through it. Never serialized.
    #[serde(skip_serializing)]
    pub token_digest: String,
    /// After this time the token is refused.
    pub expires_at: i64,
    /// When it was created.
    pub created_at: i64,
}

/// Which users a user list returns; every field set narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserFilter {
    /// Only users of this organization.
    pub org_id: Option<String>,
    /// Only users whose username, email, display name or machine name contains this
    /// text (case-insensitively).
    pub search: Option<String>,
    /// Only humans (`Some(true)`) or only machines (`Some(false)`).
    pub human: Option<bool>,
    /// Only users in this state.
    pub state: Option<UserState>,
    /// Only users with one of these ids (Zitadel's `inUserIdsQuery`).
    pub ids: Option<Vec<String>>,
}

/// A text property of a user that a [`UserCond::Text`] compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserText {
    /// The username.
    UserName,
    /// A human's given name.
    FirstName,
    /// A human's family name.
    LastName,
    /// A human's nick name.
    NickName,
    /// A human's display name, or a machine's name.
    DisplayName,
    /// A human's email.
    Email,
    /// A human's phone number.
    Phone,
    /// `username@<primary domain of the user's organization>`.
    LoginName,
}

/// One condition of a user search (ZITADEL's user v2 queries), evaluated by the
/// database so a page costs what the page holds, not what the instance holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserCond {
    /// A text property compared.
    Text(UserText, TextMatch),
    /// In this state.
    State(UserState),
    /// A human (`true`) or a machine (`false`).
    Human(bool),
    /// One of these ids (none: no user).
    InIds(Vec<String>),
    /// A human with one of these emails, ASCII case ignored (none: no user).
    InEmails(Vec<String>),
    /// Of this organization.
    Org(String),
    /// Has a metadata key matching.
    MetaKey(TextMatch),
    /// Has a metadata value (as UTF-8 text) matching.
    MetaValue(TextMatch),
    /// Every condition (none: every user).
    All(Vec<UserCond>),
    /// At least one condition (none: no user).
    Any(Vec<UserCond>),
    /// Not the condition.
    Not(Box<UserCond>),
}

/// What a user search is sorted by; ties are broken by id, as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UserSort {
    /// The id alone (ZITADEL's default for user v2).
    #[default]
    Id,
    /// A text property, ASCII case ignored.
    Text(UserText),
    /// The state's name.
    State,
    /// Humans before machines.
    Kind,
    /// The creation time.
    Created,
}

/// The users a caller may see: all, or their own user plus the users of some
/// organizations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserScope {
    /// Every user.
    All,
    /// This user (if any) and the users of these organizations.
    Some {
        /// The caller's own user id.
        user_id: Option<String>,
        /// Organizations whose users are visible.
        org_ids: Vec<String>,
    },
}

/// A user search: scope, conditions (all must hold) and order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSearch {
    /// What the caller may see; applied before counting, so totals leak nothing.
    pub scope: UserScope,
    /// Conditions, all of which hold.
    pub conds: Vec<UserCond>,
    /// The order of the result.
    pub sort: UserSort,
}
