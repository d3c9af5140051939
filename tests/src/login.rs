//! Real tokens from the real server without a browser: the authorization-code flow
//! with PKCE through `/oauth/v2/authorize` and the `/ui/login` form (cookies kept
//! by hand), then the code redeemed at the token endpoint — what `ws login` does,
//! minus the browser. Test support: failures panic with the server's answer.

use std::collections::HashMap;

use crate::TestServer;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;
use sha2::{Digest, Sha256};

const REDIRECT: &str = "http://127.0.0.1/callback";

/// The password of demo user `name`.
pub fn demo_password(server: &TestServer, name: &str) -> String {
    server.demo_credentials.as_ref().unwrap()["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == name)
        .unwrap()["password"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A browser-like client: no redirects, cookies remembered.
struct Browser {
    http: reqwest::Client,
    cookies: HashMap<String, String>,
}

impl Browser {
    async fn send(
        &mut self,
        req: reqwest::RequestBuilder,
    ) -> (reqwest::StatusCode, String, String) {
        let cookie: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let resp = req
            .header("cookie", cookie.join("; "))
            .send()
            .await
            .unwrap();
        for sc in resp.headers().get_all("set-cookie") {
            let sc = sc.to_str().unwrap();
            let pair = sc.split(';').next().unwrap();
            let (k, v) = pair.split_once('=').unwrap();
            self.cookies.insert(k.to_owned(), v.to_owned());
        }
        let status = resp.status();
        let location = resp
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (status, location, resp.text().await.unwrap())
    }
}

/// The value of the input `name` in an HTML `page` (panics when there is none).
pub fn input(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in page"))
        + marker.len();
    let end = start + page[start..].find('"').unwrap();
    page[start..end]
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Signs demo user `name` in at `base` (the server or a proxy in front of it) with
/// the `ws` CLI app and the scopes `openid profile`; returns the token response.
pub async fn sign_in(server: &TestServer, base: &str, name: &str) -> Value {
    sign_in_with_scope(server, base, name, "openid profile").await
}

/// Like [`sign_in`], asking for `scope` (space separated).
pub async fn sign_in_with_scope(server: &TestServer, base: &str, name: &str, scope: &str) -> Value {
    sign_in_keeping_session(server, base, name, scope).await.0
}

/// Like [`sign_in_with_scope`], also returning the browser's `Cookie` header (the
/// signed-in session), e.g. to sign out at `end_session`.
pub async fn sign_in_keeping_session(
    server: &TestServer,
    base: &str,
    name: &str,
    scope: &str,
) -> (Value, String) {
    sign_in_through(server, base, name, scope, &cli_client(server)).await
}

/// The demo's public `ws` client, with the redirect URI the tests use.
fn cli_client(server: &TestServer) -> LoginClient<'_> {
    LoginClient {
        client_id: server.bootstrap["cli_client_id"].as_str().unwrap(),
        redirect_uri: REDIRECT,
        secret: None,
    }
}

/// The OIDC client a test signs in through.
#[derive(Debug, Clone, Copy)]
pub struct LoginClient<'a> {
    /// Its client id.
    pub client_id: &'a str,
    /// A redirect URI registered for it.
    pub redirect_uri: &'a str,
    /// Its client secret (sent with Basic at the token endpoint), for confidential
    /// clients.
    pub secret: Option<&'a str>,
}

/// Signs demo user `name` in through `client` with `scope` (code flow with PKCE);
/// returns the token response and the browser's `Cookie` header.
pub async fn sign_in_through(
    server: &TestServer,
    base: &str,
    name: &str,
    scope: &str,
    client: &LoginClient<'_>,
) -> (Value, String) {
    let mut b = Browser {
        http: server.client(),
        cookies: HashMap::new(),
    };
    let password = demo_password(server, name);
    let (status, location, page) = b.password_form(base, scope, name, &password, client).await;
    assert_eq!(status, 302, "{page}");
    let code = url_param(&location, "code");
    let mut form = vec![
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", client.redirect_uri),
        ("code_verifier", VERIFIER),
    ];
    // A confidential client authenticates with Basic only; sending client_id in the
    // body as well is refused as two methods at once.
    if client.secret.is_none() {
        form.push(("client_id", client.client_id));
    }
    let mut token = b.http.post(format!("{base}/oauth/v2/token")).form(&form);
    if let Some(secret) = client.secret {
        token = token.basic_auth(client.client_id, Some(secret));
    }
    let tokens: Value = token.send().await.unwrap().json().await.unwrap();
    assert!(tokens["access_token"].is_string(), "{tokens}");
    let cookie: Vec<String> = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
    (tokens, cookie.join("; "))
}

const VERIFIER: &str = "auth-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

impl Browser {
    /// Opens the sign-in form of an authorization request for `scope` at `base` and
    /// submits `name` and `password`; returns the form's answer (status, Location, body).
    async fn password_form(
        &mut self,
        base: &str,
        scope: &str,
        name: &str,
        password: &str,
        client: &LoginClient<'_>,
    ) -> (reqwest::StatusCode, String, String) {
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(VERIFIER.as_bytes()));
        let query = serde_urlencoded::to_string([
            ("client_id", client.client_id),
            ("redirect_uri", client.redirect_uri),
            ("response_type", "code"),
            ("scope", scope),
            ("state", "s1"),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
        ])
        .unwrap();
        let (status, _, page) = self
            .send(self.http.get(format!("{base}/oauth/v2/authorize?{query}")))
            .await;
        assert_eq!(status, 200, "{page}");
        let form = [
            ("csrf", input(&page, "csrf")),
            ("authorize", input(&page, "authorize")),
            ("username", name.to_owned()),
            ("password", password.to_owned()),
        ];
        self.send(self.http.post(format!("{base}/ui/login")).form(&form))
            .await
    }
}

/// One sign-in attempt through the form at `base` with `http` (e.g. a client bound to
/// a chosen source address), in a fresh browser: the answer's status (302 signed in,
/// 401 wrong password, 429 throttled, ...).
pub async fn password_attempt(
    server: &TestServer,
    http: reqwest::Client,
    base: &str,
    name: &str,
    password: &str,
) -> reqwest::StatusCode {
    let mut b = Browser {
        http,
        cookies: HashMap::new(),
    };
    b.password_form(base, "openid", name, password, &cli_client(server))
        .await
        .0
}

fn url_param(url: &str, name: &str) -> String {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap();
    pairs
        .into_iter()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("no {name} in {url}"))
        .1
}

/// The access token of demo user `name`.
pub async fn access_token(server: &TestServer, base: &str, name: &str) -> String {
    sign_in(server, base, name).await["access_token"]
        .as_str()
        .unwrap()
        .to_owned()
}
