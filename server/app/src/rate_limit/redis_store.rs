//! Counters in Redis, shared by every replica: a fixed window per key, counted and
//! started atomically by one Lua script (`INCR`, then `PEXPIRE` on the window's first
//! request). While Redis is unreachable every request says so; the outage is logged once
//! when it starts and once when Redis answers again, never per request.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use super::{Counters, Hit, Policy, Unreachable};

/// `KEYS[1]` the counter, `ARGV[1]` the window in ms; returns the count and the
/// window's remaining milliseconds.
const COUNT_IN_WINDOW: &str = r"
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}
";

/// A connection (re-established on demand) and the outage flag.
pub(crate) struct RedisCounters {
    conn: ConnectionManager,
    script: redis::Script,
    prefix: String,
    timeout: Duration,
    down: AtomicBool,
}

impl std::fmt::Debug for RedisCounters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: not shown.
        f.debug_struct("RedisCounters")
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

impl RedisCounters {
    /// Prepares a lazy connection: the server starts even while Redis is down, and the
    /// configured failure policy applies until it answers.
    pub(crate) fn connect(url: &str, prefix: &str, timeout: Duration) -> anyhow::Result<Self> {
        let client = redis::Client::open(url).map_err(|e| {
            anyhow::anyhow!("rate_limit.redis_url is not a Redis URL ({:?})", e.kind())
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(timeout))
            .set_response_timeout(Some(timeout))
            .set_number_of_retries(1)
            .set_max_delay(timeout);
        let conn = ConnectionManager::new_lazy_with_config(client, config)
            .map_err(|e| anyhow::anyhow!("cannot prepare the Redis connection: {e}"))?;
        Ok(Self {
            conn,
            script: redis::Script::new(COUNT_IN_WINDOW),
            prefix: prefix.to_owned(),
            timeout,
            down: AtomicBool::new(false),
        })
    }

    async fn count(&self, key: String, window: Duration) -> Result<(u64, u64), String> {
        let mut conn = self.conn.clone();
        let mut call = self.script.key(key);
        call.arg(u64::try_from(window.as_millis()).unwrap_or(u64::MAX));
        match tokio::time::timeout(self.timeout, call.invoke_async(&mut conn)).await {
            Ok(Ok(answer)) => Ok(answer),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err(format!("no answer within {:?}", self.timeout)),
        }
    }

    /// Logs the transitions between reachable and unreachable, once each.
    fn note(&self, reachable: Result<(), &str>) {
        match reachable {
            Ok(()) if self.down.swap(false, Ordering::Relaxed) => {
                tracing::info!("rate limit store reachable again; counting requests in Redis");
            }
            Err(error) if !self.down.swap(true, Ordering::Relaxed) => {
                tracing::error!(%error, "rate limit store unreachable; applying rate_limit.redis_failure until it answers");
            }
            _ => {}
        }
    }
}

#[async_trait::async_trait]
impl Counters for RedisCounters {
    async fn hit(&self, policy: &Policy, key: &str) -> Result<Hit, Unreachable> {
        let key = format!("{}:{}:{key}", self.prefix, policy.name);
        match self.count(key, policy.window).await {
            Ok((count, ttl_ms)) => {
                self.note(Ok(()));
                let quota = u64::from(policy.quota);
                Ok(Hit {
                    allowed: count <= quota,
                    remaining: u32::try_from(quota.saturating_sub(count)).unwrap_or(0),
                    reset: Duration::from_millis(ttl_ms),
                })
            }
            Err(e) => {
                self.note(Err(&e));
                Err(Unreachable(e))
            }
        }
    }
}
