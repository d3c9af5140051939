//! The master key that encrypts secrets at rest (the signing keys' private halves),
//! as ZITADEL's `--masterkey` does: AES-256-GCM, a fresh random nonce per value, the
//! row's id as associated data (a sealed value copied onto another row does not
//! open), and the master key's id in every sealed value so that a rotation can tell
//! which key opens which row.
//!
//! A sealed value is text: `ws-sealed:v1:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>`.
//! The key id is derived from the key (a truncated SHA-256 under a fixed label):
//! it names the key in errors and logs without revealing it.
//!
//! Where the key comes from (a file in the data directory, a configured file, an
//! environment variable) is the server's business; [`MasterKeys`] only remembers a
//! description of the source, so that every error can name it.

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// Length of a master key in bytes (AES-256).
pub const KEY_LEN: usize = 32;

/// What every sealed value starts with.
const PREFIX: &str = "ws-sealed:v1:";

/// Length of an AES-GCM nonce.
const NONCE_LEN: usize = 12;

/// Why a master key or a sealed value could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// The key material has the wrong shape.
    #[error(
        "the master key from {origin} is not usable: it must be {KEY_LEN} bytes, written \
         either as {KEY_LEN} characters (like ZITADEL's --masterkey) or as the base64 of \
         {KEY_LEN} random bytes (`openssl rand -base64 32`); it has {found} characters"
    )]
    BadKey {
        /// Where the key came from.
        origin: String,
        /// How many characters it had (never the characters).
        found: usize,
    },
    /// The value was sealed with a master key that is not configured.
    #[error(
        "{what} was encrypted with master key '{kid}', but the master key from {origin} \
         is '{current}': start with the master key this database was created with \
         (identity.master_key_file or WS_SERVER__IDENTITY__MASTER_KEY), or give the old \
         one as identity.previous_master_key_file"
    )]
    UnknownKey {
        /// Which stored value.
        what: String,
        /// The key id in the sealed value.
        kid: String,
        /// The configured key's id.
        current: String,
        /// Where the configured key came from.
        origin: String,
    },
    /// The key id matched but the value does not open: it was altered or moved.
    #[error("{what} cannot be decrypted with master key '{kid}': the stored value was altered")]
    Tampered {
        /// Which stored value.
        what: String,
        /// The key id.
        kid: String,
    },
    /// The value is not in the sealed format.
    #[error("{what} is not an encrypted value")]
    NotSealed {
        /// Which stored value.
        what: String,
    },
}

/// One AES-256-GCM master key with its id and a description of where it came from.
#[derive(Clone)]
pub struct MasterKey {
    id: String,
    source: String,
    cipher: Aes256Gcm,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MasterKey")
            .field("id", &self.id)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

impl MasterKey {
    /// A key from its 32 bytes; `source` describes where they came from (a path, an
    /// environment variable) for error messages.
    pub fn from_bytes(bytes: &[u8; KEY_LEN], source: impl Into<String>) -> Self {
        let mut h = Sha256::new();
        h.update(b"ws master key id\0");
        h.update(bytes);
        let id = h.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Self {
            id,
            source: source.into(),
            cipher: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(bytes)),
        }
    }

    /// Parses key text: exactly 32 characters are taken as they are (ZITADEL's
    /// format), anything else must be the base64 of 32 bytes. Surrounding
    /// whitespace (a trailing newline in a file) is ignored.
    pub fn parse(text: &[u8], source: impl Into<String>) -> Result<Self, SealError> {
        let source = source.into();
        let trimmed = text.trim_ascii();
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        if trimmed.len() == KEY_LEN {
            bytes.copy_from_slice(trimmed);
        } else {
            let decoded = Zeroizing::new(STANDARD.decode(trimmed).unwrap_or_default());
            if decoded.len() != KEY_LEN {
                return Err(SealError::BadKey {
                    origin: source,
                    found: trimmed.len(),
                });
            }
            bytes.copy_from_slice(&decoded);
        }
        Ok(Self::from_bytes(&bytes, source))
    }

    /// A new random key, with the text to store it as (base64, newline-terminated).
    pub fn generate(source: impl Into<String>) -> (Self, Zeroizing<String>) {
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        rand::rngs::OsRng.fill_bytes(bytes.as_mut());
        let text = Zeroizing::new(format!("{}\n", STANDARD.encode(bytes.as_ref())));
        (Self::from_bytes(&bytes, source), text)
    }

    /// The key id stored in every value it seals.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Where the key came from.
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// The configured master key, which seals, and older keys that still open values
/// sealed before a rotation.
#[derive(Debug)]
pub struct MasterKeys {
    current: MasterKey,
    previous: Vec<MasterKey>,
}

impl MasterKeys {
    /// Seals with `current`; opens what `current` sealed.
    pub fn new(current: MasterKey) -> Self {
        Self {
            current,
            previous: Vec::new(),
        }
    }

    /// Also opens what `old` sealed (during a rotation).
    pub fn with_previous(mut self, old: MasterKey) -> Self {
        if old.id != self.current.id {
            self.previous.push(old);
        }
        self
    }

    /// `new` seals from now on; the current and previous keys still open.
    pub fn rotate_to(self, new: MasterKey) -> Self {
        let mut previous = self.previous;
        previous.insert(0, self.current);
        previous.retain(|k| k.id != new.id);
        Self {
            current: new,
            previous,
        }
    }

    /// A random key that lives as long as the process: for tests and tools that
    /// never reopen what they stored.
    pub fn ephemeral() -> Self {
        Self::new(MasterKey::generate("a random key of this process (nothing configured)").0)
    }

    /// The key that seals.
    pub fn current(&self) -> &MasterKey {
        &self.current
    }

    /// Encrypts `plaintext` for the row `aad` (its id) with the current key.
    pub fn seal(&self, aad: &str, plaintext: &[u8]) -> String {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let payload = Payload {
            msg: plaintext,
            aad: aad.as_bytes(),
        };
        // AES-GCM encryption fails only for inputs beyond 64 GiB.
        let ciphertext = self
            .current
            .cipher
            .encrypt(&nonce, payload)
            .expect("AES-GCM encrypts any input below 64 GiB");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ciphertext);
        format!(
            "{PREFIX}{}:{}",
            self.current.id,
            URL_SAFE_NO_PAD.encode(out)
        )
    }

    /// Whether `value` is in the sealed format (a row stored before encryption at
    /// rest is not).
    pub fn is_sealed(value: &str) -> bool {
        value.starts_with(PREFIX)
    }

    /// The id of the key that sealed `value`, if it is sealed.
    pub fn sealed_with(value: &str) -> Option<&str> {
        value.strip_prefix(PREFIX)?.split_once(':').map(|(k, _)| k)
    }

    /// Decrypts a value sealed for row `aad`; `what` names it in errors.
    pub fn open(
        &self,
        what: &str,
        aad: &str,
        value: &str,
    ) -> Result<Zeroizing<Vec<u8>>, SealError> {
        let not_sealed = || SealError::NotSealed { what: what.into() };
        let rest = value.strip_prefix(PREFIX).ok_or_else(not_sealed)?;
        let (kid, body) = rest.split_once(':').ok_or_else(not_sealed)?;
        let key = std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|k| k.id == kid)
            .ok_or_else(|| SealError::UnknownKey {
                what: what.into(),
                kid: kid.into(),
                current: self.current.id.clone(),
                origin: self.current.source.clone(),
            })?;
        let tampered = || SealError::Tampered {
            what: what.into(),
            kid: kid.into(),
        };
        let raw = URL_SAFE_NO_PAD.decode(body).map_err(|_| tampered())?;
        if raw.len() < NONCE_LEN {
            return Err(tampered());
        }
        let (nonce, ciphertext) = raw.split_at(NONCE_LEN);
        let payload = Payload {
            msg: ciphertext,
            aad: aad.as_bytes(),
        };
        key.cipher
            .decrypt(Nonce::from_slice(nonce), payload)
            .map(Zeroizing::new)
            .map_err(|_| tampered())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> MasterKey {
        MasterKey::parse(text.as_bytes(), "test").unwrap()
    }

    #[test]
    fn seals_and_opens_only_for_the_same_row_and_key() {
        let keys = MasterKeys::new(key("MasterkeyNeedsToHave32Characters"));
        let sealed = keys.seal("row-1", b"-----BEGIN PRIVATE KEY-----");
        assert!(MasterKeys::is_sealed(&sealed));
        assert!(!sealed.contains("BEGIN"));
        assert_eq!(MasterKeys::sealed_with(&sealed), Some(keys.current().id()));
        assert_eq!(
            keys.open("k", "row-1", &sealed).unwrap().as_slice(),
            b"-----BEGIN PRIVATE KEY-----"
        );
        // Sealing twice gives two different values (fresh nonces).
        assert_ne!(sealed, keys.seal("row-1", b"-----BEGIN PRIVATE KEY-----"));
        assert!(matches!(
            keys.open("k", "row-2", &sealed),
            Err(SealError::Tampered { .. })
        ));
        let mut altered = sealed.clone();
        altered.pop();
        altered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(matches!(
            keys.open("k", "row-1", &altered),
            Err(SealError::Tampered { .. })
        ));
        assert!(matches!(
            keys.open("k", "row-1", "-----BEGIN"),
            Err(SealError::NotSealed { .. })
        ));
    }

    #[test]
    fn another_key_is_named_in_the_error_and_a_previous_key_still_opens() {
        let old = MasterKeys::new(key("MasterkeyNeedsToHave32Characters"));
        let sealed = old.seal("row", b"secret");
        let (fresh, _) = MasterKey::generate("/data/master.key");
        let new = MasterKeys::new(fresh);
        let err = new.open("signing key 'row'", "row", &sealed).unwrap_err();
        let text = err.to_string();
        assert!(text.contains(old.current().id()), "{text}");
        assert!(text.contains("/data/master.key"), "{text}");
        assert!(!text.contains("MasterkeyNeeds"), "{text}");
        let both = new.with_previous(key("MasterkeyNeedsToHave32Characters"));
        assert_eq!(
            both.open("k", "row", &sealed).unwrap().as_slice(),
            b"secret"
        );
        // Rotating on keeps every older key able to open, the new one sealing.
        let (third, _) = MasterKey::generate("new");
        let third_id = third.id().to_owned();
        let rotated = both.rotate_to(third);
        assert_eq!(rotated.current().id(), third_id);
        assert_eq!(
            rotated.open("k", "row", &sealed).unwrap().as_slice(),
            b"secret"
        );
    }

    #[test]
    fn key_text_is_32_characters_or_base64_of_32_bytes() {
        let (generated, text) = MasterKey::generate("file");
        assert_eq!(key(&text).id(), generated.id());
        assert_eq!(key("  MasterkeyNeedsToHave32Characters\n").id().len(), 16);
        for bad in ["short", "", "MasterkeyNeedsToHave32Characters!"] {
            let err = MasterKey::parse(bad.as_bytes(), "WS_SERVER__IDENTITY__MASTER_KEY")
                .unwrap_err()
                .to_string();
            assert!(err.contains("WS_SERVER__IDENTITY__MASTER_KEY"), "{err}");
            assert!(bad.is_empty() || !err.contains(bad), "{err}");
        }
    }
}
