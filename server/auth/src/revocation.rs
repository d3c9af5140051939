//! Revocation events from an identity provider in the same process: the provider
//! publishes on a [`RevocationFeed`] when a token is revoked, a session ends or a
//! user changes (deactivated, locked, deleted, roles), and every [`Authenticator`]
//! subscribed to it drops its cached answers for that subject at once, so the next
//! request asks the issuer again and is refused immediately rather than when the
//! cache entry ages out (≤ 5 s, the bound for a remote issuer).
//!
//! The feed is a plain in-process fan-out: this crate still knows nothing about the
//! identity module, which holds the feed and publishes on it.
//!
//! [`Authenticator`]: crate::Authenticator

use std::sync::{RwLock, Weak};

/// What changed at the issuer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revocation {
    /// Tokens of this subject (`sub`) may no longer be valid: one of them was
    /// revoked, a session of theirs ended, or the user was changed.
    Subject(String),
    /// Anything may have changed (e.g. an administrator's write of unknown reach).
    Everything,
}

/// Receives revocation events (implemented by the authenticator's caches).
pub trait RevocationListener: Send + Sync {
    /// Drops whatever `event` may have made stale.
    fn revoked(&self, event: &Revocation);
}

/// The fan-out from the identity provider to the listeners. Holds them weakly, so
/// a dropped authenticator is not kept alive by the provider.
#[derive(Default)]
pub struct RevocationFeed(RwLock<Vec<Weak<dyn RevocationListener>>>);

impl std::fmt::Debug for RevocationFeed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevocationFeed").finish_non_exhaustive()
    }
}

impl RevocationFeed {
    /// Adds a listener.
    pub fn subscribe(&self, listener: Weak<dyn RevocationListener>) {
        let mut list = self.0.write().unwrap_or_else(|e| e.into_inner());
        list.retain(|l| l.strong_count() > 0);
        list.push(listener);
    }

    /// Tells every live listener; returns only after each has dropped its stale
    /// answers, so a response sent after `publish` is never contradicted by a cache.
    pub fn publish(&self, event: Revocation) {
        let list = self.0.read().unwrap_or_else(|e| e.into_inner());
        for l in list.iter().filter_map(Weak::upgrade) {
            l.revoked(&event);
        }
    }

    /// Shorthand for [`Revocation::Subject`].
    pub fn subject(&self, sub: &str) {
        self.publish(Revocation::Subject(sub.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Default)]
    struct Seen(Mutex<Vec<Revocation>>);
    impl RevocationListener for Seen {
        fn revoked(&self, event: &Revocation) {
            self.0.lock().unwrap().push(event.clone());
        }
    }

    #[test]
    fn live_listeners_hear_every_event_and_dropped_ones_are_forgotten() {
        let feed = RevocationFeed::default();
        let a = Arc::new(Seen::default());
        let gone = Arc::new(Seen::default());
        feed.subscribe(Arc::downgrade(&a) as Weak<dyn RevocationListener>);
        feed.subscribe(Arc::downgrade(&gone) as Weak<dyn RevocationListener>);
        drop(gone);
        feed.subject("u1");
        feed.publish(Revocation::Everything);
        assert_eq!(
            *a.0.lock().unwrap(),
            vec![Revocation::Subject("u1".into()), Revocation::Everything]
        );
        feed.subscribe(Arc::downgrade(&a) as Weak<dyn RevocationListener>);
        assert_eq!(
            feed.0.read().unwrap().len(),
            2,
            "the dropped one was pruned"
        );
    }
}
