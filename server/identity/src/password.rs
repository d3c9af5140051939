//! Password hashing with argon2id (PHC strings), shared by login, bootstrap and the
//! management APIs.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::rngs::OsRng;

/// Hashes `password` with argon2id and a random salt into a PHC string.
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `hash` is a bcrypt hash (`$2a$`, `$2b$`, `$2y$`), which ZITADEL accepts
/// for imported users.
fn is_bcrypt(hash: &str) -> bool {
    ["$2a$", "$2b$", "$2y$"].iter().any(|p| hash.starts_with(p)) && hash.len() == 60
}

/// Whether `hash` is a hash [`verify_password`] can check: an argon2 PHC string or
/// bcrypt. Used for imported (`hashedPassword`) users.
pub fn is_supported_hash(hash: &str) -> bool {
    is_bcrypt(hash)
        || PasswordHash::new(hash)
            .is_ok_and(|h| ["argon2id", "argon2i", "argon2d"].contains(&h.algorithm.as_str()))
}

/// Checks `password` against a stored hash: an argon2 PHC string, or a bcrypt hash
/// of an imported user. A malformed hash counts as a mismatch.
pub fn verify_password(password: &str, phc: &str) -> bool {
    if is_bcrypt(phc) {
        return bcrypt::verify(password, phc).unwrap_or(false);
    }
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash of a password nobody knows, verified when the user does not exist so an
/// unknown user costs the same time as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not-a-real-password").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_then_verify() {
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("wrong", &h));
        assert!(!verify_password("correct horse", "not a phc string"));
    }

    #[test]
    fn imported_bcrypt_and_argon2_hashes_verify() {
        let b = bcrypt::hash("correct horse", 4).unwrap();
        assert!(is_supported_hash(&b));
        assert!(verify_password("correct horse", &b));
        assert!(!verify_password("wrong", &b));
        assert!(is_supported_hash(&hash_password("x").unwrap()));
        assert!(!is_supported_hash("$1$md5$whatever"));
        assert!(!is_supported_hash("plain"));
    }
}
