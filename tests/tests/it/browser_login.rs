//! A real Chromium on the provider's HTML pages, against the real `ws-server` with
//! the demo tenants: sign in through `/oauth/v2/authorize` and land on a loopback
//! redirect served here, approve a device on `/device`, and see the error message of
//! a wrong password. Codes and device codes are then redeemed at the token endpoint.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Query, State};
use axum::response::Html;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use fantoccini::Locator;
use serde_json::Value;
use sha2::{Digest, Sha256};
use ws_tests::TestServer;
use ws_tests::browser::Browser;

pub(crate) type Captured = Arc<Mutex<Option<Vec<(String, String)>>>>;

/// A loopback "native app" redirect target that records the query it receives.
pub(crate) async fn capture_server() -> (u16, Captured) {
    let captured: Captured = Arc::default();
    let app = axum::Router::new()
        .route(
            "/callback",
            axum::routing::get(
                |State(c): State<Captured>, Query(q): Query<Vec<(String, String)>>| async move {
                    *c.lock().unwrap() = Some(q);
                    Html("<h1 id=\"done\">Signed in. You can close this window.</h1>")
                },
            ),
        )
        .with_state(captured.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (port, captured)
}

fn demo_user(server: &TestServer, name: &str) -> (String, String) {
    let users = server.demo_credentials.as_ref().expect("demo credentials")["users"]
        .as_array()
        .unwrap()
        .clone();
    let u = users
        .iter()
        .find(|u| u["username"] == name)
        .expect("demo user");
    (
        u["username"].as_str().unwrap().to_owned(),
        u["password"].as_str().unwrap().to_owned(),
    )
}

fn cli_client_id(server: &TestServer) -> String {
    server.bootstrap["cli_client_id"]
        .as_str()
        .expect("cli_client_id")
        .to_owned()
}

async fn token_request(server: &TestServer, form: &[(&str, &str)]) -> (u16, Value) {
    let r = server
        .client()
        .post(server.url("/oauth/v2/token"))
        .form(form)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chromium_signs_in_and_the_code_is_redeemed() {
    let server = TestServer::start_demo().await;
    let (port, captured) = capture_server().await;
    let (user, password) = demo_user(&server, "alice");
    let client_id = cli_client_id(&server);
    let verifier = "chromium-test-verifier-0123456789-abcdefghijklmnop";
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let redirect_uri = format!("http://127.0.0.1:{port}/callback");
    let query = serde_urlencoded::to_string([
        ("client_id", client_id.as_str()),
        ("redirect_uri", &redirect_uri),
        ("response_type", "code"),
        ("scope", "openid profile email"),
        ("state", "browser-state"),
        ("nonce", "browser-nonce"),
        ("code_challenge", &challenge),
        ("code_challenge_method", "S256"),
        ("login_hint", &user),
    ])
    .unwrap();

    let browser = Browser::start().await.unwrap();
    let c = browser.client();
    c.goto(&server.url(&format!("/oauth/v2/authorize?{query}")))
        .await
        .unwrap();
    assert_eq!(c.title().await.unwrap(), "Sign in");
    let prefilled = c
        .find(Locator::Id("username"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(
        prefilled.as_deref(),
        Some(user.as_str()),
        "login_hint prefills the username"
    );
    c.find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(&password)
        .await
        .unwrap();
    c.find(Locator::Id("submit"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for("#done").await.unwrap();
    assert_eq!(c.current_url().await.unwrap().port(), Some(port));
    browser.quit().await;

    let q = captured
        .lock()
        .unwrap()
        .clone()
        .expect("redirect reached the app");
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    assert_eq!(get("state").as_deref(), Some("browser-state"));
    assert_eq!(get("iss").as_deref(), Some(server.base_url.as_str()));
    let code = get("code").expect("code");

    let (status, tokens) = token_request(
        &server,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", &redirect_uri),
            ("client_id", &client_id),
            ("code_verifier", verifier),
        ],
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    assert!(tokens["access_token"].is_string());
    assert!(tokens["id_token"].is_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chromium_approves_a_device_and_the_poller_gets_tokens() {
    let server = TestServer::start_demo().await;
    let (user, password) = demo_user(&server, "bob");
    let client_id = cli_client_id(&server);
    let auth: Value = server
        .client()
        .post(server.url("/oauth/v2/device_authorization"))
        .form(&[
            ("client_id", client_id.as_str()),
            ("scope", "openid profile offline_access"),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let device_code = auth["device_code"]
        .as_str()
        .expect("device_code")
        .to_owned();
    let user_code = auth["user_code"].as_str().unwrap().to_owned();
    let (status, pending) = token_request(
        &server,
        &[
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("device_code", &device_code),
            ("client_id", &client_id),
        ],
    )
    .await;
    assert_eq!(
        (status, pending["error"].as_str()),
        (400, Some("authorization_pending"))
    );

    let browser = Browser::start().await.unwrap();
    let c = browser.client();
    // The person types the code by hand, in lower case and without the dash.
    c.goto(&server.url("/device")).await.unwrap();
    let typed = user_code.replace('-', "").to_lowercase();
    browser
        .wait_for("#user_code")
        .await
        .unwrap()
        .send_keys(&typed)
        .await
        .unwrap();
    c.find(Locator::Id("submit"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.sign_in(&user, &password).await.unwrap();
    let approve = browser.wait_for("#approve").await.unwrap();
    let shown = c
        .find(Locator::Id("code"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(shown, user_code);
    let scopes = c
        .find(Locator::Id("scopes"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(scopes.contains("offline_access"), "{scopes}");
    approve.click().await.unwrap();
    browser
        .wait_for_heading("Device connected")
        .await
        .expect("approving shows the confirmation page");
    browser.quit().await;

    // The poll interval has not passed since the first poll; wait it out.
    tokio::time::sleep(Duration::from_secs(auth["interval"].as_u64().unwrap_or(5))).await;
    let (status, tokens) = token_request(
        &server,
        &[
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("device_code", &device_code),
            ("client_id", &client_id),
        ],
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    assert!(tokens["access_token"].is_string());
    assert!(
        tokens["refresh_token"].is_string(),
        "offline_access was approved"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chromium_shows_the_error_for_a_wrong_password() {
    let server = TestServer::start_demo().await;
    let (user, _) = demo_user(&server, "alice");
    let browser = Browser::start().await.unwrap();
    let c = browser.client();
    c.goto(&server.url("/ui/login")).await.unwrap();
    browser
        .sign_in(&user, "definitely-not-the-password")
        .await
        .unwrap();
    let error = browser
        .wait_for("#error")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(error, "The username or password is incorrect.");
    assert_eq!(
        c.find(Locator::Css("[role=alert]"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        error
    );
    let kept = c
        .find(Locator::Id("username"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some(user.as_str()), "the username is kept");
    let cookies = c.get_all_cookies().await.unwrap();
    assert!(
        cookies.iter().all(|k| k.name() != "ws_session"),
        "no session after a failure"
    );
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn harness_helpers_approve_a_device_for_another_test() {
    let server = TestServer::start_demo().await;
    let (user, password) = demo_user(&server, "dave");
    let client_id = cli_client_id(&server);
    let auth: Value = server
        .client()
        .post(server.url("/oauth/v2/device_authorization"))
        .form(&[("client_id", client_id.as_str()), ("scope", "openid")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let browser = Browser::start().await.unwrap();
    browser
        .approve_device(
            auth["verification_uri_complete"].as_str().unwrap(),
            &user,
            &password,
        )
        .await
        .unwrap();
    browser.quit().await;
    let device_code = auth["device_code"].as_str().unwrap();
    let (status, tokens) = token_request(
        &server,
        &[
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("device_code", device_code),
            ("client_id", &client_id),
        ],
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    assert!(tokens["id_token"].is_string());
}
