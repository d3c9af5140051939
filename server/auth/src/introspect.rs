//! Opaque tokens (PATs, opaque access tokens) through RFC 7662 introspection at the
//! discovered endpoint, authenticated with client_secret_basic. Active answers are
//! reused for the positive TTL (never past the token's `exp`), inactive ones for the
//! negative TTL; an unreachable or failing provider is a 503, never cached.
//!
//! The audience is the provider's to check: ZITADEL answers `active: false` unless
//! the token's `aud` names our introspection client or its project (PATs, which are
//! instance-wide, excepted), reference README §8. We check `iss` and `exp` again.
//! Concurrent first requests with one token may each introspect; that is bounded by
//! the positive TTL and keeps the hot path free of a per-token lock.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value};

use crate::cache::{Answer, AnswerCache, digest};
use crate::clock::Clock;
use crate::config::AuthConfig;
use crate::discovery::Discovery;
use crate::error::{AuthError, Reason};
use crate::principal::{Principal, Validated};

/// Introspects opaque tokens and caches the answers.
#[derive(Debug)]
pub struct Introspector {
    config: AuthConfig,
    discovery: Arc<Discovery>,
    http: reqwest::Client,
    cache: AnswerCache,
}

impl Introspector {
    /// An introspector using the endpoint from `discovery`.
    pub fn new(config: AuthConfig, discovery: Arc<Discovery>, http: reqwest::Client) -> Self {
        Self {
            config,
            discovery,
            http,
            cache: AnswerCache::default(),
        }
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
            None => {
                let (answer, until) = self.ask(token, clock).await?;
                self.cache.put(key, answer.clone(), until, clock.now());
                answer
            }
        };
        match answer {
            Answer::Active(p) => Ok(p),
            Answer::Inactive => Err(AuthError::new(
                Reason::Inactive,
                "the token is not active (revoked, expired or unknown)",
            )),
        }
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
            (Some("u1".into()), Duration::from_secs(30))
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
