//! A real embedded identity provider for the third-party-client tests: the identity
//! router served over HTTP on 127.0.0.1:0, a SQLite store in a temp dir (PostgreSQL
//! with `WS_TEST_STORAGE=postgres`), signing keys
//! generated at start, and fixtures written through the storage API (one org, a
//! human, a service account with a secret and a key, a project with roles, a public
//! native app, and an API app for introspection).

#![allow(dead_code, unreachable_pub)]

use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use tempfile::TempDir;
use ws_identity::secrets::{digest, random_token};
use ws_identity::{IdentityConfig, IdentityState};
use ws_storage::*;

pub struct Provider {
    pub issuer: String,
    pub state: IdentityState,
    pub org: Org,
    pub alice: User,
    pub bot: User,
    pub project: Project,
    /// PKCS#8 PEM of the service account's key (registered under `key_id`).
    pub bot_key_pem: String,
    pub key_id: String,
    _database: Option<ws_tests::postgres::TestDatabase>,
    _dir: TempDir,
}

pub const NATIVE: &str = "ws-cli";
pub const API: &str = "workspace-api";
pub const API_SECRET: &str = "api-secret-0123456789";
pub const BOT: &str = "ci-bot";
pub const BOT_SECRET: &str = "bot-secret-0123456789";

impl Provider {
    pub async fn start() -> Provider {
        let dir = tempfile::tempdir().unwrap();
        let (store, database) = ws_tests::postgres::store_in(dir.path()).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        let state = IdentityState::new(IdentityConfig::new(issuer.parse().unwrap()), store.clone());
        ws_identity::tokens::ensure_signing_keys(&state)
            .await
            .unwrap();
        let now = state.clock.now();
        let org = Org {
            id: new_id(),
            name: "Acme".into(),
            primary_domain: "acme.localhost".into(),
            state: State::Active,
            created_at: now,
            changed_at: now,
        };
        store.orgs.create_org(&org).await.unwrap();
        let alice = user(&org.id, "alice", now, None);
        let bot = user(&org.id, BOT, now, Some(digest(BOT_SECRET)));
        store.users.create_user(&alice).await.unwrap();
        store.users.create_user(&bot).await.unwrap();
        let key = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap();
        let key_id = new_id();
        let public_key_pem = key
            .to_public_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap();
        let mk = MachineKey {
            id: key_id.clone(),
            user_id: bot.id.clone(),
            public_key_pem,
            expires_at: now + 86400,
            created_at: now,
        };
        store.users.add_machine_key(&mk).await.unwrap();
        let project = Project {
            id: new_id(),
            org_id: org.id.clone(),
            name: "workspace".into(),
            state: State::Active,
            project_role_assertion: true,
            project_role_check: false,
            has_project_check: false,
            created_at: now,
            changed_at: now,
        };
        store.projects.create_project(&project).await.unwrap();
        let role = ProjectRole {
            project_id: project.id.clone(),
            key: "editor".into(),
            display_name: "Editor".into(),
            group: None,
        };
        store.projects.add_role(&role).await.unwrap();
        for u in [&alice.id, &bot.id] {
            let a = Authorization {
                id: new_id(),
                user_id: u.clone(),
                project_id: project.id.clone(),
                org_id: org.id.clone(),
                project_grant_id: None,
                role_keys: vec!["editor".into()],
                state: State::Active,
                created_at: now,
                changed_at: now,
            };
            store.authz.create_authorization(&a).await.unwrap();
        }
        let grants = ["authorization_code", "refresh_token"];
        store
            .apps
            .create_app(&app(
                &project.id,
                NATIVE,
                AppType::Native,
                AuthMethod::None,
                None,
                &grants,
                now,
            ))
            .await
            .unwrap();
        store
            .apps
            .create_app(&app(
                &project.id,
                API,
                AppType::Api,
                AuthMethod::Basic,
                Some(API_SECRET),
                &[],
                now,
            ))
            .await
            .unwrap();

        let router = ws_identity::router(state.clone());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        let bot_key_pem = key.to_pkcs8_pem(LineEnding::LF).unwrap().to_string();
        Provider {
            issuer,
            state,
            org,
            alice,
            bot,
            project,
            bot_key_pem,
            key_id,
            _database: database,
            _dir: dir,
        }
    }

    /// Stores an authorization code as the login page would after alice signed in,
    /// for `redirect_uri`, with a PKCE challenge, and returns the code.
    pub async fn auth_code(
        &self,
        redirect_uri: &str,
        scopes: &[&str],
        challenge: &str,
        nonce: &str,
    ) -> String {
        let code = random_token(32);
        let now = self.state.clock.now();
        let rec = AuthCode {
            code_digest: digest(&code),
            client_id: NATIVE.into(),
            user_id: self.alice.id.clone(),
            session_id: None,
            redirect_uri: redirect_uri.into(),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            nonce: Some(nonce.into()),
            code_challenge: Some(challenge.into()),
            code_challenge_method: Some("S256".into()),
            auth_time: now,
            amr: vec!["pwd".into()],
            expires_at: now + 600,
        };
        self.state.store.oidc.insert_auth_code(&rec).await.unwrap();
        code
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.issuer)
    }
}

fn user(org_id: &str, username: &str, now: i64, machine_secret: Option<String>) -> User {
    let kind = match machine_secret {
        Some(secret) => UserKind::Machine(Machine {
            name: "CI bot".into(),
            description: "deploys".into(),
            access_token_type: AccessTokenType::Jwt,
            secret_digest: Some(secret),
        }),
        None => UserKind::Human(Human {
            given_name: "Alice".into(),
            family_name: "Admin".into(),
            display_name: "Alice Admin".into(),
            nick_name: None,
            preferred_language: None,
            email: "alice@acme.example".into(),
            email_verified: true,
            phone: None,
            password_hash: None,
            password_change_required: false,
        }),
    };
    User {
        id: new_id(),
        org_id: org_id.into(),
        username: username.into(),
        state: UserState::Active,
        kind,
        created_at: now,
        changed_at: now,
    }
}

fn app(
    project_id: &str,
    client_id: &str,
    t: AppType,
    m: AuthMethod,
    secret: Option<&str>,
    grants: &[&str],
    now: i64,
) -> App {
    App {
        id: new_id(),
        project_id: project_id.into(),
        name: client_id.into(),
        client_id: client_id.into(),
        client_secret_digest: secret.map(digest),
        app_type: t,
        auth_method: m,
        redirect_uris: vec!["http://127.0.0.1/callback".into()],
        post_logout_redirect_uris: vec![],
        grant_types: grants.iter().map(|g| g.to_string()).collect(),
        response_types: vec!["code".into()],
        access_token_type: AccessTokenType::Jwt,
        dev_mode: false,
        id_token_role_assertion: false,
        access_token_role_assertion: true,
        state: State::Active,
        created_at: now,
        changed_at: now,
    }
}
