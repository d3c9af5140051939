//! Workspace API test support: [`token_for`] gets a demo user a real access token
//! the way `ws login` does (authorization code + PKCE at the server's own endpoints,
//! with `ws login`'s default scopes and the workspace project audience), and
//! [`WsApi`] sends requests to `/api/v1` with it.
//!
//! ```no_run
//! # async fn demo() {
//! use ws_tests::TestServer;
//! use ws_tests::workspace::{WsApi, token_for};
//!
//! let server = TestServer::start_demo().await;
//! let alice = WsApi::new(&server, &token_for(&server, "alice").await);
//! let me = alice.get("/me").await;
//! assert_eq!(me.status, 200);
//! # }
//! ```

use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::Value;

use crate::TestServer;
use crate::login::sign_in_with_scope;

/// The scopes `ws login` asks for with the server's `workspace` project configured.
pub fn login_scopes(server: &TestServer) -> String {
    let mut scopes = ws_client::config::default_scopes();
    scopes.push(format!(
        "urn:zitadel:iam:org:project:id:{}:aud",
        project_id(server)
    ));
    scopes.join(" ")
}

/// A real access token (a JWT) of demo user `name` (`alice`, `bob`, `charlie`,
/// `dave`), issued by the server's token endpoint; its audience includes the
/// workspace project, so the project roles claim is present.
pub async fn token_for(server: &TestServer, name: &str) -> String {
    tokens_for(server, name).await["access_token"]
        .as_str()
        .expect("access_token")
        .to_owned()
}

/// The whole token response (access, refresh and ID token) of demo user `name`.
pub async fn tokens_for(server: &TestServer, name: &str) -> Value {
    sign_in_with_scope(server, &server.base_url, name, &login_scopes(server)).await
}

/// The id of the `workspace` project (the audience of workspace tokens).
pub fn project_id(server: &TestServer) -> String {
    server.bootstrap["project_id"]
        .as_str()
        .expect("project_id in bootstrap.json")
        .to_owned()
}

/// The user id of demo user `name`.
pub fn user_id(server: &TestServer, name: &str) -> String {
    let users = server.demo_credentials.as_ref().expect("a demo server")["users"]
        .as_array()
        .expect("users");
    let u = users
        .iter()
        .find(|u| u["username"] == name)
        .unwrap_or_else(|| panic!("no demo user {name}"));
    u["user_id"].as_str().expect("user_id").to_owned()
}

/// The id of the organization named `name` ("Acme Corp", "Globex Inc").
pub fn org_id(server: &TestServer, name: &str) -> String {
    let orgs = server.bootstrap["orgs"].as_array().expect("orgs");
    let o = orgs
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("no org {name}"));
    o["id"].as_str().expect("id").to_owned()
}

/// A client of one server's `/api/v1`, with or without a bearer token.
#[derive(Debug, Clone)]
pub struct WsApi {
    base: String,
    token: Option<String>,
    http: reqwest::Client,
}

/// An answer: status, headers and the body as JSON (`Null` when empty, a JSON
/// string when it is not JSON).
#[derive(Debug, Clone)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Value,
}

impl Reply {
    /// The `code` of an error body (`"<none>"` if there is none).
    pub fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or("<none>")
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl WsApi {
    /// Calls `server` with `token` as bearer.
    pub fn new(server: &TestServer, token: &str) -> Self {
        Self {
            base: server.url("/api/v1"),
            token: Some(token.to_owned()),
            http: server.client(),
        }
    }

    /// Calls `server` without a token.
    pub fn anonymous(server: &TestServer) -> Self {
        Self {
            base: server.url("/api/v1"),
            token: None,
            http: server.client(),
        }
    }

    /// A request to `/api/v1` + `path` with the bearer token set, to customise.
    pub fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        let req = self.http.request(method, format!("{}{path}", self.base));
        match &self.token {
            Some(t) => req.bearer_auth(t),
            None => req,
        }
    }

    /// Sends a customised request and reads the reply.
    pub async fn send(&self, req: reqwest::RequestBuilder) -> Reply {
        let resp = req.send().await.expect("request to the test server");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.expect("response body");
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
        };
        Reply {
            status,
            headers,
            body,
        }
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> Reply {
        self.send(self.request(Method::GET, path)).await
    }

    /// `POST path` with a JSON body.
    pub async fn post(&self, path: &str, body: &Value) -> Reply {
        self.send(self.request(Method::POST, path).json(body)).await
    }

    /// `PATCH path` with a JSON body.
    pub async fn patch(&self, path: &str, body: &Value) -> Reply {
        self.send(self.request(Method::PATCH, path).json(body))
            .await
    }

    /// `PUT path` with a JSON body.
    pub async fn put(&self, path: &str, body: &Value) -> Reply {
        self.send(self.request(Method::PUT, path).json(body)).await
    }

    /// `DELETE path`.
    pub async fn delete(&self, path: &str) -> Reply {
        self.send(self.request(Method::DELETE, path)).await
    }
}
