//! A seeded identity state on a temp SQLite file, and a cookie-keeping client that
//! sends requests to the router like a browser would.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use tempfile::TempDir;
use tower::ServiceExt;
use url::Url;
use ws_identity::password::hash_password;
use ws_identity::secrets::digest;
use ws_identity::state::ManualClock;
use ws_identity::{IdentityConfig, IdentityState};
use ws_storage::{
    AccessTokenType, AdminResource, Administrator, App, AppType, AuthMethod, Human, Org, Pat,
    Project, State, Store, User, UserKind, UserState, new_id,
};

pub(crate) const ISSUER: &str = "http://127.0.0.1:8080";
pub(crate) const PASSWORD: &str = "correct horse battery";
pub(crate) const NATIVE: &str = "ws-cli";
pub(crate) const WEB: &str = "web-app";
pub(crate) const NO_DEVICE: &str = "no-device";
pub(crate) const API: &str = "api-app";
pub(crate) const LOOPBACK: &str = "http://127.0.0.1/callback";
pub(crate) const NOW: i64 = 1_900_000_000;
/// A valid S256 challenge (RFC 7636 appendix B).
pub(crate) const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
/// The verifier of [`CHALLENGE`].
pub(crate) const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

pub(crate) struct Fixture {
    pub(crate) state: IdentityState,
    pub(crate) clock: Arc<ManualClock>,
    pub(crate) alice_id: String,
    _dir: TempDir,
}

impl Fixture {
    pub(crate) async fn new() -> Self {
        Self::with_config(|_| {}).await
    }

    /// A fixture whose provider runs with `adjust`ed settings.
    pub(crate) async fn with_config(adjust: impl FnOnce(&mut IdentityConfig)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_sqlite(&dir.path().join("identity.db"))
            .await
            .unwrap();
        let clock = Arc::new(ManualClock::new(NOW));
        let mut config = IdentityConfig::new(Url::parse(ISSUER).unwrap());
        adjust(&mut config);
        let mut state = IdentityState::new(config, store);
        state.clock = clock.clone();
        let org = Org {
            id: new_id(),
            name: "Acme".into(),
            primary_domain: "acme.localhost".into(),
            state: State::Active,
            created_at: NOW,
            changed_at: NOW,
        };
        state.store.orgs.create_org(&org).await.unwrap();
        let hash = hash_password(PASSWORD).unwrap();
        let alice = human(
            &org.id,
            "alice",
            "alice@acme.example",
            UserState::Active,
            &hash,
        );
        state.store.users.create_user(&alice).await.unwrap();
        for (name, st) in [("ivan", UserState::Inactive), ("lucy", UserState::Locked)] {
            let u = human(&org.id, name, &format!("{name}@acme.example"), st, &hash);
            state.store.users.create_user(&u).await.unwrap();
        }
        seed_apps(&state, &org.id).await;
        Fixture {
            state,
            clock,
            alice_id: alice.id,
            _dir: dir,
        }
    }

    /// A new active user `username` in alice's org, with the same password; its id.
    pub(crate) async fn add_user(&self, username: &str) -> String {
        let users = &self.state.store.users;
        let alice = users.get_user(&self.alice_id).await.unwrap().unwrap();
        let hash = hash_password(PASSWORD).unwrap();
        let email = format!("{username}@acme.example");
        let user = human(&alice.org_id, username, &email, UserState::Active, &hash);
        users.create_user(&user).await.unwrap();
        user.id
    }

    /// A personal access token of a new instance administrator (IAM_OWNER).
    pub(crate) async fn admin_token(&self) -> String {
        let alice = self
            .state
            .store
            .users
            .get_user(&self.alice_id)
            .await
            .unwrap();
        let root = human(
            &alice.unwrap().org_id,
            "root",
            "root@acme.example",
            UserState::Active,
            "",
        );
        self.state.store.users.create_user(&root).await.unwrap();
        let admin = Administrator {
            user_id: root.id.clone(),
            resource: AdminResource::Instance,
            roles: vec!["IAM_OWNER".into()],
        };
        self.state
            .store
            .admins
            .add_admin(&admin, NOW)
            .await
            .unwrap();
        let token = ws_identity::secrets::random_token(32);
        let pat = Pat {
            id: new_id(),
            user_id: root.id,
            token_digest: digest(&token),
            expires_at: NOW + 86_400,
            created_at: NOW,
        };
        self.state.store.users.add_pat(&pat).await.unwrap();
        token
    }

    /// A Connect call of the management API with a bearer token.
    pub(crate) async fn connect(
        &self,
        token: &str,
        path: &str,
        body: serde_json::Value,
    ) -> StatusCode {
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::from(body.to_string()))
            .unwrap();
        let resp = ws_identity::router(self.state.clone())
            .oneshot(req)
            .await
            .unwrap();
        resp.status()
    }

    pub(crate) fn client(&self) -> Client {
        Client {
            router: ws_identity::router(self.state.clone()),
            cookies: HashMap::new(),
            peer: None,
            client_ip: None,
        }
    }
}

fn human(org: &str, username: &str, email: &str, state: UserState, hash: &str) -> User {
    User {
        id: new_id(),
        org_id: org.into(),
        username: username.into(),
        state,
        kind: UserKind::Human(Human {
            given_name: username.into(),
            family_name: "Tester".into(),
            display_name: format!("{username} Tester"),
            nick_name: None,
            preferred_language: None,
            email: email.into(),
            email_verified: true,
            phone: None,
            password_hash: Some(hash.into()),
            password_change_required: false,
        }),
        created_at: NOW,
        changed_at: NOW,
    }
}

async fn seed_apps(state: &IdentityState, org: &str) {
    let project = Project {
        id: new_id(),
        org_id: org.into(),
        name: "workspace".into(),
        state: State::Active,
        project_role_assertion: true,
        project_role_check: false,
        has_project_check: false,
        created_at: NOW,
        changed_at: NOW,
    };
    state.store.projects.create_project(&project).await.unwrap();
    let device = "urn:ietf:params:oauth:grant-type:device_code";
    let apps = [
        (
            NATIVE,
            AppType::Native,
            AuthMethod::None,
            vec![
                LOOPBACK,
                "http://[::1]/callback",
                "http://localhost:7777/cb",
            ],
            vec!["authorization_code", "refresh_token", device],
        ),
        (
            WEB,
            AppType::Web,
            AuthMethod::Basic,
            vec!["https://app.example/cb"],
            vec!["authorization_code"],
        ),
        (
            NO_DEVICE,
            AppType::Native,
            AuthMethod::None,
            vec![LOOPBACK],
            vec!["refresh_token"],
        ),
        (API, AppType::Api, AuthMethod::Basic, vec![], vec![]),
    ];
    for (client_id, app_type, auth_method, redirects, grants) in apps {
        let app = App {
            id: new_id(),
            project_id: project.id.clone(),
            name: format!("{client_id} app"),
            client_id: client_id.into(),
            client_secret_digest: (auth_method != AuthMethod::None).then(|| digest("s3cret")),
            app_type,
            auth_method,
            redirect_uris: redirects.iter().map(|s| (*s).to_owned()).collect(),
            post_logout_redirect_uris: vec!["http://127.0.0.1/logged-out".into()],
            grant_types: grants.iter().map(|s| (*s).to_owned()).collect(),
            response_types: vec!["code".into()],
            access_token_type: AccessTokenType::Jwt,
            dev_mode: false,
            id_token_role_assertion: false,
            access_token_role_assertion: false,
            state: State::Active,
            created_at: NOW,
            changed_at: NOW,
        };
        state.store.apps.create_app(&app).await.unwrap();
    }
}

/// A response, read fully.
#[derive(Debug)]
pub(crate) struct Resp {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: String,
}

impl Resp {
    /// The `Location` header parsed as a URL (relative ones against the issuer).
    pub(crate) fn location(&self) -> Url {
        let loc = self.headers[header::LOCATION].to_str().unwrap();
        Url::parse(ISSUER).unwrap().join(loc).unwrap()
    }

    /// A query parameter of the `Location`.
    pub(crate) fn loc_param(&self, name: &str) -> Option<String> {
        self.location()
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }

    /// The value of a hidden or text input named `name` in the page.
    pub(crate) fn input(&self, name: &str) -> Option<String> {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self.body.find(&marker)? + marker.len();
        let end = self.body[start..].find('"')? + start;
        Some(html_unescape(&self.body[start..end]))
    }

    /// The CSRF token of the page's form.
    pub(crate) fn csrf(&self) -> String {
        self.input("csrf").expect("page has a csrf field")
    }

    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap()
    }
}

fn html_unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Sends requests to the router, keeping cookies like a browser.
#[derive(Clone)]
pub(crate) struct Client {
    router: axum::Router,
    pub(crate) cookies: HashMap<String, String>,
    /// The peer address the server sees (as `ConnectInfo`), if any.
    pub(crate) peer: Option<std::net::SocketAddr>,
    /// The client address the server resolved (from a trusted proxy's
    /// `X-Forwarded-For`), as the server's middleware records it, if any.
    pub(crate) client_ip: Option<String>,
}

impl Client {
    pub(crate) async fn get(&mut self, uri: &str) -> Resp {
        self.send(Method::GET, uri, None).await
    }

    pub(crate) async fn post_form(&mut self, uri: &str, form: &[(&str, &str)]) -> Resp {
        let body = serde_urlencoded::to_string(form).unwrap();
        self.send(Method::POST, uri, Some(body)).await
    }

    pub(crate) async fn send(&mut self, method: Method, uri: &str, body: Option<String>) -> Resp {
        let mut req = Request::builder().method(method).uri(uri);
        if !self.cookies.is_empty() {
            let c: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            req = req.header(header::COOKIE, c.join("; "));
        }
        if body.is_some() {
            req = req.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        let mut req = req.body(Body::from(body.unwrap_or_default())).unwrap();
        if let Some(peer) = self.peer {
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo(peer));
        }
        if let Some(ip) = &self.client_ip {
            req.extensions_mut()
                .insert(ws_identity::interactive::rate_limit::ClientIp(ip.clone()));
        }
        let resp = self.router.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        for sc in headers.get_all(header::SET_COOKIE) {
            let sc = sc.to_str().unwrap();
            let (pair, _) = sc.split_once(';').unwrap_or((sc, ""));
            let (k, v) = pair.split_once('=').unwrap();
            if v.is_empty() || sc.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
        let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
            .await
            .unwrap();
        Resp {
            status,
            headers,
            body: String::from_utf8(bytes.to_vec()).unwrap(),
        }
    }
}

/// Extra form or query fields of a test case.
pub(crate) type Fields<'a> = &'a [(&'a str, &'a str)];

/// An authorization URL for the native client with PKCE.
pub(crate) fn authorize_url(extra: &[(&str, &str)]) -> String {
    let mut params = vec![
        ("client_id", NATIVE),
        ("redirect_uri", "http://127.0.0.1:45678/callback"),
        ("response_type", "code"),
        ("scope", "openid profile"),
        ("state", "st-1"),
        ("nonce", "n-1"),
        ("code_challenge", CHALLENGE),
        ("code_challenge_method", "S256"),
    ];
    for (k, v) in extra {
        params.retain(|(pk, _)| pk != k);
        if !v.is_empty() {
            params.push((k, v));
        }
    }
    format!(
        "/oauth/v2/authorize?{}",
        serde_urlencoded::to_string(&params).unwrap()
    )
}

/// Signs in on the login page reached from `authorize`, returning the final response.
pub(crate) async fn sign_in(c: &mut Client, page: &Resp, username: &str, password: &str) -> Resp {
    let csrf = page.csrf();
    let mut form = vec![
        ("csrf", csrf.as_str()),
        ("username", username),
        ("password", password),
    ];
    let authorize = page.input("authorize");
    if let Some(a) = &authorize {
        form.push(("authorize", a));
    }
    let user_code = page.input("user_code");
    if let Some(u) = user_code
        .as_ref()
        .filter(|_| page.body.contains("action=\"/ui/login\""))
    {
        form.push(("user_code", u));
    }
    c.post_form("/ui/login", &form).await
}
