//! The TOTP second factor through a real Chromium against the real `ws-server` with
//! the demo tenants: an administrator registers an authenticator for a user over
//! UserService v2, the codes are computed here with totp-rs, and the user signs in
//! through `/oauth/v2/authorize` and through the device flow's `/device` page. A wrong
//! code is refused, a recovery code works once, and the ID token of both flows carries
//! `amr` `["pwd", "otp", "mfa"]`, as ZITADEL issues it.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use fantoccini::Locator;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use ws_identity::interactive::second_factor_page::INVALID_CODE;
use ws_tests::TestServer;
use ws_tests::browser::Browser;
use ws_tests::login::demo_password;

use crate::browser_login::{Captured, capture_server};

const USERS: &str = "/zitadel.user.v2.UserService";
const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
const STEP_SECS: u64 = 30;

/// A TOTP authenticator registered and verified for one demo user, with its recovery
/// codes.
struct Enrolled {
    totp: totp_rs::Totp,
    recovery: Vec<String>,
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

async fn call(server: &TestServer, method: &str, body: Value) -> Value {
    let r = server
        .client()
        .post(server.url(&format!("{USERS}/{method}")))
        .bearer_auth(&server.admin_pat)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = r.status();
    let body: Value = r.json().await.unwrap();
    assert!(status.is_success(), "{method}: {status} {body}");
    body
}

async fn user_id(server: &TestServer, login: &str) -> String {
    let store = server.store().await;
    let user = store.users.find_user_by_login(login).await.unwrap();
    user.expect("demo user").id
}

/// Registers and verifies a TOTP authenticator for `login` and generates its
/// recovery codes, as an administrator would.
async fn enrol(server: &TestServer, login: &str) -> Enrolled {
    let id = user_id(server, login).await;
    let registered = call(server, "RegisterTOTP", json!({"userId": id})).await;
    let uri = registered["uri"].as_str().expect("otpauth uri");
    let totp = totp_rs::Totp::from_url(uri).unwrap();
    let code = totp.generate(unix_now()).to_string();
    call(
        server,
        "VerifyTOTPRegistration",
        json!({"userId": id, "code": code}),
    )
    .await;
    let codes = call(server, "GenerateRecoveryCodes", json!({"userId": id})).await;
    let recovery = codes["recoveryCodes"]
        .as_array()
        .expect("recovery codes")
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    Enrolled { totp, recovery }
}

impl Enrolled {
    /// A code for the step after the current one: inside the tolerated drift, and
    /// newer than the step the registration was verified with, which is spent.
    fn next_code(&self) -> String {
        self.totp.generate(unix_now() + STEP_SECS).to_string()
    }

    /// Six digits that no step within the tolerated drift of now produces.
    fn wrong_code(&self) -> String {
        let now = unix_now();
        let valid: Vec<String> = (0..4)
            .map(|i| {
                self.totp
                    .generate(now + i * STEP_SECS - STEP_SECS)
                    .to_string()
            })
            .collect();
        (0..)
            .map(|n: u32| format!("{:06}", (n * 7919) % 1_000_000))
            .find(|c| !valid.contains(c))
            .unwrap()
    }
}

/// Signs in on the form the browser shows and waits for the second step.
async fn password_step(browser: &Browser, login: &str, password: &str) {
    browser.sign_in(login, password).await.unwrap();
    browser
        .wait_for_heading("Two-factor authentication")
        .await
        .expect("a verified authenticator asks for the second factor");
}

/// Types `code` on the second step and submits it.
async fn submit_code(browser: &Browser, code: &str) {
    let input = browser.wait_for("#code").await.unwrap();
    input.clear().await.unwrap();
    input.send_keys(code).await.unwrap();
    browser
        .client()
        .find(Locator::Id("submit"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// The alert the page shows now.
async fn alert_text(browser: &Browser) -> String {
    browser
        .wait_for("#error")
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The `amr` claim of an ID token (its signature is checked by the provider tests).
fn amr(id_token: &str) -> Value {
    let payload = id_token.split('.').nth(1).expect("a JWT");
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    claims["amr"].clone()
}

async fn token_request(server: &TestServer, form: &[(&str, &str)]) -> (u16, Value) {
    let r = server
        .client()
        .post(server.url("/oauth/v2/token"))
        .form(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

/// The authorization URL of the CLI app, redirecting to the loopback `port`; every
/// visit asks for a fresh sign-in.
fn authorize_url(server: &TestServer, port: u16, challenge: &str) -> String {
    let client_id = server.bootstrap["cli_client_id"].as_str().unwrap();
    let query = serde_urlencoded::to_string([
        ("client_id", client_id),
        ("redirect_uri", &format!("http://127.0.0.1:{port}/callback")),
        ("response_type", "code"),
        ("scope", "openid profile"),
        ("state", "mfa-state"),
        ("nonce", "mfa-nonce"),
        ("code_challenge", challenge),
        ("code_challenge_method", "S256"),
        ("prompt", "login"),
    ])
    .unwrap();
    server.url(&format!("/oauth/v2/authorize?{query}"))
}

/// Waits until the browser reached the app's redirect and returns the code it got.
async fn redirected_code(browser: &Browser, captured: &Captured) -> String {
    browser
        .wait_for("#done")
        .await
        .expect("the sign-in redirects to the app");
    let query = captured
        .lock()
        .unwrap()
        .take()
        .expect("a captured redirect");
    query
        .into_iter()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v)
        .expect("an authorization code")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chromium_second_factor_with_recovery_code_once_and_amr_in_the_id_token() {
    let server = TestServer::start_demo().await;
    let factor = enrol(&server, "alice").await;
    let password = demo_password(&server, "alice");
    let verifier = "mfa-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let (port, captured) = capture_server().await;
    let url = authorize_url(&server, port, &challenge);
    let browser = Browser::start().await.unwrap();
    let c = browser.client();

    // The right password alone leads to the second step, where a wrong code is refused.
    c.goto(&url).await.unwrap();
    password_step(&browser, "alice", &password).await;
    submit_code(&browser, &factor.wrong_code()).await;
    assert_eq!(alert_text(&browser).await, INVALID_CODE);
    let cookies = c.get_all_cookies().await.unwrap();
    assert!(
        cookies.iter().all(|k| k.name() != "ws_session"),
        "no session without the second factor"
    );

    // A recovery code signs in, and the ID token names password and OTP.
    submit_code(&browser, &factor.recovery[0]).await;
    let code = redirected_code(&browser, &captured).await;
    let client_id = server.bootstrap["cli_client_id"].as_str().unwrap();
    let (status, tokens) = token_request(
        &server,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", &format!("http://127.0.0.1:{port}/callback")),
            ("client_id", client_id),
            ("code_verifier", verifier),
        ],
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    assert_eq!(
        amr(tokens["id_token"].as_str().unwrap()),
        json!(["pwd", "otp", "mfa"])
    );

    // The same recovery code is spent; a code from the authenticator still works.
    c.goto(&url).await.unwrap();
    password_step(&browser, "alice", &password).await;
    submit_code(&browser, &factor.recovery[0]).await;
    assert_eq!(alert_text(&browser).await, INVALID_CODE);
    submit_code(&browser, &factor.next_code()).await;
    redirected_code(&browser, &captured).await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chromium_device_approval_asks_the_second_factor_and_tokens_carry_its_amr() {
    let server = TestServer::start_demo().await;
    let factor = enrol(&server, "bob").await;
    let password = demo_password(&server, "bob");
    let client_id = server.bootstrap["cli_client_id"].as_str().unwrap();
    let (status, auth) = {
        let r = server
            .client()
            .post(server.url("/oauth/v2/device_authorization"))
            .form(&[("client_id", client_id), ("scope", "openid profile")])
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.json::<Value>().await.unwrap())
    };
    assert_eq!(status, 200, "{auth}");
    let device_code = auth["device_code"].as_str().unwrap();
    let poll = [
        ("grant_type", DEVICE_GRANT),
        ("device_code", device_code),
        ("client_id", client_id),
    ];

    let browser = Browser::start().await.unwrap();
    let c = browser.client();
    c.goto(auth["verification_uri_complete"].as_str().unwrap())
        .await
        .unwrap();
    browser.wait_for("#user_code").await.unwrap();
    c.find(Locator::Id("submit"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    password_step(&browser, "bob", &password).await;
    submit_code(&browser, &factor.wrong_code()).await;
    assert_eq!(alert_text(&browser).await, INVALID_CODE);
    let (status, pending) = token_request(&server, &poll).await;
    assert_eq!(
        (status, pending["error"].as_str()),
        (400, Some("authorization_pending")),
        "a wrong code approves nothing"
    );
    submit_code(&browser, &factor.next_code()).await;
    browser
        .wait_for("#approve")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for_heading("Device connected")
        .await
        .expect("approving shows the confirmation page");
    browser.quit().await;

    // The first poll above started the interval; wait it out once.
    tokio::time::sleep(Duration::from_secs(auth["interval"].as_u64().unwrap_or(5))).await;
    let (status, tokens) = token_request(&server, &poll).await;
    assert_eq!(status, 200, "{tokens}");
    assert_eq!(
        amr(tokens["id_token"].as_str().unwrap()),
        json!(["pwd", "otp", "mfa"]),
        "the device's tokens carry the methods of the approving sign-in"
    );
}
