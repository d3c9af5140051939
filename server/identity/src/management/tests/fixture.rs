//! A bootstrapped demo instance and helpers to call it as one of its users.

use std::collections::HashMap;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt;
use ws_storage::{Pat, Store, new_id};

use crate::bootstrap::{BootstrapOptions, DemoCredentials, ensure_bootstrapped};
use crate::secrets::{digest, random_token};
use crate::{IdentityConfig, IdentityState};

pub(super) struct Fx {
    _dir: tempfile::TempDir,
    pub(super) store: Store,
    pub(super) app: Router,
    /// PATs by name: admin (IAM_OWNER), alice (ORG_OWNER Acme), bob (plain, Acme),
    /// charlie (ORG_OWNER Globex), dave (plain, Globex).
    pub(super) tokens: HashMap<&'static str, String>,
    /// User ids by name.
    pub(super) ids: HashMap<&'static str, String>,
    pub(super) acme: String,
    pub(super) globex: String,
    pub(super) project: String,
}

impl Fx {
    pub(super) async fn new() -> Fx {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_sqlite(&dir.path().join("ws.db")).await.unwrap();
        let opts = BootstrapOptions {
            data_dir: dir.path().to_owned(),
            issuer: "http://127.0.0.1:8080".into(),
            demo: true,
            admin_username: "admin".into(),
            admin_email: "admin@default.localhost".into(),
            admin_password: None,
        };
        let report = ensure_bootstrapped(&store, 1_790_000_000, &opts)
            .await
            .unwrap();
        let info = report.info;
        let config = IdentityConfig::new("http://127.0.0.1:8080".parse().unwrap());
        let state = IdentityState::new(config, store.clone());
        let app = crate::router(state);
        let admin_pat = std::fs::read_to_string(dir.path().join("admin.pat")).unwrap();
        let creds: DemoCredentials = serde_json::from_slice(
            &std::fs::read(dir.path().join("demo-credentials.json")).unwrap(),
        )
        .unwrap();
        let mut tokens = HashMap::from([("admin", admin_pat.trim().to_owned())]);
        let mut ids = HashMap::new();
        let mut acme = String::new();
        let mut globex = String::new();
        for (name, user) in ["alice", "bob", "charlie", "dave"]
            .into_iter()
            .zip(&creds.users)
        {
            assert_eq!(user.username, name);
            tokens.insert(name, pat_for(&store, &user.user_id).await);
            ids.insert(name, user.user_id.clone());
            if name == "alice" {
                acme = user.org_id.clone();
            } else if name == "charlie" {
                globex = user.org_id.clone();
            }
        }
        ids.insert("admin", info.admin_user_id.clone());
        Fx {
            _dir: dir,
            store,
            app,
            tokens,
            ids,
            acme,
            globex,
            project: info.project_id,
        }
    }

    /// A Connect call as `who` (None: no Authorization header).
    pub(super) async fn connect(
        &self,
        who: Option<&str>,
        path: &str,
        body: &str,
    ) -> (StatusCode, Value) {
        let mut req = Request::post(path).header("content-type", "application/json");
        if let Some(who) = who {
            req = req.header("authorization", format!("Bearer {}", self.tokens[who]));
        }
        self.send(req.body(Body::from(body.to_owned())).unwrap())
            .await
    }

    /// A REST call as `who`.
    pub(super) async fn rest(
        &self,
        who: &str,
        method: &str,
        path: &str,
        body: &str,
    ) -> (StatusCode, Value) {
        let req = Request::builder()
            .method(method)
            .uri(path)
            .header("content-type", "application/json")
            .header("authorization", format!("Bearer {}", self.tokens[who]))
            .body(Body::from(body.to_owned()))
            .unwrap();
        self.send(req).await
    }

    async fn send(&self, req: Request<Body>) -> (StatusCode, Value) {
        let resp = self.app.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24)
            .await
            .unwrap();
        let value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap()
        };
        (status, value)
    }
}

/// Gives a user a PAT (as AddPersonalAccessToken would) and returns it.
pub(super) async fn pat_for(store: &Store, user_id: &str) -> String {
    let token = random_token(32);
    let pat = Pat {
        id: new_id(),
        user_id: user_id.to_owned(),
        token_digest: digest(&token),
        expires_at: 253_370_764_800,
        created_at: 1_790_000_000,
    };
    store.users.add_pat(&pat).await.unwrap();
    token
}

pub(super) const USERS: &str = "/zitadel.user.v2.UserService/";
