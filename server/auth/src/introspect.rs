//! Opaque tokens (PATs, opaque access tokens) through RFC 7662 introspection at the
//! discovered endpoint, authenticated with client_secret_basic. Active answers are
//! reused for the positive TTL (never past the token's `exp`), inactive ones for the
//! negative TTL; an unreachable or failing provider is a 503, never cached.
//!
//! The audience is the provider's to check: ZITADEL answers `active: false` unless
//! the token's `aud` names our introspection client or its project (PATs, which are
//! instance-wide, excepted), reference README §8. We check `iss` and `exp` again.
//! Concurrent first requests with one token make one introspection call: the first
//! asks, the others wait for its answer (a per-token `OnceCell`, dropped when done);
//! cached answers take no such lock. JWTs are introspected too, after their local
//! check (see the crate docs), which is what makes a revoked JWT stop working.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value};
use tokio::sync::OnceCell;

use crate::cache::{Answer, AnswerCache, TokenDigest, digest};
use crate::clock::Clock;
use crate::config::AuthConfig;
use crate::discovery::Discovery;
use crate::error::{AuthError, Reason};
use crate::principal::{Principal, Validated};
use crate::revocation::Revocation;

/// One introspection in flight, shared by every request that waits for it.
type InFlight = Arc<OnceCell<Result<Answer, AuthError>>>;

/// Introspects opaque tokens and caches the answers.
#[derive(Debug)]
pub struct Introspector {
    config: AuthConfig,
    discovery: Arc<Discovery>,
    http: reqwest::Client,
    cache: AnswerCache,
    in_flight: Mutex<HashMap<TokenDigest, InFlight>>,
}

impl Introspector {
    /// An introspector using the endpoint from `discovery`.
    pub fn new(config: AuthConfig, discovery: Arc<Discovery>, http: reqwest::Client) -> Self {
        Self {
            config,
            discovery,
            http,
            cache: AnswerCache::default(),
            in_flight: Mutex::default(),
        }
    }

    /// Drops the cached answers `event` may have made stale.
    pub fn evict(&self, event: &Revocation) {
        self.cache.evict(event);
    }

    /// The principal of an active `token`, from the cache or the provider.
    pub async fn principal(
        &self,
        token: &str,
        clock: &dyn Clock,
    ) -> Result<Arc<Principal>, AuthError> {
        let key = digest(token);
        let answer = match self.cache.get(&key, clock.now()) {
            Some(a) => a,
            None => self.ask_once(key, token, clock).await?,
        };
        match answer {
            Answer::Active(p) => Ok(p),
            Answer::Inactive => Err(AuthError::new(
                Reason::Inactive,
                "the token is not active (revoked, expired or unknown)",
            )),
        }
    }

    /// Asks the provider once for all concurrent requests with this token, and
    /// caches the answer unless a revocation event arrived meanwhile.
    async fn ask_once(
        &self,
        key: TokenDigest,
        token: &str,
        clock: &dyn Clock,
    ) -> Result<Answer, AuthError> {
        let cell = self.lock_in_flight().entry(key).or_default().clone();
        let _done = InFlightGuard {
            map: &self.in_flight,
            key,
            cell: &cell,
        };
        let answer = cell.get_or_init(|| async {
            let generation = self.cache.generation();
            let (answer, until) = self.ask(token, clock).await?;
            let now = clock.now();
            self.cache
                .put_since(generation, key, answer.clone(), until, now);
            Ok(answer)
        });
        answer.await.clone()
    }

    fn lock_in_flight(&self) -> std::sync::MutexGuard<'_, HashMap<TokenDigest, InFlight>> {
        self.in_flight.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Asks the provider; returns the answer and until when it may be reused.
    async fn ask(&self, token: &str, clock: &dyn Clock) -> Result<(Answer, SystemTime), AuthError> {
        let endpoints = self
            .discovery
            .endpoints()
            .await
            .map_err(|e| AuthError::idp_unavailable(&e))?;
        let url = endpoints.introspection_endpoint.as_deref().ok_or_else(|| {
            AuthError::idp_unavailable(
                &"the issuer's discovery document has no introspection_endpoint",
            )
        })?;
        let resp = self
            .http
            .post(url)
            .basic_auth(
                &self.config.introspection_client_id,
                Some(self.config.introspection_client_secret.expose()),
            )
            .form(&[("token", token)])
            .send()
            .await
            .map_err(|e| AuthError::idp_unavailable(&format!("POST {url}: {}", e.without_url())))?;
        let status = resp.status();
        if !status.is_success() {
            // 400/401 here mean our client credentials are wrong: an operator problem,
            // not the caller's, so it is a 503 and logged.
            return Err(AuthError::idp_unavailable(&format!(
                "POST {url}: HTTP {status}"
            )));
        }
        let body: Map<String, Value> = resp.json().await.map_err(|e| {
            AuthError::idp_unavailable(&format!("POST {url}: unreadable JSON: {}", e.without_url()))
        })?;
        Ok(self.judge(&body, clock))
    }

    /// Turns an introspection response into a cacheable answer.
    fn judge(&self, body: &Map<String, Value>, clock: &dyn Clock) -> (Answer, SystemTime) {
        let now = clock.now();
        let inactive = (
            Answer::Inactive,
            now + self.config.introspection_negative_ttl,
        );
        if body.get("active") != Some(&Value::Bool(true)) {
            return inactive;
        }
        if let Some(iss) = body.get("iss").and_then(Value::as_str)
            && iss.trim_end_matches('/') != self.config.issuer.trim_end_matches('/')
        {
            tracing::warn!(%iss, "introspection answered for another issuer; treated as inactive");
            return inactive;
        }
        let mut until = now + self.config.introspection_positive_ttl;
        if let Some(exp) = body.get("exp").and_then(Value::as_i64) {
            let exp = UNIX_EPOCH + Duration::from_secs(exp.max(0) as u64);
            if exp <= now {
                return inactive;
            }
            until = until.min(exp);
        }
        match Principal::from_claims(body, &self.config.audience, Validated::Introspection) {
            Ok(p) => (Answer::Active(Arc::new(p)), until),
            Err(_) => inactive,
        }
    }
}

/// Removes a finished (or abandoned) introspection from the in-flight map, so the
/// map holds only calls under way and the next request after it asks afresh.
struct InFlightGuard<'a> {
    map: &'a Mutex<HashMap<TokenDigest, InFlight>>,
    key: TokenDigest,
    cell: &'a InFlight,
}

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if map
            .get(&self.key)
            .is_some_and(|c| Arc::ptr_eq(c, self.cell))
        {
            map.remove(&self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::config::Secret;
    use serde_json::json;

    fn judge(body: Value, clock: &ManualClock) -> (Option<String>, Duration) {
        let config = AuthConfig::new("http://idp", "p1", "api", Secret::new("s"));
        let http = reqwest::Client::new();
        let discovery = Arc::new(Discovery::new(&config, http.clone()));
        let i = Introspector::new(config, discovery, http);
        let (answer, until) = i.judge(body.as_object().unwrap(), clock);
        let ttl = until.duration_since(clock.now()).unwrap();
        match answer {
            Answer::Active(p) => (Some(p.sub.clone()), ttl),
            Answer::Inactive => (None, ttl),
        }
    }

    #[test]
    fn active_answers_are_trusted_for_the_positive_ttl_capped_by_exp() {
        let clock = ManualClock::starting_now();
        let now = clock.unix();
        let active = json!({"active": true, "sub": "u1", "iss": "http://idp/", "exp": now + 3600});
        assert_eq!(
            judge(active, &clock),
            (Some("u1".into()), Duration::from_secs(5))
        );
        let soon = json!({"active": true, "sub": "u1", "exp": now + 10});
        let (sub, ttl) = judge(soon, &clock);
        assert!(sub.is_some() && ttl <= Duration::from_secs(10), "{ttl:?}");
    }

    #[test]
    fn everything_else_is_inactive_for_the_negative_ttl() {
        let clock = ManualClock::starting_now();
        let now = clock.unix();
        for body in [
            json!({"active": false}),
            json!({"active": "true", "sub": "u1"}),
            json!({"active": true, "sub": "u1", "iss": "http://other"}),
            json!({"active": true, "sub": "u1", "exp": now - 1}),
            json!({"active": true}),
        ] {
            assert_eq!(
                judge(body.clone(), &clock),
                (None, Duration::from_secs(5)),
                "{body}"
            );
        }
    }
}
