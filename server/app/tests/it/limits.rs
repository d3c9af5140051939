//! In-process rate limits: per client address, per credential, `X-Forwarded-For` only
//! from trusted proxies, and the 429's headers and body.

use reqwest::StatusCode;

use crate::support::start;

async fn get(base: &str, auth: Option<&str>, forwarded: Option<&str>) -> reqwest::Response {
    let mut req = reqwest::Client::new().get(format!("{base}/api/v1/docs"));
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    if let Some(f) = forwarded {
        req = req.header("x-forwarded-for", f);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn the_address_limit_answers_429_with_retry_after_and_ratelimit_headers() {
    let server = start(|c| {
        c.rate_limit.api_per_address = 3;
    })
    .await;
    let mut remaining = Vec::new();
    for _ in 0..3 {
        let resp = get(&server.base, None, None).await;
        // Counted before authentication: an unauthenticated flood is limited too.
        assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(
            resp.headers()["ratelimit-policy"],
            "\"api_per_address\";q=3;w=60"
        );
        remaining.push(resp.headers()["ratelimit"].to_str().unwrap().to_owned());
    }
    assert!(
        remaining[0].starts_with("\"api_per_address\";r=2;t="),
        "{remaining:?}"
    );
    assert!(
        remaining[2].starts_with("\"api_per_address\";r=0;t="),
        "{remaining:?}"
    );
    let refused = get(&server.base, None, None).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    // One request returns after window / quota = 20 s.
    assert!((19..=20).contains(&retry), "{retry}");
    assert_eq!(
        refused.headers()["ratelimit"],
        format!("\"api_per_address\";r=0;t={retry}")
    );
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["code"], "rate_limited");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("api_per_address (3 per 60s)"),
        "{body}"
    );
    // Operational routes are never limited.
    let health = reqwest::get(format!("{}/healthz", server.base))
        .await
        .unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    assert!(!health.headers().contains_key("ratelimit"));
}

#[tokio::test]
async fn each_credential_has_its_own_limit() {
    let server = start(|c| {
        c.rate_limit.api_per_principal = 2;
    })
    .await;
    for _ in 0..2 {
        let resp = get(&server.base, Some("Bearer token-a"), None).await;
        assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    }
    let refused = get(&server.base, Some("Bearer token-a"), None).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        refused.headers()["ratelimit"]
            .to_str()
            .unwrap()
            .starts_with("\"api_per_principal\";r=0")
    );
    let other = get(&server.base, Some("Bearer token-b"), None).await;
    assert_eq!(other.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sign_in_endpoints_are_limited_by_address() {
    let server = start(|c| {
        c.rate_limit.identity_per_address = 2;
    })
    .await;
    let client = reqwest::Client::new();
    let token = || {
        client
            .post(format!("{}/oauth/v2/token", server.base))
            .form(&[("grant_type", "client_credentials")])
            .send()
    };
    for _ in 0..2 {
        assert_ne!(
            token().await.unwrap().status(),
            StatusCode::TOO_MANY_REQUESTS
        );
    }
    let refused = token().await.unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers().contains_key("retry-after"));
    // The API's own budget is separate.
    assert_eq!(
        get(&server.base, None, None).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn forwarded_for_names_the_client_only_behind_a_trusted_proxy() {
    let untrusted = start(|c| c.rate_limit.api_per_address = 1).await;
    assert_eq!(
        get(&untrusted.base, None, Some("198.51.100.1"))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    // A client cannot pick a fresh bucket by sending the header itself.
    assert_eq!(
        get(&untrusted.base, None, Some("198.51.100.2"))
            .await
            .status(),
        StatusCode::TOO_MANY_REQUESTS
    );

    let trusted = start(|c| {
        c.rate_limit.api_per_address = 1;
        c.server.trusted_proxies = vec!["127.0.0.0/8".parse().unwrap()];
    })
    .await;
    for client in ["198.51.100.1", "198.51.100.2"] {
        assert_eq!(
            get(&trusted.base, None, Some(client)).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        get(&trusted.base, None, Some("198.51.100.1"))
            .await
            .status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn disabled_limits_count_nothing() {
    let server = start(|c| {
        c.rate_limit.enabled = false;
        c.rate_limit.api_per_address = 1;
    })
    .await;
    for _ in 0..3 {
        let resp = get(&server.base, None, None).await;
        assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
        assert!(!resp.headers().contains_key("ratelimit"));
    }
}
