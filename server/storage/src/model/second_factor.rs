//! Second factors of human users (a TOTP authenticator, one-time recovery codes) and
//! the sign-in step that waits for one.

use serde::Serialize;

/// A user's TOTP authenticator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TotpFactor {
    /// The user.
    pub user_id: String,
    /// The shared secret, sealed with the master key (this crate never opens it).
    #[serde(skip_serializing)]
    pub secret_sealed: String,
    /// When the user proved the authenticator holds the secret; `None` while the
    /// registration waits for its verification code.
    pub verified_at: Option<i64>,
    /// The newest RFC 6238 time step a code was accepted for (0: none yet).
    pub last_step: i64,
    /// Wrong codes since the last right one (the lockout policy's OTP count).
    pub failures: i64,
    /// When it was registered.
    pub created_at: i64,
}

/// One of a user's recovery codes, as stored: its hash, never the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecoveryCode {
    /// The user.
    pub user_id: String,
    /// Its place in the set handed out (0-based), the key to spend it by.
    pub position: i64,
    /// argon2id PHC string of the code.
    #[serde(skip_serializing)]
    pub code_hash: String,
    /// When it was spent; `None` while it is usable.
    pub used_at: Option<i64>,
}

/// A sign-in whose first factor passed and whose second is still owed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoginChallenge {
    /// Digest of the secret the browser holds.
    pub id: String,
    /// Who is signing in.
    pub user_id: String,
    /// The methods passed so far (`pwd`).
    pub amr: Vec<String>,
    /// After this time the challenge is void and the sign-in starts over.
    pub expires_at: i64,
}
