//! Opaque access tokens: the token's claims sealed with AES-256-GCM.
//!
//! ZITADEL hands machine users (and apps configured for "Bearer" tokens) opaque
//! access tokens that only introspection can read. Ours are self-contained: the core
//! claims are encrypted and authenticated under a key derived (HKDF-SHA256) from the
//! signing key whose id leads the token. So minting one costs no database write and
//! no RSA signature, and introspection needs no lookup besides the revocation
//! denylist; the holder cannot read or alter what is inside. A token lives as long
//! as the signing key it names is published, which outlasts every token it made.
//!
//! Layout (base64url, no padding): `version(1) | kid_len(1) | kid | nonce(12) |
//! ciphertext+tag`, the kid also bound as associated data.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::hkdf::{HKDF_SHA256, Salt};
use ring::rand::{SecureRandom, SystemRandom};

const VERSION: u8 = 1;
const SALT: &[u8] = b"ws-identity opaque access token v1";

/// The sealing key derived from one signing key.
pub(crate) struct OpaqueKey(LessSafeKey);

impl std::fmt::Debug for OpaqueKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OpaqueKey(..)")
    }
}

impl OpaqueKey {
    /// Derives the key from the signing key's private key bytes (PKCS#8 DER).
    pub(crate) fn derive(private_der: &[u8]) -> Self {
        let prk = Salt::new(HKDF_SHA256, SALT).extract(private_der);
        let info: [&[u8]; 1] = [b"aes-256-gcm"];
        let okm = prk
            .expand(&info, &AES_256_GCM)
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        Self(LessSafeKey::new(UnboundKey::from(okm)))
    }
}

/// Seals `plaintext` under `key`, naming `kid` so the reader picks the right key.
pub(crate) fn seal(key: &OpaqueKey, rng: &SystemRandom, kid: &str, plaintext: &[u8]) -> String {
    let mut nonce = [0u8; NONCE_LEN];
    // The system RNG failing is unrecoverable; a zero nonce would be unsafe to use.
    rng.fill(&mut nonce).expect("system random generator");
    let kid_len = u8::try_from(kid.len()).expect("key ids are short");
    let mut buf = Vec::with_capacity(2 + kid.len() + NONCE_LEN + plaintext.len() + 16);
    buf.push(VERSION);
    buf.push(kid_len);
    buf.extend_from_slice(kid.as_bytes());
    buf.extend_from_slice(&nonce);
    let mut sealed = plaintext.to_vec();
    key.0
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(kid.as_bytes()),
            &mut sealed,
        )
        .expect("AES-GCM sealing of a short message");
    buf.extend_from_slice(&sealed);
    URL_SAFE_NO_PAD.encode(buf)
}

/// The key id an opaque token names, if it has our layout.
pub(crate) fn kid_of(token: &str) -> Option<(String, Vec<u8>)> {
    // Opaque tokens are a few hundred characters; refuse to decode anything huge.
    if token.len() > 4096 {
        return None;
    }
    let raw = URL_SAFE_NO_PAD.decode(token).ok()?;
    let (&version, rest) = raw.split_first()?;
    let (&kid_len, rest) = rest.split_first()?;
    if version != VERSION || rest.len() < kid_len as usize + NONCE_LEN + 16 {
        return None;
    }
    let kid = std::str::from_utf8(&rest[..kid_len as usize])
        .ok()?
        .to_owned();
    Some((kid, raw))
}

/// Opens a token whose raw bytes [`kid_of`] returned, with the key of that kid.
pub(crate) fn open(key: &OpaqueKey, kid: &str, raw: &[u8]) -> Option<Vec<u8>> {
    let rest = &raw[2 + kid.len()..];
    let nonce = Nonce::try_assume_unique_for_key(&rest[..NONCE_LEN]).ok()?;
    let mut sealed = rest[NONCE_LEN..].to_vec();
    let plain = key
        .0
        .open_in_place(nonce, Aad::from(kid.as_bytes()), &mut sealed)
        .ok()?;
    Some(plain.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_and_tamper() {
        let rng = SystemRandom::new();
        let key = OpaqueKey::derive(b"some private key bytes");
        let t = seal(&key, &rng, "123", br#"{"sub":"u"}"#);
        let (kid, raw) = kid_of(&t).unwrap();
        assert_eq!(kid, "123");
        assert_eq!(open(&key, &kid, &raw).unwrap(), br#"{"sub":"u"}"#);

        let other = OpaqueKey::derive(b"another key");
        assert!(open(&other, &kid, &raw).is_none());

        let mut bad = raw.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert!(open(&key, &kid, &bad).is_none());

        assert!(kid_of("not base64 !").is_none());
        assert!(kid_of("AAAA").is_none());
    }
}
