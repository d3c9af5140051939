//! Second factors: TOTP authenticators (RFC 6238 through `totp-rs`, the shared secret
//! sealed with the master key at rest) and one-time recovery codes (argon2id hashes).
//!
//! Every accepted TOTP code moves the user's newest accepted time step forward in one
//! storage write, so a code (or an older one) is never accepted twice; wrong codes
//! count towards the lockout policy like wrong passwords.

use rand::Rng;
use rand::rngs::OsRng;
use totp_rs::{Builder, Secret, Totp};
use ws_storage::{StorageError, TotpFactor, User};
use zeroize::Zeroizing;

use crate::IdentityState;
use crate::master_key::SealError;
use crate::password::{hash_password, verify_password};

/// Seconds per TOTP step, digits per code and steps of clock drift tolerated either
/// way: the values every authenticator app supports (and ZITADEL uses).
const STEP_SECS: u64 = 30;
const DIGITS: u8 = 6;
const SKEW_STEPS: u16 = 1;
/// Bytes of a new shared secret (160 bits, RFC 4226's recommendation).
const SECRET_BYTES: usize = 20;
/// How many recovery codes a user is handed when the caller does not say, the most
/// one request may ask for, and their alphabet and length (lower-case letters and
/// digits without look-alikes, two groups of five: about 49 bits).
pub const RECOVERY_CODE_COUNT: usize = 10;
pub const MAX_RECOVERY_CODES: usize = 50;
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
const RECOVERY_GROUP: usize = 5;

/// Why a second-factor operation failed.
#[derive(Debug, thiserror::Error)]
pub enum FactorError {
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The stored secret could not be opened with the master keys.
    #[error(transparent)]
    Seal(#[from] SealError),
    /// The secret or account name was refused by the TOTP library.
    #[error("TOTP parameters: {0}")]
    Totp(String),
    /// Hashing a recovery code failed.
    #[error("hashing a recovery code: {0}")]
    Hash(String),
}

/// A freshly registered authenticator: what the user copies into the app.
pub struct Enrolment {
    /// The `otpauth://totp/…` URI (what a QR code encodes).
    pub uri: String,
    /// The secret in base32, for typing it in.
    pub secret: String,
}

/// The sealing context of a user's TOTP secret (binds the ciphertext to its row).
fn aad(user_id: &str) -> String {
    format!("totp:{user_id}")
}

/// The issuer shown in authenticator apps: the provider's host.
fn issuer(state: &IdentityState) -> String {
    state.config.issuer.host_str().unwrap_or("ws").to_owned()
}

fn totp(secret: Vec<u8>, issuer: String, account: &str) -> Result<Totp, FactorError> {
    // The otpauth label may not hold ':' (it separates issuer and account).
    let account = account.replace(':', "_");
    Builder::new()
        .with_secret(secret)
        .with_digits(DIGITS)
        .with_skew(SKEW_STEPS)
        .with_step_duration(STEP_SECS)
        .with_account_name(account)
        .with_issuer(Some(issuer))
        .build()
        .map_err(|e| FactorError::Totp(e.to_string()))
}

/// Starts a TOTP registration for `user` with a new random secret (replacing an
/// unverified one); `Conflict` when a verified authenticator exists.
pub async fn register_totp(state: &IdentityState, user: &User) -> Result<Enrolment, FactorError> {
    let mut raw = Zeroizing::new(vec![0u8; SECRET_BYTES]);
    OsRng.fill(raw.as_mut_slice());
    let totp = totp(raw.to_vec(), issuer(state), &user.username)?;
    let sealed = state.master_keys.seal(&aad(&user.id), &raw);
    let now = state.clock.now();
    state
        .store
        .second_factors
        .register_totp(&user.id, &sealed, now)
        .await?;
    let uri = totp
        .to_url()
        .map_err(|e| FactorError::Totp(e.to_string()))?;
    Ok(Enrolment {
        uri,
        secret: Secret::from(raw.to_vec()).to_base32(),
    })
}

/// The time step `code` is right for under the stored authenticator, if any (within
/// the tolerated drift around now).
pub fn code_step(
    state: &IdentityState,
    factor: &TotpFactor,
    code: &str,
) -> Result<Option<i64>, FactorError> {
    let what = format!("TOTP secret of user '{}'", factor.user_id);
    let raw = state
        .master_keys
        .open(&what, &aad(&factor.user_id), &factor.secret_sealed)?;
    let totp = totp(raw.to_vec(), issuer(state), "user")?;
    let now = u64::try_from(state.clock.now()).unwrap_or(0);
    let step = totp.check(code.trim(), now);
    Ok(step.and_then(|s| i64::try_from(s).ok()))
}

/// `count` new recovery codes for `user_id`, replacing any earlier ones: the codes
/// to show once (only their hashes are stored).
pub async fn new_recovery_codes(
    state: &IdentityState,
    user_id: &str,
    count: usize,
) -> Result<Vec<String>, FactorError> {
    let codes: Vec<String> = (0..count).map(|_| recovery_code()).collect();
    let plain = codes.clone();
    // argon2 is deliberately slow: keep it off the async workers.
    let hashes = tokio::task::spawn_blocking(move || {
        plain
            .iter()
            .map(|c| hash_password(c).map_err(|e| FactorError::Hash(e.to_string())))
            .collect::<Result<Vec<_>, _>>()
    })
    .await
    .map_err(|e| FactorError::Hash(e.to_string()))??;
    let now = state.clock.now();
    state
        .store
        .second_factors
        .replace_recovery_codes(user_id, &hashes, now)
        .await?;
    Ok(codes)
}

fn recovery_code() -> String {
    let pick = || RECOVERY_ALPHABET[OsRng.gen_range(0..RECOVERY_ALPHABET.len())] as char;
    let first: String = (0..RECOVERY_GROUP).map(|_| pick()).collect();
    let second: String = (0..RECOVERY_GROUP).map(|_| pick()).collect();
    format!("{first}-{second}")
}

/// Spends the recovery code `code` of `user_id`: true when it was one of the user's
/// unused codes (and now is used), false otherwise. Case and spaces are ignored.
pub async fn spend_recovery_code(
    state: &IdentityState,
    user_id: &str,
    code: &str,
) -> Result<bool, FactorError> {
    let factors = &state.store.second_factors;
    let unused = factors.unused_recovery_codes(user_id).await?;
    let typed: String = code.trim().to_lowercase().replace(' ', "");
    let found = tokio::task::spawn_blocking(move || {
        unused
            .into_iter()
            .find(|c| verify_password(&typed, &c.code_hash))
            .map(|c| c.position)
    })
    .await
    .map_err(|e| FactorError::Hash(e.to_string()))?;
    match found {
        Some(position) => Ok(factors
            .spend_recovery_code(user_id, position, state.clock.now())
            .await?),
        None => Ok(false),
    }
}
