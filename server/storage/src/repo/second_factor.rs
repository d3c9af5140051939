//! Second factors and pending sign-in challenges.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{LoginChallenge, RecoveryCode, TotpFactor};

/// TOTP authenticators, recovery codes and the challenges of sign-ins that owe a
/// second factor.
///
/// Under concurrent callers every backend gives the same guarantees: of concurrent
/// [`accept_totp_step`](Self::accept_totp_step) calls for one step exactly one gets
/// true (a code is never accepted twice), and of concurrent
/// [`spend_recovery_code`](Self::spend_recovery_code) calls for one code exactly one
/// gets true.
#[async_trait]
pub trait SecondFactorRepo: Send + Sync {
    /// Stores a new, unverified TOTP registration, replacing an unverified one;
    /// `Conflict` (and nothing changed) when the user has a verified authenticator,
    /// `MissingReference` when the user does not exist.
    async fn register_totp(&self, user_id: &str, secret_sealed: &str, now: i64) -> StoreResult<()>;
    /// The user's TOTP authenticator, verified or not.
    async fn get_totp(&self, user_id: &str) -> StoreResult<Option<TotpFactor>>;
    /// Marks the registration verified, with `step` as the newest accepted step;
    /// `NotFound` when there is no unverified registration.
    async fn verify_totp(&self, user_id: &str, step: i64, now: i64) -> StoreResult<()>;
    /// Records a right code for `step` and clears the failure count; false (and
    /// nothing changed) when a code for this step or a later one was accepted before.
    async fn accept_totp_step(&self, user_id: &str, step: i64) -> StoreResult<bool>;
    /// Counts a wrong code and, when `max_attempts > 0` and the count reaches it,
    /// locks an active user, in one transaction. Returns whether the user is locked
    /// afterwards.
    async fn record_totp_failure(
        &self,
        user_id: &str,
        max_attempts: u32,
        now: i64,
    ) -> StoreResult<bool>;
    /// Sets the wrong-code count back to 0 (an administrator's unlock).
    async fn clear_totp_failures(&self, user_id: &str) -> StoreResult<()>;
    /// Removes the authenticator and the recovery codes; `NotFound` when there is no
    /// authenticator.
    async fn remove_totp(&self, user_id: &str) -> StoreResult<()>;

    /// Replaces the user's recovery codes with these hashes (positions 0, 1, …).
    async fn replace_recovery_codes(
        &self,
        user_id: &str,
        hashes: &[String],
        now: i64,
    ) -> StoreResult<()>;
    /// The user's recovery codes not spent yet, by position.
    async fn unused_recovery_codes(&self, user_id: &str) -> StoreResult<Vec<RecoveryCode>>;
    /// Spends one code; false when it was spent already (or does not exist).
    async fn spend_recovery_code(
        &self,
        user_id: &str,
        position: i64,
        now: i64,
    ) -> StoreResult<bool>;

    /// Stores a challenge; `MissingReference` when the user does not exist.
    async fn create_login_challenge(&self, challenge: &LoginChallenge, now: i64)
    -> StoreResult<()>;
    /// The challenge with this id, expired or not.
    async fn get_login_challenge(&self, id: &str) -> StoreResult<Option<LoginChallenge>>;
    /// Removes a challenge; true for the one caller that removed it.
    async fn take_login_challenge(&self, id: &str) -> StoreResult<bool>;
    /// Removes the challenges that expired before `now`; returns how many.
    async fn purge_expired_login_challenges(&self, now: i64) -> StoreResult<u64>;
}
