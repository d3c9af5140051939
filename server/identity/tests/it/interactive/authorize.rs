//! `/oauth/v2/authorize`: every parameter and error path.

use axum::http::{StatusCode, header};
use ws_identity::secrets::digest;
use ws_storage::ConsumeCodeOutcome;

use super::fixture::*;

fn assert_error_page(r: &Resp, needle: &str) {
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.headers.get(header::LOCATION).is_none(),
        "must not redirect"
    );
    assert!(
        r.body.contains(needle),
        "page should say {needle:?}: {}",
        r.body
    );
}

fn assert_error_redirect(r: &Resp, code: &str, description_part: &str) {
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);
    let loc = r.location();
    assert_eq!(loc.host_str(), Some("127.0.0.1"));
    assert_eq!(loc.path(), "/callback");
    assert_eq!(r.loc_param("error").as_deref(), Some(code));
    let d = r.loc_param("error_description").unwrap();
    assert!(d.contains(description_part), "{d}");
    assert_eq!(r.loc_param("state").as_deref(), Some("st-1"));
    assert_eq!(r.loc_param("iss").as_deref(), Some(ISSUER));
    assert_eq!(r.loc_param("code"), None);
}

#[tokio::test]
async fn unknown_or_missing_client_is_an_error_page_never_a_redirect() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let r = c.get(&authorize_url(&[("client_id", "nope")])).await;
    assert_error_page(&r, "Unknown application");
    let r = c.get(&authorize_url(&[("client_id", API)])).await;
    assert_error_page(&r, "Unknown application");
    let r = c.get(&authorize_url(&[("client_id", "")])).await;
    assert_error_page(&r, "no client_id");
}

#[tokio::test]
async fn redirect_uri_mismatch_is_an_error_page() {
    let f = Fixture::new().await;
    let mut c = f.client();
    for uri in [
        "https://evil.example/callback",
        "http://127.0.0.1:5000/other",
        "http://localhost:7778/cb",
        "http://127.0.0.1:5000/callback#frag",
    ] {
        let r = c.get(&authorize_url(&[("redirect_uri", uri)])).await;
        assert_error_page(&r, "not registered");
    }
    let r = c.get(&authorize_url(&[("redirect_uri", "")])).await;
    assert_error_page(&r, "no redirect_uri");
}

#[tokio::test]
async fn loopback_ip_redirects_match_on_any_port_localhost_exactly() {
    let f = Fixture::new().await;
    let mut c = f.client();
    for uri in [
        "http://127.0.0.1:1/callback",
        "http://127.0.0.1:65000/callback",
        "http://[::1]:40000/callback",
        "http://localhost:7777/cb",
    ] {
        let r = c.get(&authorize_url(&[("redirect_uri", uri)])).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.body);
        assert!(r.body.contains("action=\"/ui/login\""));
    }
}

#[tokio::test]
async fn parameter_errors_redirect_with_state_and_iss() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let cases: &[(Fields, &str, &str)] = &[
        (
            &[("response_type", "token")],
            "unsupported_response_type",
            "`token`",
        ),
        (&[("response_type", "")], "invalid_request", "response_type"),
        (&[("scope", "profile email")], "invalid_scope", "openid"),
        (&[("scope", "")], "invalid_scope", "required"),
        (&[("scope", "openid bogus")], "invalid_scope", "`bogus`"),
        (
            &[("code_challenge_method", "plain")],
            "invalid_request",
            "S256",
        ),
        (&[("code_challenge_method", "")], "invalid_request", "S256"),
        (
            &[("code_challenge", ""), ("code_challenge_method", "")],
            "invalid_request",
            "PKCE is required",
        ),
        (
            &[("code_challenge", "short")],
            "invalid_request",
            "43-character",
        ),
        (&[("prompt", "bogus")], "invalid_request", "`bogus`"),
        (&[("prompt", "none login")], "invalid_request", "none"),
        (&[("max_age", "-5")], "invalid_request", "max_age"),
        (
            &[("response_mode", "fragment")],
            "invalid_request",
            "response_mode",
        ),
        (
            &[("request", "eyJ")],
            "request_not_supported",
            "request objects",
        ),
    ];
    for (extra, code, desc) in cases {
        let r = c.get(&authorize_url(extra)).await;
        assert_error_redirect(&r, code, desc);
    }
    let r = c.get(&authorize_url(&[("client_id", NO_DEVICE)])).await;
    assert_error_redirect(&r, "unauthorized_client", "authorization code");
}

#[tokio::test]
async fn repeated_parameter_is_refused() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let url = format!("{}&state=again", authorize_url(&[]));
    let r = c.get(&url).await;
    assert_error_page(&r, "`state` must not be repeated");
}

#[tokio::test]
async fn prompt_none_without_session_is_login_required() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert_error_redirect(&r, "login_required", "not signed in");
}

#[tokio::test]
async fn confidential_client_may_omit_pkce_and_post_works() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let body = serde_urlencoded::to_string([
        ("client_id", WEB),
        ("redirect_uri", "https://app.example/cb"),
        ("response_type", "code"),
        ("scope", "openid"),
    ])
    .unwrap();
    let r = c
        .send(axum::http::Method::POST, "/oauth/v2/authorize", Some(body))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("to continue to web-app app"));
}

#[tokio::test]
async fn login_page_is_escaped_prefilled_and_locked_down() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let r = c
        .get(&authorize_url(&[(
            "login_hint",
            "<script>alert(1)</script>",
        )]))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("<script>"));
    assert!(
        r.body
            .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
    );
    let csp = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"));
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
    let set = r.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(
        set.starts_with("ws_csrf=") && set.contains("HttpOnly") && set.contains("SameSite=Lax")
    );
}

#[tokio::test]
async fn sign_in_issues_a_stored_code_and_redirects() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let page = c.get(&authorize_url(&[("login_hint", "alice")])).await;
    assert!(page.body.contains("value=\"alice\""));
    let r = sign_in(&mut c, &page, "alice", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);
    assert_eq!(r.location().port(), Some(45678));
    assert_eq!(r.loc_param("state").as_deref(), Some("st-1"));
    assert_eq!(r.loc_param("iss").as_deref(), Some(ISSUER));
    let session_cookie = r
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("ws_session="))
        .expect("session cookie");
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(session_cookie.contains(attr), "{session_cookie}");
    }
    let code = r.loc_param("code").unwrap();
    let stored = f
        .state
        .store
        .oidc
        .consume_auth_code(&digest(&code), NOW + 1)
        .await
        .unwrap();
    let ConsumeCodeOutcome::Consumed(ac) = stored else {
        panic!("{stored:?}")
    };
    assert_eq!(ac.client_id, NATIVE);
    assert_eq!(ac.user_id, f.alice_id);
    assert_eq!(ac.redirect_uri, "http://127.0.0.1:45678/callback");
    assert_eq!(ac.scopes, vec!["openid", "profile"]);
    assert_eq!(ac.nonce.as_deref(), Some("n-1"));
    assert_eq!(ac.code_challenge.as_deref(), Some(CHALLENGE));
    assert_eq!(ac.code_challenge_method.as_deref(), Some("S256"));
    assert_eq!(ac.auth_time, NOW);
    assert_eq!(ac.expires_at, NOW + 600);
}

#[tokio::test]
async fn session_skips_login_unless_prompt_login_or_max_age() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let page = c.get(&authorize_url(&[])).await;
    let r = sign_in(&mut c, &page, "alice", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FOUND);

    let r = c.get(&authorize_url(&[("state", "st-2")])).await;
    assert_eq!(
        r.status,
        StatusCode::FOUND,
        "existing session answers directly"
    );
    assert!(r.loc_param("code").is_some());
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert!(r.loc_param("code").is_some());

    let r = c.get(&authorize_url(&[("prompt", "login")])).await;
    assert_eq!(r.status, StatusCode::OK, "prompt=login forces the form");
    assert!(r.body.contains("action=\"/ui/login\""));

    f.clock.advance(std::time::Duration::from_secs(120));
    let r = c.get(&authorize_url(&[("max_age", "60")])).await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "auth older than max_age forces the form"
    );
    let r = c
        .get(&authorize_url(&[("max_age", "60"), ("prompt", "none")]))
        .await;
    assert_eq!(r.loc_param("error").as_deref(), Some("login_required"));
    let r = c.get(&authorize_url(&[("max_age", "600")])).await;
    assert!(r.loc_param("code").is_some());
}

#[tokio::test]
async fn expired_session_asks_to_sign_in_again() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let page = c.get(&authorize_url(&[])).await;
    assert_eq!(
        sign_in(&mut c, &page, "alice", PASSWORD).await.status,
        StatusCode::FOUND
    );
    f.clock
        .advance(std::time::Duration::from_secs(12 * 3600 + 1));
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert_eq!(r.loc_param("error").as_deref(), Some("login_required"));
    let r = c.get(&authorize_url(&[])).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("action=\"/ui/login\""));
}
