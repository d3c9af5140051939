//! Record identifiers in ZITADEL's style: decimal strings of about 18 digits.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Sonyflake's epoch (2014-09-01T00:00:00Z), which ZITADEL's ids also count from,
/// in milliseconds since the unix epoch.
const EPOCH_MS: u128 = 1_409_529_600_000;
/// Low bits filled with randomness; the rest hold 10 ms ticks since [`EPOCH_MS`].
const RANDOM_BITS: u32 = 24;

/// The last id this process handed out. Random bits alone collide by the birthday
/// bound when thousands of ids are made in one tick (a bulk import), so within a
/// process each id is also forced above the previous one. This is the only
/// process-wide state in the crate, and it holds no configuration.
static LAST: AtomicU64 = AtomicU64::new(0);

/// A new id: 10 ms ticks since 2014-09-01 in the high bits and 24 random bits below,
/// printed in decimal (18 digits until about 2030, 19 after).
///
/// Within a process ids are strictly increasing, hence unique. Across processes
/// they stay unique without coordination unless two processes draw overlapping
/// random runs in the same 10 ms tick (about 1 in 16.7 million per pair of ids);
/// primary keys turn such a clash into an error, never into a silent overwrite.
pub fn new_id() -> String {
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(EPOCH_MS);
    let ticks = (now_ms.saturating_sub(EPOCH_MS) / 10) as u64;
    let random = u64::from(rand::random::<u32>()) & ((1 << RANDOM_BITS) - 1);
    let candidate = (ticks << RANDOM_BITS) | random;
    let previous = LAST
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| {
            Some(candidate.max(last + 1))
        })
        .unwrap_or_else(|last| last);
    candidate.max(previous + 1).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_decimal_and_about_18_digits() {
        let id = new_id();
        assert!(id.chars().all(|c| c.is_ascii_digit()), "{id}");
        assert!((18..=19).contains(&id.len()), "{id}");
    }

    #[test]
    fn ids_are_unique_and_increasing_within_a_process() {
        let ids: Vec<u64> = (0..10_000).map(|_| new_id().parse().unwrap()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
    }

    #[test]
    fn ids_carry_the_time() {
        let id: u64 = new_id().parse().unwrap();
        let now_ticks = (SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis()
            - EPOCH_MS)
            / 10;
        let id_ticks = u128::from(id >> RANDOM_BITS);
        // The id was made before `now_ticks` was read, and well within a minute of it.
        // It may run one tick ahead: a burst of ids from other tests in this process
        // can carry the forced increments over into the next tick.
        assert!(
            id_ticks <= now_ticks + 1 && now_ticks + 1 - id_ticks < 6000,
            "{id_ticks} vs {now_ticks}"
        );
    }
}
