//! Retries for bulk administration. Concurrency is bounded by the caller (a stream's
//! `buffer_unordered(N)`); a [`Limiter`] retries one call that was throttled (429,
//! honouring `Retry-After`) or met a transient failure (502/503/504, connection lost)
//! with `backon`'s exponential backoff and jitter, and pauses every caller that shares
//! it while a `Retry-After` runs, so N workers stop together when the server asks.

use std::future::Future;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use tokio::time::Instant;

use crate::error::{Error, ErrorCode};

/// The longest `Retry-After` honoured; a server asking for more fails the call instead
/// of stalling the run silently.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(120);

/// Shared retry policy and pause gate of one bulk run.
#[derive(Debug)]
pub struct Limiter {
    pause_until: Mutex<Option<Instant>>,
    retries: AtomicU64,
    throttled: AtomicU64,
    backoff: ExponentialBuilder,
}

impl Default for Limiter {
    fn default() -> Self {
        Self::new(8, Duration::from_millis(200))
    }
}

impl Limiter {
    /// At most `max_retries` retries per call, the first after about `min_delay`.
    pub fn new(max_retries: usize, min_delay: Duration) -> Self {
        Self {
            pause_until: Mutex::new(None),
            retries: AtomicU64::new(0),
            throttled: AtomicU64::new(0),
            backoff: ExponentialBuilder::default()
                .with_min_delay(min_delay)
                .with_max_delay(Duration::from_secs(30))
                .with_max_times(max_retries)
                .with_jitter(),
        }
    }

    /// Calls retried so far.
    pub fn retries(&self) -> u64 {
        self.retries.load(Ordering::Relaxed)
    }

    /// Answers that were 429 so far.
    pub fn throttled(&self) -> u64 {
        self.throttled.load(Ordering::Relaxed)
    }

    /// Runs `op`, retrying transient failures; each attempt first waits out any pause
    /// another caller's `Retry-After` started.
    pub async fn call<T, F, Fut>(&self, mut op: F) -> Result<T, Error>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let attempt = || {
            let fut = op();
            async move {
                self.wait().await;
                fut.await
            }
        };
        attempt
            .retry(self.backoff)
            .sleep(tokio::time::sleep)
            .when(is_transient)
            .adjust(|e, delay| self.adjust(e, delay))
            .notify(|_, _| {
                self.retries.fetch_add(1, Ordering::Relaxed);
            })
            .await
    }

    async fn wait(&self) {
        let until = *self.pause_until.lock().expect("pause lock");
        if let Some(until) = until {
            tokio::time::sleep_until(until).await;
        }
    }

    /// The server's `Retry-After` replaces the backoff delay (and pauses everyone);
    /// `None` (retries exhausted, or a wait beyond [`MAX_RETRY_AFTER`]) stops.
    fn adjust(&self, e: &Error, delay: Option<Duration>) -> Option<Duration> {
        if is_throttled(e) {
            self.throttled.fetch_add(1, Ordering::Relaxed);
        }
        let delay = delay?;
        let Some(after) = retry_after(e) else {
            return Some(delay);
        };
        if after > MAX_RETRY_AFTER {
            return None;
        }
        let until = Instant::now() + after;
        let mut pause = self.pause_until.lock().expect("pause lock");
        if pause.is_none_or(|p| p < until) {
            *pause = Some(until);
        }
        Some(after)
    }
}

fn retry_after(e: &Error) -> Option<Duration> {
    match e {
        Error::Api(a) => a.retry_after,
        _ => None,
    }
}

fn is_throttled(e: &Error) -> bool {
    matches!(e, Error::Api(a) if a.status == 429 || a.code == ErrorCode::ResourceExhausted)
}

/// Whether a failure is worth retrying: throttling, an unavailable or overloaded
/// server, or a lost connection. A plain 500 is not (the write may have happened).
pub fn is_transient(e: &Error) -> bool {
    match e {
        Error::Api(a) => {
            is_throttled(e) || matches!(a.status, 502..=504) || a.code == ErrorCode::Unavailable
        }
        Error::Unreachable { .. } => true,
        _ => false,
    }
}
