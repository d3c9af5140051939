//! The introspection answer cache: keyed by the SHA-256 digest of the token (the
//! token itself is never stored), entries expire by the injected clock, and the map
//! is bounded so a flood of made-up tokens cannot grow it without limit.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use crate::principal::Principal;

/// Entries kept at most; on overflow expired ones are dropped, then everything.
const MAX_ENTRIES: usize = 10_000;

/// A cached introspection answer.
#[derive(Debug, Clone)]
pub enum Answer {
    /// Active, with its principal.
    Active(Arc<Principal>),
    /// Not active.
    Inactive,
}

/// The SHA-256 digest a token is cached under.
pub type TokenDigest = [u8; 32];

/// Digests `token`.
pub fn digest(token: &str) -> TokenDigest {
    Sha256::digest(token.as_bytes()).into()
}

/// A bounded map of answers with expiry times.
#[derive(Debug, Default)]
pub struct AnswerCache(Mutex<HashMap<TokenDigest, (Answer, SystemTime)>>);

impl AnswerCache {
    /// The answer for `key` if it has not expired at `now`.
    pub fn get(&self, key: &TokenDigest, now: SystemTime) -> Option<Answer> {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match map.get(key) {
            Some((a, until)) if now < *until => Some(a.clone()),
            Some(_) => {
                map.remove(key);
                None
            }
            None => None,
        }
    }

    /// Stores `answer` for `key` until `until`.
    pub fn put(&self, key: TokenDigest, answer: Answer, until: SystemTime, now: SystemTime) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_ENTRIES {
            map.retain(|_, (_, u)| now < *u);
            if map.len() >= MAX_ENTRIES {
                map.clear();
            }
        }
        map.insert(key, (answer, until));
    }

    /// Number of entries (expired ones included until touched).
    pub fn len(&self) -> usize {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Whether the cache is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn entries_expire_and_the_key_is_a_digest() {
        let c = AnswerCache::default();
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1000);
        let k = digest("secret-token");
        assert_ne!(&k[..], b"secret-token".as_slice());
        c.put(k, Answer::Inactive, t0 + Duration::from_secs(5), t0);
        assert!(matches!(
            c.get(&k, t0 + Duration::from_secs(4)),
            Some(Answer::Inactive)
        ));
        assert!(c.get(&k, t0 + Duration::from_secs(5)).is_none());
        assert!(c.is_empty(), "expired entry removed on read");
    }

    #[test]
    fn the_map_stays_bounded() {
        let c = AnswerCache::default();
        let t0 = SystemTime::UNIX_EPOCH;
        let later = t0 + Duration::from_secs(60);
        for i in 0..MAX_ENTRIES + 5 {
            c.put(digest(&i.to_string()), Answer::Inactive, later, t0);
        }
        assert!(c.len() <= MAX_ENTRIES);
    }
}
