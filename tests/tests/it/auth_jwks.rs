//! The remote JWKS cache seen from the issuer's side: an unknown `kid` triggers at
//! most one refetch per minimum interval, a rotated-in key is found after it, the set
//! is refreshed periodically, and an unreachable issuer is a 503.

use crate::auth_support;

use std::sync::Arc;
use std::time::Duration;

use auth_support::issuer::{Key, KeyIssuer};
use auth_support::{assert_401, authenticator, call, guarded_app};
use ws_auth::{AuthConfig, ManualClock, Secret};

fn now(clock: &ManualClock) -> i64 {
    use ws_auth::Clock;
    clock.unix()
}

#[tokio::test]
async fn unknown_kid_refetches_are_rate_limited_and_rotation_is_picked_up() {
    let issuer = KeyIssuer::start().await;
    let clock = Arc::new(ManualClock::starting_now());
    let mut config = AuthConfig::new(&issuer.url, "p1", "api@ws", Secret::new("unused"));
    config.jwks_min_refetch_interval = Duration::from_secs(10);
    config.jwks_refresh_interval = Duration::from_secs(300);
    let app = guarded_app(authenticator(config, clock.clone())).await;
    let claims = issuer.claims("p1", now(&clock));

    assert_eq!(
        call(&app, "/whoami", Some(&issuer.key.sign(&claims)))
            .await
            .status,
        200
    );
    assert_eq!(issuer.jwks_fetches(), 1);

    // A burst of made-up key ids costs the issuer one refetch, not one each.
    let ghost = Key::generate("ghost").sign(&claims);
    for _ in 0..5 {
        assert_401(&call(&app, "/whoami", Some(&ghost)).await, "unknown_key");
    }
    assert_eq!(issuer.jwks_fetches(), 1, "the first fetch is still fresh");
    clock.advance(Duration::from_secs(11));
    for _ in 0..5 {
        assert_401(&call(&app, "/whoami", Some(&ghost)).await, "unknown_key");
    }
    assert_eq!(issuer.jwks_fetches(), 2, "one refetch per interval");

    // A rotation: the new key is seen once the interval allows a refetch.
    let k2 = Key::generate("k2");
    issuer.publish(&k2);
    let rotated = k2.sign(&claims);
    assert_401(&call(&app, "/whoami", Some(&rotated)).await, "unknown_key");
    assert_eq!(issuer.jwks_fetches(), 2);
    clock.advance(Duration::from_secs(11));
    assert_eq!(call(&app, "/whoami", Some(&rotated)).await.status, 200);
    assert_eq!(issuer.jwks_fetches(), 3);

    // Known keys need no fetch until the refresh interval has passed.
    for _ in 0..3 {
        assert_eq!(call(&app, "/whoami", Some(&rotated)).await.status, 200);
    }
    assert_eq!(issuer.jwks_fetches(), 3);
    clock.advance(Duration::from_secs(301));
    let fresh = issuer.claims("p1", now(&clock));
    assert_eq!(
        call(&app, "/whoami", Some(&issuer.key.sign(&fresh)))
            .await
            .status,
        200
    );
    assert_eq!(issuer.jwks_fetches(), 4, "periodic refresh");
}

#[tokio::test]
async fn verified_jwts_are_reused_but_never_past_their_expiry() {
    let issuer = KeyIssuer::start().await;
    let clock = Arc::new(ManualClock::starting_now());
    let mut config = AuthConfig::new(&issuer.url, "p1", "api@ws", Secret::new("unused"));
    config.jwt_cache_ttl = Duration::from_secs(3600);
    config.leeway = Duration::from_secs(5);
    let auth = authenticator(config, clock.clone());
    let app = guarded_app(auth.clone()).await;
    let t = now(&clock);
    let mut claims = issuer.claims("p1", t);
    claims["exp"] = (t + 30).into();
    let cached = issuer.key.sign(&claims);
    assert_eq!(call(&app, "/whoami", Some(&cached)).await.status, 200);

    // The key is withdrawn: new tokens signed with it are refused at once, the one
    // already verified is reused (the documented `jwt_cache_ttl` window)...
    issuer.withdraw("k1");
    auth.keys().refresh().await.unwrap();
    claims["sub"] = "someone-else".into();
    let fresh = issuer.key.sign(&claims);
    assert_401(&call(&app, "/whoami", Some(&fresh)).await, "unknown_key");
    clock.advance(Duration::from_secs(4));
    assert_eq!(call(&app, "/whoami", Some(&cached)).await.status, 200);
    clock.advance(Duration::from_secs(24));
    assert_eq!(call(&app, "/whoami", Some(&cached)).await.status, 200);
    // ...but never past exp + leeway, however long the cache TTL.
    clock.advance(Duration::from_secs(8));
    assert_401(&call(&app, "/whoami", Some(&cached)).await, "unknown_key");
}

#[tokio::test]
async fn an_unreachable_issuer_is_a_503_for_jwts_without_cached_keys() {
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let clock = Arc::new(ManualClock::starting_now());
    let config = AuthConfig::new(&url, "p1", "api@ws", Secret::new("unused"));
    let app = guarded_app(authenticator(config, clock.clone())).await;
    let key = Key::generate("k1");
    let t = now(&clock);
    let claims = serde_json::json!({"iss": url, "sub": "u", "aud": "p1", "iat": t, "exp": t + 600});
    let a = call(&app, "/whoami", Some(&key.sign(&claims))).await;
    assert_eq!((a.status, a.code()), (503, "idp_unavailable"), "{a:?}");
    assert!(
        !a.body.to_string().contains(&url),
        "no internals in the body"
    );
}
