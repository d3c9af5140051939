//! Users and their metadata, machine keys and personal access tokens.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{
    ListQuery, MachineKey, Page, Pat, User, UserFilter, UserMetadata, UserSearch, UserState,
};

/// Users (human and machine) and what belongs to them.
///
/// Under concurrent callers every backend gives the same guarantees, from unique keys
/// in the database rather than a check before the write: user names are unique across
/// the instance ignoring case, so of concurrent creates (or renames) to one name
/// exactly one succeeds and the others get `Conflict`; the same holds for two machine
/// keys with one id and two PATs with one digest. Emails are not unique: a login by
/// email finds a user only while exactly one human has it. Concurrent
/// [`set_metadata`](Self::set_metadata) calls on one key never fail; one value stays.
/// Lists and search may read a replica and lag the caller's own writes by the
/// replica's delay; the lookups by id, login, digest or key read the primary.
#[async_trait]
pub trait UserRepo: Send + Sync {
    /// Stores a new user; `Conflict` when the username is taken,
    /// `MissingReference` when the org does not exist.
    async fn create_user(&self, user: &User) -> StoreResult<()>;
    /// A user by id.
    async fn get_user(&self, id: &str) -> StoreResult<Option<User>>;
    /// The user a login name designates, case-insensitively: a username, a login
    /// name `username@orgdomain`, or the email of exactly one human. State is not
    /// checked here: the caller decides what an inactive user may do.
    async fn find_user_by_login(&self, login: &str) -> StoreResult<Option<User>>;
    /// A machine user by username (its client id for client credentials).
    async fn find_machine_by_username(&self, username: &str) -> StoreResult<Option<User>>;
    /// Replaces every field of an existing user but `id`, `org_id` and `created_at`.
    async fn update_user(&self, user: &User) -> StoreResult<()>;
    /// Sets the state of a user.
    async fn set_user_state(&self, id: &str, state: UserState, now: i64) -> StoreResult<()>;
    /// Counts one failed password check of a user; with `max_attempts > 0` an active
    /// user whose count reaches it is locked in the same statement. `true` when the
    /// user is locked afterwards.
    async fn record_password_failure(
        &self,
        id: &str,
        max_attempts: u32,
        now: i64,
    ) -> StoreResult<bool>;
    /// Forgets the failed password checks of a user (after a correct password or an
    /// unlock).
    async fn clear_password_failures(&self, id: &str) -> StoreResult<()>;
    /// Sets (or with `None` removes) a human's password hash.
    async fn set_password_hash(
        &self,
        id: &str,
        hash: Option<&str>,
        change_required: bool,
        now: i64,
    ) -> StoreResult<()>;
    /// Sets (or with `None` removes) a machine user's secret digest.
    async fn set_machine_secret(&self, id: &str, digest: Option<&str>, now: i64)
    -> StoreResult<()>;
    /// Deletes a user and everything hanging off it (tokens, grants, ...).
    async fn delete_user(&self, id: &str) -> StoreResult<()>;
    /// A page of users matching `filter`.
    async fn list_users(&self, filter: &UserFilter, q: ListQuery) -> StoreResult<Page<User>>;
    /// A page of the users a search finds, and their total, from one snapshot.
    async fn search_users(&self, search: &UserSearch, q: ListQuery) -> StoreResult<Page<User>>;

    /// Sets one metadata entry (insert or replace).
    async fn set_metadata(&self, entry: &UserMetadata) -> StoreResult<()>;
    /// One metadata entry.
    async fn get_metadata(&self, user_id: &str, key: &str) -> StoreResult<Option<UserMetadata>>;
    /// All metadata of a user, by key.
    async fn list_metadata(&self, user_id: &str) -> StoreResult<Vec<UserMetadata>>;
    /// Removes one metadata entry.
    async fn delete_metadata(&self, user_id: &str, key: &str) -> StoreResult<()>;

    /// Stores a machine key.
    async fn add_machine_key(&self, key: &MachineKey) -> StoreResult<()>;
    /// A machine key by id (the `kid` of an assertion).
    async fn get_machine_key(&self, id: &str) -> StoreResult<Option<MachineKey>>;
    /// The keys of a user, oldest first.
    async fn list_machine_keys(&self, user_id: &str) -> StoreResult<Vec<MachineKey>>;
    /// Removes a key of a user.
    async fn delete_machine_key(&self, user_id: &str, id: &str) -> StoreResult<()>;

    /// Stores a PAT; `Conflict` if its digest exists.
    async fn add_pat(&self, pat: &Pat) -> StoreResult<()>;
    /// A PAT by the digest of the token presented.
    async fn find_pat_by_digest(&self, token_digest: &str) -> StoreResult<Option<Pat>>;
    /// The PATs of a user, oldest first.
    async fn list_pats(&self, user_id: &str) -> StoreResult<Vec<Pat>>;
    /// Removes a PAT of a user.
    async fn delete_pat(&self, user_id: &str, id: &str) -> StoreResult<()>;
}
