//! OIDC flow state and signing keys.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{
    AuthCode, ConsumeCodeOutcome, DeviceCode, NewRefreshToken, RefreshToken, RotateOutcome,
    Session, SigningKey,
};

/// Sessions, codes, device authorizations, refresh tokens and revoked access tokens.
///
/// Every check-and-change operation here is atomic against concurrent callers, on
/// every backend and across server processes sharing one database:
/// - an authorization code is redeemed exactly once: of any number of concurrent
///   `consume_auth_code` calls for one unused code, exactly one gets `Consumed` and
///   every other `AlreadyUsed`;
/// - a device authorization is decided once and exchanged once: of concurrent
///   `approve_device_code` / `deny_device_code` calls exactly one succeeds (the others
///   get `NotFound`), and of concurrent `consume_device_code` calls exactly one gets
///   true;
/// - a refresh token is rotated exactly once: of concurrent `rotate_refresh_token`
///   calls for one token, exactly one gets `Rotated` and stores a successor; the
///   others see the rotation and get `Reused`, which revokes the family (the
///   successor included), as presenting a rotated token must;
/// - a write that fails (a clashing successor digest, say) leaves nothing behind.
#[async_trait]
pub trait OidcRepo: Send + Sync {
    /// Stores a browser session.
    async fn create_session(&self, session: &Session) -> StoreResult<()>;
    /// A session by id, whether expired or not (the caller compares `expires_at`).
    async fn get_session(&self, id: &str) -> StoreResult<Option<Session>>;
    /// Ends a session; absent sessions are not an error (logout is idempotent).
    async fn delete_session(&self, id: &str) -> StoreResult<()>;
    /// Ends every session of a user (deactivation, password change); returns how many.
    async fn delete_sessions_for_user(&self, user_id: &str) -> StoreResult<u64>;

    /// Stores an authorization code.
    async fn insert_auth_code(&self, code: &AuthCode) -> StoreResult<()>;
    /// Marks a code used if it is unused and unexpired at `now`. Exactly one of any
    /// number of concurrent callers gets `Consumed`.
    async fn consume_auth_code(
        &self,
        code_digest: &str,
        now: i64,
    ) -> StoreResult<ConsumeCodeOutcome>;

    /// The code if it is unused and unexpired at `now`, without consuming it (to
    /// check the exchange's parameters first: a wrong `code_verifier` does not spend it).
    async fn find_pending_auth_code(
        &self,
        code_digest: &str,
        now: i64,
    ) -> StoreResult<Option<AuthCode>>;

    /// Stores a device authorization; `Conflict` if its user code is in use.
    async fn insert_device_code(&self, code: &DeviceCode) -> StoreResult<()>;
    /// Records a poll at `now` and returns the record with `last_poll_at` set to
    /// the poll before this one (for `slow_down`); `None` for an unknown code.
    async fn poll_device_code(&self, digest: &str, now: i64) -> StoreResult<Option<DeviceCode>>;
    /// The pending, unexpired device authorization with this user code.
    async fn find_pending_by_user_code(
        &self,
        user_code: &str,
        now: i64,
    ) -> StoreResult<Option<DeviceCode>>;
    /// Approves a pending, unexpired authorization for `user_id`, who signed in at
    /// `auth_time` with the methods `amr`; `NotFound` if there is none.
    async fn approve_device_code(
        &self,
        user_code: &str,
        user_id: &str,
        auth_time: i64,
        amr: &[String],
        now: i64,
    ) -> StoreResult<()>;
    /// Denies a pending, unexpired authorization; `NotFound` if there is none.
    async fn deny_device_code(&self, user_code: &str, now: i64) -> StoreResult<()>;
    /// Marks an approved authorization consumed when tokens are issued. Returns
    /// false when it was not approved (any more): only one caller gets true.
    async fn consume_device_code(&self, digest: &str) -> StoreResult<bool>;

    /// Stores a refresh token (the first of a family, or any other).
    async fn insert_refresh_token(&self, token: &RefreshToken) -> StoreResult<()>;
    /// A refresh token by digest, in whatever state.
    async fn find_refresh_token(&self, digest: &str) -> StoreResult<Option<RefreshToken>>;
    /// In one transaction: checks the token presented by `client_id`, marks it
    /// rotated and stores its successor, or on reuse revokes the whole family.
    async fn rotate_refresh_token(
        &self,
        old_digest: &str,
        client_id: &str,
        new: &NewRefreshToken,
        now: i64,
    ) -> StoreResult<RotateOutcome>;
    /// Revokes every token of a family; returns how many changed.
    async fn revoke_refresh_family(&self, family_id: &str) -> StoreResult<u64>;
    /// Revokes one token; false if there is no such token.
    async fn revoke_refresh_token_by_digest(&self, digest: &str) -> StoreResult<bool>;
    /// Revokes every refresh token of a user (deactivation, password change).
    async fn revoke_refresh_tokens_for_user(&self, user_id: &str) -> StoreResult<u64>;

    /// Records a revoked JWT access token until it would expire anyway (RFC 7009).
    async fn revoke_access_token(&self, jti: &str, expires_at: i64) -> StoreResult<()>;
    /// Whether an access token id was revoked.
    async fn is_access_token_revoked(&self, jti: &str) -> StoreResult<bool>;

    /// Deletes sessions, codes, device codes, refresh tokens and revocation entries
    /// that expired before `now`; returns how many rows went.
    async fn purge_expired(&self, now: i64) -> StoreResult<u64>;
}

/// The provider's signing keys.
#[async_trait]
pub trait SigningKeyRepo: Send + Sync {
    /// Every stored key, oldest first.
    async fn list_signing_keys(&self) -> StoreResult<Vec<SigningKey>>;
    /// Stores a key.
    async fn insert_signing_key(&self, key: &SigningKey) -> StoreResult<()>;
    /// Replaces the stored private key of `id` with `new` if it still is
    /// `expected` (sealing a plain row, re-sealing under a new master key); false
    /// when the key is gone or another process changed it first.
    async fn replace_signing_key_material(
        &self,
        id: &str,
        expected: &str,
        new: &str,
    ) -> StoreResult<bool>;
    /// Deletes keys whose `publish_until` is before `now`; returns how many.
    async fn delete_expired_signing_keys(&self, now: i64) -> StoreResult<u64>;
}
