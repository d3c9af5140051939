//! Counters in this process: one keyed GCRA limiter (`governor`) per policy. A policy of
//! `q` per `w` lets a burst of `q` through and then one request every `w / q`.

use std::collections::HashMap;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use super::{Counters, Hit, Policy, Unreachable};

type Keyed =
    RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>;

/// How many distinct keys a limiter may hold before idle ones are dropped.
const PRUNE_AT: usize = 100_000;

/// One GCRA limiter per policy name.
pub(crate) struct LocalCounters {
    limiters: HashMap<&'static str, Keyed>,
}

impl std::fmt::Debug for LocalCounters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalCounters")
            .field("policies", &self.limiters.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl LocalCounters {
    pub(crate) fn new<'a>(policies: impl IntoIterator<Item = &'a Policy>) -> Self {
        let limiters = policies
            .into_iter()
            .map(|p| {
                let burst = NonZeroU32::new(p.quota).expect("quota checked at start");
                let quota = Quota::with_period(p.window / p.quota)
                    .unwrap_or_else(|| Quota::per_second(burst))
                    .allow_burst(burst);
                (
                    p.name,
                    RateLimiter::dashmap(quota).with_middleware::<StateInformationMiddleware>(),
                )
            })
            .collect();
        Self { limiters }
    }
}

#[async_trait::async_trait]
impl Counters for LocalCounters {
    async fn hit(&self, policy: &Policy, key: &str) -> Result<Hit, Unreachable> {
        let limiter = &self.limiters[policy.name];
        if limiter.len() > PRUNE_AT {
            // Keys whose bucket is full again carry no state worth keeping.
            limiter.retain_recent();
        }
        let per_request = policy.window / policy.quota;
        Ok(match limiter.check_key(&key.to_owned()) {
            Ok(state) => {
                let remaining = state.remaining_burst_capacity();
                Hit {
                    allowed: true,
                    remaining,
                    // The bucket is full again once every used cell has been replenished.
                    reset: per_request * (policy.quota - remaining),
                }
            }
            Err(not_until) => Hit {
                allowed: false,
                remaining: 0,
                reset: not_until.wait_time_from(limiter.clock().now()),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn a_burst_of_the_quota_then_refusals_per_key() {
        let policy = Policy {
            name: "api_per_address",
            quota: 3,
            window: Duration::from_secs(60),
        };
        let counters = LocalCounters::new([&policy]);
        let mut remaining = Vec::new();
        for _ in 0..3 {
            let hit = counters.hit(&policy, "a").await.unwrap();
            assert!(hit.allowed);
            remaining.push(hit.remaining);
        }
        assert_eq!(remaining, [2, 1, 0]);
        let refused = counters.hit(&policy, "a").await.unwrap();
        assert!(!refused.allowed);
        // One request comes back after window / quota = 20 s.
        assert!(
            refused.reset > Duration::from_secs(19) && refused.reset <= Duration::from_secs(20),
            "{:?}",
            refused.reset
        );
        assert!(counters.hit(&policy, "b").await.unwrap().allowed);
    }
}
