//! A real identity provider for the token tests: a SQLite store in a temp dir, a
//! manual clock, and one org with a human, two machine users, a project with roles
//! and authorizations, a public native app, a confidential web app and an API app.
//! Requests go through `ws_identity::router` with `oneshot`.

#![allow(dead_code, unreachable_pub)]

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tempfile::TempDir;
use tower::ServiceExt;
use ws_identity::secrets::digest;
use ws_identity::state::ManualClock;
use ws_identity::{IdentityConfig, IdentityState};
use ws_storage::*;

pub const NOW: i64 = 1_800_000_000;
pub const ISSUER: &str = "http://127.0.0.1:8080";
pub const REDIRECT: &str = "http://127.0.0.1/callback";
pub const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

/// RSA keys are slow to make in debug builds: one signing key and one machine key
/// (PKCS#8 PEM private, SPKI PEM public) shared by every test of the binary.
pub fn shared_keys() -> &'static (String, String, String) {
    static KEYS: OnceLock<(String, String, String)> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut rng = rand::rngs::OsRng;
        let signing = rsa::RsaPrivateKey::new(&mut rng, 2048).unwrap();
        let machine = rsa::RsaPrivateKey::new(&mut rng, 2048).unwrap();
        (
            signing.to_pkcs8_pem(LineEnding::LF).unwrap().to_string(),
            machine.to_pkcs8_pem(LineEnding::LF).unwrap().to_string(),
            machine
                .to_public_key()
                .to_public_key_pem(LineEnding::LF)
                .unwrap(),
        )
    })
}

pub fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

pub struct Fx {
    pub state: IdentityState,
    pub clock: Arc<ManualClock>,
    pub router: Router,
    pub db: sqlx::SqlitePool,
    pub org: Org,
    pub alice: User,
    pub bot: User,
    pub jwtbot: User,
    pub project: Project,
    pub other_project: Project,
    pub native: App,
    pub web: App,
    pub api: App,
    pub machine_key_id: String,
    pub pat: String,
    _dir: TempDir,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Fx {
    pub async fn new() -> Fx {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.db");
        let store = Store::open_sqlite(&path).await.unwrap();
        let clock = Arc::new(ManualClock::new(NOW));
        let mut state =
            IdentityState::new(IdentityConfig::new(ISSUER.parse().unwrap()), store.clone());
        state.clock = clock.clone();
        let (signing_pem, _, machine_pub) = shared_keys();
        store
            .keys
            .insert_signing_key(&SigningKey {
                id: "100".into(),
                algorithm: "RS256".into(),
                private_key: signing_pem.clone(),
                created_at: NOW,
                signs_until: NOW + 30 * 86400,
                publish_until: NOW + 31 * 86400,
            })
            .await
            .unwrap();
        ws_identity::tokens::ensure_signing_keys(&state)
            .await
            .unwrap();
        let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
            .await
            .unwrap();

        let org = Org {
            id: new_id(),
            name: "Acme".into(),
            primary_domain: "acme.localhost".into(),
            state: State::Active,
            created_at: NOW,
            changed_at: NOW,
        };
        store.orgs.create_org(&org).await.unwrap();
        let alice = human(&org.id, "alice");
        store.users.create_user(&alice).await.unwrap();
        let bot = machine(&org.id, "ci-bot", AccessTokenType::Bearer, "bot-secret");
        store.users.create_user(&bot).await.unwrap();
        let jwtbot = machine(&org.id, "jwt-bot", AccessTokenType::Jwt, "jwt-secret");
        store.users.create_user(&jwtbot).await.unwrap();
        let machine_key_id = new_id();
        store
            .users
            .add_machine_key(&MachineKey {
                id: machine_key_id.clone(),
                user_id: jwtbot.id.clone(),
                public_key_pem: machine_pub.clone(),
                expires_at: NOW + 86400,
                created_at: NOW,
            })
            .await
            .unwrap();
        let pat = "pat-0123456789abcdefghijklmnopqrstuvwxyzABCDEF".to_owned();
        store
            .users
            .add_pat(&Pat {
                id: new_id(),
                user_id: bot.id.clone(),
                token_digest: digest(&pat),
                expires_at: NOW + 86400,
                created_at: NOW,
            })
            .await
            .unwrap();

        let project = project(&org.id, "workspace", true);
        store.projects.create_project(&project).await.unwrap();
        let other_project = project_named(&org.id, "other", false);
        store.projects.create_project(&other_project).await.unwrap();
        for (p, key) in [
            (&project.id, "admin"),
            (&project.id, "viewer"),
            (&other_project.id, "reader"),
        ] {
            store
                .projects
                .add_role(&ProjectRole {
                    project_id: p.clone(),
                    key: key.into(),
                    display_name: key.into(),
                    group: None,
                })
                .await
                .unwrap();
        }
        for (user, p, roles) in [
            (&alice.id, &project.id, vec!["admin"]),
            (&alice.id, &other_project.id, vec!["reader"]),
            (&jwtbot.id, &project.id, vec!["viewer"]),
        ] {
            store
                .authz
                .create_authorization(&Authorization {
                    id: new_id(),
                    user_id: user.clone(),
                    project_id: p.clone(),
                    org_id: org.id.clone(),
                    project_grant_id: None,
                    role_keys: roles.into_iter().map(String::from).collect(),
                    state: State::Active,
                    created_at: NOW,
                    changed_at: NOW,
                })
                .await
                .unwrap();
        }
        let all_grants = [
            "authorization_code",
            "refresh_token",
            "urn:ietf:params:oauth:grant-type:device_code",
        ];
        let native = app(
            &project.id,
            "ws-cli",
            AppType::Native,
            AuthMethod::None,
            None,
            &all_grants,
            AccessTokenType::Jwt,
        );
        let web = app(
            &project.id,
            "web",
            AppType::Web,
            AuthMethod::Basic,
            Some("web-secret"),
            &["authorization_code"],
            AccessTokenType::Bearer,
        );
        let api = app(
            &project.id,
            "api",
            AppType::Api,
            AuthMethod::Basic,
            Some("api-secret"),
            &[],
            AccessTokenType::Bearer,
        );
        for a in [&native, &web, &api] {
            store.apps.create_app(a).await.unwrap();
        }
        let router = ws_identity::router(state.clone());
        Fx {
            state,
            clock,
            router,
            db,
            org,
            alice,
            bot,
            jwtbot,
            project,
            other_project,
            native,
            web,
            api,
            machine_key_id,
            pat,
            _dir: dir,
        }
    }

    pub fn advance(&self, secs: u64) {
        self.clock.advance(Duration::from_secs(secs));
    }

    pub async fn send(&self, req: Request<Body>) -> Resp {
        let resp = self.router.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        assert_ne!(status, StatusCode::INTERNAL_SERVER_ERROR, "500: {text}");
        Resp {
            status,
            headers,
            body,
            text,
        }
    }

    /// POSTs a form, with HTTP Basic credentials when `basic` is set.
    pub async fn post(
        &self,
        path: &str,
        form: &[(&str, &str)],
        basic: Option<(&str, &str)>,
    ) -> Resp {
        let body = serde_urlencoded::to_string(form).unwrap();
        let mut req =
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some((id, secret)) = basic {
            req = req.header(
                header::AUTHORIZATION,
                format!("Basic {}", STANDARD.encode(format!("{id}:{secret}"))),
            );
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }

    pub async fn token(&self, form: &[(&str, &str)]) -> Resp {
        self.post("/oauth/v2/token", form, None).await
    }

    pub async fn get(&self, path: &str, bearer: Option<&str>) -> Resp {
        let mut req = Request::get(path);
        if let Some(t) = bearer {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        self.send(req.body(Body::empty()).unwrap()).await
    }

    pub async fn introspect(&self, token: &str) -> Value {
        let r = self
            .post(
                "/oauth/v2/introspect",
                &[("token", token)],
                Some(("api", "api-secret")),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        r.body
    }

    /// Stores an authorization code for `client` (as the login page would) and
    /// returns the code.
    pub async fn code(&self, client: &str, scopes: &str, challenge: Option<String>) -> String {
        let code = ws_identity::secrets::random_token(32);
        let rec = AuthCode {
            code_digest: digest(&code),
            client_id: client.into(),
            user_id: self.alice.id.clone(),
            session_id: None,
            redirect_uri: "http://127.0.0.1:5555/callback".into(),
            scopes: scopes.split(' ').map(String::from).collect(),
            nonce: Some("n-0S6_WzA2Mj".into()),
            code_challenge_method: challenge.as_ref().map(|_| "S256".into()),
            code_challenge: challenge,
            auth_time: NOW - 10,
            amr: vec!["pwd".into()],
            expires_at: self.state.clock.now() + 600,
        };
        self.state.store.oidc.insert_auth_code(&rec).await.unwrap();
        code
    }

    /// Rows in a table, to prove that a refused request stored nothing.
    pub async fn rows(&self, table: &'static str) -> i64 {
        let sql = match table {
            "refresh_tokens" => "SELECT COUNT(*) FROM refresh_tokens",
            "revoked_access_tokens" => "SELECT COUNT(*) FROM revoked_access_tokens",
            "device_codes" => "SELECT COUNT(*) FROM device_codes",
            other => panic!("no count query for {other}"),
        };
        sqlx::query_scalar(sql).fetch_one(&self.db).await.unwrap()
    }
}

/// Decodes a JWT's payload without verifying (tests verify through endpoints).
pub fn jwt_claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

fn human(org_id: &str, username: &str) -> User {
    User {
        id: new_id(),
        org_id: org_id.into(),
        username: username.into(),
        state: UserState::Active,
        kind: UserKind::Human(Human {
            given_name: "Alice".into(),
            family_name: "Admin".into(),
            display_name: "Alice Admin".into(),
            nick_name: None,
            preferred_language: Some("en".into()),
            email: format!("{username}@example.com"),
            email_verified: true,
            phone: None,
            password_hash: None,
            password_change_required: false,
        }),
        created_at: NOW,
        changed_at: NOW,
    }
}

fn machine(org_id: &str, username: &str, tt: AccessTokenType, secret: &str) -> User {
    User {
        id: new_id(),
        org_id: org_id.into(),
        username: username.into(),
        state: UserState::Active,
        kind: UserKind::Machine(Machine {
            name: format!("{username} service"),
            description: "CI".into(),
            access_token_type: tt,
            secret_digest: Some(digest(secret)),
        }),
        created_at: NOW,
        changed_at: NOW,
    }
}

fn project(org_id: &str, name: &str, assert_roles: bool) -> Project {
    project_named(org_id, name, assert_roles)
}

fn project_named(org_id: &str, name: &str, assert_roles: bool) -> Project {
    Project {
        id: new_id(),
        org_id: org_id.into(),
        name: name.into(),
        state: State::Active,
        project_role_assertion: assert_roles,
        project_role_check: false,
        has_project_check: false,
        created_at: NOW,
        changed_at: NOW,
    }
}

fn app(
    project_id: &str,
    client_id: &str,
    app_type: AppType,
    auth_method: AuthMethod,
    secret: Option<&str>,
    grants: &[&str],
    tt: AccessTokenType,
) -> App {
    App {
        id: new_id(),
        project_id: project_id.into(),
        name: client_id.into(),
        client_id: client_id.into(),
        client_secret_digest: secret.map(digest),
        app_type,
        auth_method,
        redirect_uris: vec![REDIRECT.into()],
        post_logout_redirect_uris: vec![],
        grant_types: grants.iter().map(|g| g.to_string()).collect(),
        response_types: vec!["code".into()],
        access_token_type: tt,
        dev_mode: false,
        id_token_role_assertion: true,
        access_token_role_assertion: false,
        state: State::Active,
        created_at: NOW,
        changed_at: NOW,
    }
}
