//! The rate limit's answer on the wire: `RateLimit-Policy` and `RateLimit` as structured
//! fields (draft-ietf-httpapi-ratelimit-headers: `"name";q=QUOTA;w=WINDOW` and
//! `"name";r=REMAINING;t=RESET`, seconds), `Retry-After` on refusals, and the body in the
//! workspace API's error shape (`code`, `message`).

use std::time::Duration;

use axum::Json;
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::{Hit, Policy};

/// `RateLimit-Policy`: the quota that applies.
pub(crate) const RATELIMIT_POLICY: HeaderName = HeaderName::from_static("ratelimit-policy");
/// `RateLimit`: what is left of it.
pub(crate) const RATELIMIT: HeaderName = HeaderName::from_static("ratelimit");

/// Whole seconds, rounded up: a client waiting `t` seconds must not arrive early.
fn seconds_up(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

fn value(s: String) -> HeaderValue {
    HeaderValue::try_from(s).expect("policy names and numbers are valid header text")
}

/// Adds the two `RateLimit` headers describing `policy` after `hit`.
pub(crate) fn describe(headers: &mut HeaderMap, policy: &Policy, hit: &Hit) {
    let name = policy.name;
    headers.insert(
        RATELIMIT_POLICY,
        value(format!(
            "\"{name}\";q={};w={}",
            policy.quota,
            seconds_up(policy.window)
        )),
    );
    headers.insert(
        RATELIMIT,
        value(format!(
            "\"{name}\";r={};t={}",
            hit.remaining,
            seconds_up(hit.reset)
        )),
    );
}

/// 429 for a request over `policy`, saying when to come back.
pub(crate) fn too_many_requests(policy: &Policy, hit: &Hit) -> Response {
    let wait = seconds_up(hit.reset).max(1);
    let body = json!({
        "code": "rate_limited",
        "message": format!(
            "too many requests: limit {} ({} per {}s) reached; retry in {wait}s",
            policy.name,
            policy.quota,
            seconds_up(policy.window)
        ),
    });
    let mut resp = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
    describe(resp.headers_mut(), policy, hit);
    resp.headers_mut()
        .insert(RETRY_AFTER, value(wait.to_string()));
    resp
}

/// 503 while the shared counters are unreachable and the policy is `fail_closed`.
pub(crate) fn counters_unavailable() -> Response {
    let body = json!({
        "code": "rate_limit_unavailable",
        "message": "the rate limit store is unreachable and this server refuses uncounted requests; retry shortly",
    });
    let mut resp = (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response();
    resp.headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from_static("1"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_structured_fields_in_whole_seconds() {
        let policy = Policy {
            name: "api_per_address",
            quota: 5,
            window: Duration::from_secs(60),
        };
        let hit = Hit {
            allowed: false,
            remaining: 0,
            reset: Duration::from_millis(11_200),
        };
        let resp = too_many_requests(&policy, &hit);
        assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
        let h = resp.headers();
        assert_eq!(h[RATELIMIT_POLICY], "\"api_per_address\";q=5;w=60");
        assert_eq!(h[RATELIMIT], "\"api_per_address\";r=0;t=12");
        assert_eq!(h[RETRY_AFTER], "12");
    }
}
