//! The introspection answer cache: keyed by the SHA-256 digest of the token (the
//! token itself is never stored), entries expire by the injected clock, and the map
//! is bounded so a flood of made-up tokens cannot grow it without limit. A
//! revocation event evicts a subject's entries; a *generation* counter, bumped by
//! every eviction, keeps an answer fetched before the event from being stored after it.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use crate::principal::Principal;
use crate::revocation::Revocation;

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
pub struct AnswerCache {
    map: Mutex<HashMap<TokenDigest, (Answer, SystemTime)>>,
    generation: AtomicU64,
}

impl AnswerCache {
    /// The answer for `key` if it has not expired at `now`.
    pub fn get(&self, key: &TokenDigest, now: SystemTime) -> Option<Answer> {
        let mut map = self.lock();
        match map.get(key) {
            Some((a, until)) if now < *until => Some(a.clone()),
            Some(_) => {
                map.remove(key);
                None
            }
            None => None,
        }
    }

    /// The current generation: read it before asking the issuer, and store the
    /// answer with [`AnswerCache::put_since`].
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Stores `answer` for `key` until `until`.
    pub fn put(&self, key: TokenDigest, answer: Answer, until: SystemTime, now: SystemTime) {
        self.put_since(self.generation(), key, answer, until, now);
    }

    /// Stores `answer` unless an eviction happened since `generation` was read (the
    /// answer may predate a revocation; the next request asks again).
    pub fn put_since(
        &self,
        generation: u64,
        key: TokenDigest,
        answer: Answer,
        until: SystemTime,
        now: SystemTime,
    ) {
        let mut map = self.lock();
        // Checked under the lock that `evict` takes, so no eviction slips between.
        if self.generation() != generation {
            return;
        }
        if map.len() >= MAX_ENTRIES {
            map.retain(|_, (_, u)| now < *u);
            if map.len() >= MAX_ENTRIES {
                map.clear();
            }
        }
        map.insert(key, (answer, until));
    }

    /// Drops the entries `event` may have made stale.
    pub fn evict(&self, event: &Revocation) {
        let mut map = self.lock();
        self.generation.fetch_add(1, Ordering::SeqCst);
        match event {
            Revocation::Everything => map.clear(),
            Revocation::Subject(sub) => {
                map.retain(|_, (a, _)| !matches!(a, Answer::Active(p) if p.sub == *sub))
            }
        }
    }

    /// Number of entries (expired ones included until touched).
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<TokenDigest, (Answer, SystemTime)>> {
        self.map.lock().unwrap_or_else(|e| e.into_inner())
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
    fn eviction_drops_the_subjects_answers_and_refuses_older_ones() {
        let c = AnswerCache::default();
        let t0 = SystemTime::UNIX_EPOCH;
        let later = t0 + Duration::from_secs(5);
        let active = |sub: &str| {
            let claims = serde_json::json!({"sub": sub});
            let p = Principal::from_claims(
                claims.as_object().unwrap(),
                "p1",
                crate::principal::Validated::Introspection,
            )
            .unwrap();
            Answer::Active(Arc::new(p))
        };
        c.put(digest("a"), active("u1"), later, t0);
        c.put(digest("b"), active("u2"), later, t0);
        let before = c.generation();
        c.evict(&Revocation::Subject("u1".into()));
        assert!(c.get(&digest("a"), t0).is_none());
        assert!(c.get(&digest("b"), t0).is_some());
        c.put_since(before, digest("a"), active("u1"), later, t0);
        assert!(
            c.get(&digest("a"), t0).is_none(),
            "fetched before the event"
        );
        c.evict(&Revocation::Everything);
        assert!(c.is_empty());
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
