//! The device flow: issuance, the `/device` page, approve/deny/expiry, brute force.

use std::time::Duration;

use axum::http::{StatusCode, header};
use ws_identity::interactive::device_page::INVALID_CODE;
use ws_identity::secrets::digest;
use ws_storage::DeviceStatus;

use super::fixture::*;

async fn issue(c: &mut Client, form: &[(&str, &str)]) -> Resp {
    c.post_form("/oauth/v2/device_authorization", form).await
}

async fn status_of(f: &Fixture, device_code: &str) -> DeviceStatus {
    let rec = f
        .state
        .store
        .oidc
        .poll_device_code(&digest(device_code), f.state.clock.now())
        .await
        .unwrap()
        .expect("device code stored");
    rec.status
}

/// Issues codes and returns (device_code, user_code as shown).
async fn start(f: &Fixture) -> (String, String) {
    let mut c = f.client();
    let r = issue(
        &mut c,
        &[
            ("client_id", NATIVE),
            ("scope", "openid profile offline_access"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    (
        j["device_code"].as_str().unwrap().to_owned(),
        j["user_code"].as_str().unwrap().to_owned(),
    )
}

#[tokio::test]
async fn device_authorization_issues_codes() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let r = issue(
        &mut c,
        &[("client_id", NATIVE), ("scope", "openid profile")],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
    let j = r.json();
    let user_code = j["user_code"].as_str().unwrap();
    assert_eq!(user_code.len(), 9);
    assert_eq!(&user_code[4..5], "-");
    assert!(
        user_code
            .replace('-', "")
            .bytes()
            .all(|b| b"BCDFGHJKLMNPQRSTVWXZ".contains(&b))
    );
    assert_eq!(j["verification_uri"], format!("{ISSUER}/device"));
    assert_eq!(
        j["verification_uri_complete"],
        format!("{ISSUER}/device?user_code={user_code}")
    );
    assert_eq!(j["expires_in"], 300);
    assert_eq!(j["interval"], 5);
    let device_code = j["device_code"].as_str().unwrap();
    assert!(device_code.len() >= 43);
    assert_eq!(status_of(&f, device_code).await, DeviceStatus::Pending);
}

#[tokio::test]
async fn device_authorization_errors() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let cases: &[(Fields, StatusCode, &str)] = &[
        (
            &[("scope", "openid")],
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
        (
            &[("client_id", "nope"), ("scope", "openid")],
            StatusCode::UNAUTHORIZED,
            "invalid_client",
        ),
        (
            &[("client_id", NO_DEVICE), ("scope", "openid")],
            StatusCode::BAD_REQUEST,
            "unauthorized_client",
        ),
        (
            &[("client_id", WEB), ("scope", "openid")],
            StatusCode::BAD_REQUEST,
            "unauthorized_client",
        ),
        (
            &[("client_id", NATIVE), ("scope", "email")],
            StatusCode::BAD_REQUEST,
            "invalid_scope",
        ),
        (
            &[("client_id", NATIVE)],
            StatusCode::BAD_REQUEST,
            "invalid_scope",
        ),
    ];
    for (form, status, code) in cases {
        let r = issue(&mut c, form).await;
        assert_eq!(r.status, *status, "{form:?}: {}", r.body);
        assert_eq!(r.json()["error"], *code, "{form:?}");
        assert!(r.json()["error_description"].as_str().unwrap().len() > 10);
    }
}

/// The code form submitted with `typed`: the sign-in page that follows.
async fn device_sign_in_page(c: &mut Client, typed: &str) -> Resp {
    let entry = c.get("/device").await;
    assert_eq!(entry.status, StatusCode::OK);
    let r = c
        .post_form("/device", &[("csrf", &entry.csrf()), ("user_code", typed)])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body.contains("action=\"/ui/login\""),
        "asks to sign in first"
    );
    r
}

/// Signs `username` in on the device flow's sign-in `page` and follows to consent.
async fn sign_in_to_consent(c: &mut Client, page: &Resp, username: &str) -> Resp {
    let r = sign_in(c, page, username, PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let next = r.location();
    assert_eq!(next.path(), "/device");
    let r = c.get(&format!("/device?{}", next.query().unwrap())).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r
}

/// Walks the page as a person would: code form, sign-in, consent.
async fn reach_consent(f: &Fixture, c: &mut Client, typed: &str) -> Resp {
    let page = device_sign_in_page(c, typed).await;
    let _ = f;
    sign_in_to_consent(c, &page, "alice").await
}

/// Approves `user_code` on its `consent` page.
async fn approve(c: &mut Client, consent: &Resp, user_code: &str) -> Resp {
    c.post_form(
        "/device/consent",
        &[
            ("csrf", &consent.csrf()),
            ("user_code", user_code),
            ("action", "approve"),
        ],
    )
    .await
}

#[tokio::test]
async fn device_sign_in_throttle_is_per_account_and_address() {
    let f = Fixture::new().await;
    let bob = f.add_user("bob").await;
    let (first_device, first_code) = start(&f).await;
    let (second_device, second_code) = start(&f).await;

    // Wrong passwords for alice on the device page's sign-in form, from one address.
    let mut noisy = f.client();
    noisy.peer = Some("198.51.100.7:40000".parse().unwrap());
    let page = device_sign_in_page(&mut noisy, &first_code).await;
    for _ in 0..10 {
        let r = sign_in(&mut noisy, &page, "alice", "guess").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    }
    let r = sign_in(&mut noisy, &page, "alice", PASSWORD).await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "this address waits"
    );

    // Another user behind the same address signs in and approves the device.
    let consent = sign_in_to_consent(&mut noisy, &page, "bob").await;
    let r = approve(&mut noisy, &consent, &first_code).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        status_of(&f, &first_device).await,
        DeviceStatus::Approved {
            user_id: bob,
            auth_time: NOW,
            amr: vec!["pwd".to_owned()],
        }
    );

    // Alice's right password from another address is not refused.
    let mut own = f.client();
    own.peer = Some("198.51.100.8:40000".parse().unwrap());
    let page = device_sign_in_page(&mut own, &second_code).await;
    let consent = sign_in_to_consent(&mut own, &page, "alice").await;
    let r = approve(&mut own, &consent, &second_code).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        status_of(&f, &second_device).await,
        DeviceStatus::Approved {
            user_id: f.alice_id.clone(),
            auth_time: NOW,
            amr: vec!["pwd".to_owned()],
        }
    );
}

#[tokio::test]
async fn approve_records_the_user_for_the_token_endpoint() {
    let f = Fixture::new().await;
    let (device_code, user_code) = start(&f).await;
    let mut c = f.client();
    // Typed in lower case without the dash: still matches.
    let consent = reach_consent(&f, &mut c, &user_code.replace('-', "").to_lowercase()).await;
    assert!(consent.body.contains("ws-cli app"));
    assert!(consent.body.contains("offline_access"));
    assert!(consent.body.contains(&user_code));
    let r = c
        .post_form(
            "/device/consent",
            &[
                ("csrf", &consent.csrf()),
                ("user_code", &user_code),
                ("action", "approve"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Device connected"));
    assert_eq!(
        status_of(&f, &device_code).await,
        DeviceStatus::Approved {
            user_id: f.alice_id.clone(),
            auth_time: NOW,
            amr: vec!["pwd".to_owned()],
        }
    );
    // A decided code cannot be decided again.
    let r = c
        .post_form(
            "/device/consent",
            &[
                ("csrf", &consent.csrf()),
                ("user_code", &user_code),
                ("action", "deny"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(matches!(
        status_of(&f, &device_code).await,
        DeviceStatus::Approved { .. }
    ));
}

#[tokio::test]
async fn deny_is_recorded_and_consent_needs_csrf() {
    let f = Fixture::new().await;
    let (device_code, user_code) = start(&f).await;
    let mut c = f.client();
    let consent = reach_consent(&f, &mut c, &user_code).await;
    let r = c
        .post_form(
            "/device/consent",
            &[("user_code", &user_code), ("action", "approve")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A login-form token is not valid for the consent form.
    let login_token = c.get("/ui/login").await.csrf();
    let r = c
        .post_form(
            "/device/consent",
            &[
                ("csrf", &login_token),
                ("user_code", &user_code),
                ("action", "approve"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(status_of(&f, &device_code).await, DeviceStatus::Pending);

    let r = c
        .post_form(
            "/device/consent",
            &[
                ("csrf", &consent.csrf()),
                ("user_code", &user_code),
                ("action", "deny"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Request denied"));
    assert_eq!(status_of(&f, &device_code).await, DeviceStatus::Denied);
}

#[tokio::test]
async fn expired_codes_are_refused() {
    let f = Fixture::new().await;
    let (device_code, user_code) = start(&f).await;
    let mut c = f.client();
    let consent = reach_consent(&f, &mut c, &user_code).await;
    f.clock.advance(Duration::from_secs(301));
    let r = c
        .post_form(
            "/device/consent",
            &[
                ("csrf", &consent.csrf()),
                ("user_code", &user_code),
                ("action", "approve"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains(INVALID_CODE));
    assert_eq!(status_of(&f, &device_code).await, DeviceStatus::Pending);
}

#[tokio::test]
async fn prefilled_code_is_shown_escaped() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let r = c.get("/device?user_code=BCDF-GHJK").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("value=\"BCDF-GHJK\""));
    let r = c.get("/device?user_code=%22%3E%3Cb%3E").await;
    assert!(r.body.contains("value=\"&quot;&gt;&lt;b&gt;\""));
}

#[tokio::test]
async fn guessing_user_codes_is_rate_limited() {
    let f = Fixture::new().await;
    let (_, user_code) = start(&f).await;
    let mut c = f.client();
    let entry = c.get("/device").await;
    let csrf = entry.csrf();
    for guess in [
        "BBBB-BBBB",
        "nonsense",
        "CCCC-CCCC",
        "DDDD-DDDD",
        "FFFF-FFFF",
        "GGGG-GGGG",
        "HHHH-HHHH",
        "JJJJ-JJJJ",
        "KKKK-KKKK",
        "LLLL-LLLL",
    ] {
        let r = c
            .post_form("/device", &[("csrf", &csrf), ("user_code", guess)])
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{guess}");
        assert!(r.body.contains(INVALID_CODE));
    }
    let r = c
        .post_form("/device", &[("csrf", &csrf), ("user_code", &user_code)])
        .await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right code waits"
    );
    assert!(r.headers.contains_key(header::RETRY_AFTER));
    let r = c.get(&format!("/device?user_code={user_code}")).await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "the plain form does not look codes up"
    );

    f.clock.advance(Duration::from_secs(10 * 60));
    let (_, fresh) = start(&f).await;
    let r = c
        .post_form("/device", &[("csrf", &csrf), ("user_code", &fresh)])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

#[tokio::test]
async fn code_form_and_consent_reject_bad_submissions() {
    let f = Fixture::new().await;
    let (device_code, user_code) = start(&f).await;
    let mut c = f.client();
    let r = c.post_form("/device", &[("user_code", &user_code)]).await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "code form needs its CSRF token"
    );
    let entry = c.get("/device").await;
    let r = c
        .post_form(
            "/device/consent",
            &[
                ("csrf", &entry.csrf()),
                ("user_code", &user_code),
                ("action", "approve"),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "a code-form token is not a consent token"
    );

    let consent = reach_consent(&f, &mut c, &user_code).await;
    let r = c
        .post_form(
            "/device/consent",
            &[
                ("csrf", &consent.csrf()),
                ("user_code", &user_code),
                ("action", "maybe"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("Approve or Deny"));

    // Signed out between the pages: the consent form asks to sign in again.
    let mut stranger = f.client();
    stranger.cookies.clone_from(&c.cookies);
    stranger.cookies.remove("ws_session");
    let r = stranger
        .post_form(
            "/device/consent",
            &[
                ("csrf", &consent.csrf()),
                ("user_code", &user_code),
                ("action", "approve"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("action=\"/ui/login\""));
    assert_eq!(status_of(&f, &device_code).await, DeviceStatus::Pending);
}

#[tokio::test]
async fn signed_in_browser_with_code_link_goes_straight_to_consent() {
    let f = Fixture::new().await;
    let mut c = f.client();
    let page = c.get("/ui/login").await;
    assert_eq!(
        sign_in(&mut c, &page, "alice", PASSWORD).await.status,
        StatusCode::OK
    );
    let (_, user_code) = start(&f).await;
    let r = c.get(&format!("/device?user_code={user_code}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("id=\"approve\""), "{}", r.body);
}
