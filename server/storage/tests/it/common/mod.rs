//! Fixtures shared by the storage tests: a fresh SQLite store in a temp dir, a fresh
//! PostgreSQL database ([`pg`]) and record builders with sensible defaults.

#![allow(dead_code, unreachable_pub)]

pub mod pg;

use std::sync::Arc;

use tempfile::TempDir;
use ws_storage::*;

/// A store on a new database file; keep the `TempDir` alive as long as the store.
pub async fn store() -> (Store, TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_sqlite(&dir.path().join("data/ws.db"))
        .await
        .unwrap();
    (store, dir)
}

pub const NOW: i64 = 1_800_000_000;

pub fn org(name: &str) -> Org {
    Org {
        id: new_id(),
        name: name.to_owned(),
        primary_domain: format!("{}.localhost", name.to_lowercase()),
        state: State::Active,
        created_at: NOW,
        changed_at: NOW,
    }
}

pub fn human(org_id: &str, username: &str) -> User {
    User {
        id: new_id(),
        org_id: org_id.to_owned(),
        username: username.to_owned(),
        state: UserState::Active,
        kind: UserKind::Human(Human {
            given_name: "Given".into(),
            family_name: "Family".into(),
            display_name: format!("{username} Display"),
            nick_name: None,
            preferred_language: Some("en".into()),
            email: format!("{username}@example.com"),
            email_verified: true,
            phone: None,
            password_hash: Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into()),
            password_change_required: false,
        }),
        created_at: NOW,
        changed_at: NOW,
    }
}

pub fn machine(org_id: &str, username: &str) -> User {
    User {
        id: new_id(),
        org_id: org_id.to_owned(),
        username: username.to_owned(),
        state: UserState::Active,
        kind: UserKind::Machine(Machine {
            name: format!("{username} service"),
            description: "runs jobs".into(),
            access_token_type: AccessTokenType::Jwt,
            secret_digest: None,
        }),
        created_at: NOW,
        changed_at: NOW,
    }
}

pub fn project(org_id: &str, name: &str) -> Project {
    Project {
        id: new_id(),
        org_id: org_id.to_owned(),
        name: name.to_owned(),
        state: State::Active,
        project_role_assertion: true,
        project_role_check: false,
        has_project_check: false,
        created_at: NOW,
        changed_at: NOW,
    }
}

pub fn role(project_id: &str, key: &str) -> ProjectRole {
    ProjectRole {
        project_id: project_id.to_owned(),
        key: key.to_owned(),
        display_name: key.to_uppercase(),
        group: None,
    }
}

pub fn authorization(user: &User, project_id: &str, org_id: &str, roles: &[&str]) -> Authorization {
    Authorization {
        id: new_id(),
        user_id: user.id.clone(),
        project_id: project_id.to_owned(),
        org_id: org_id.to_owned(),
        project_grant_id: None,
        role_keys: roles.iter().map(|r| r.to_string()).collect(),
        state: State::Active,
        created_at: NOW,
        changed_at: NOW,
    }
}

pub fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A fresh store holding the organization "Acme".
pub async fn store_with_org() -> (Store, TempDir, Org) {
    let (store, dir) = store().await;
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    (store, dir, acme)
}

/// The repositories the story tests use, on one database of one backend; one
/// [`SqliteDb`](sqlite::SqliteDb) or [`PgDb`](postgres::PgDb) behind every field.
pub struct Backend {
    /// "sqlite" or "postgres", for failure messages.
    pub name: &'static str,
    pub orgs: Arc<dyn OrgRepo>,
    pub users: Arc<dyn UserRepo>,
    pub org_extras: Arc<dyn OrgExtrasRepo>,
    pub projects: Arc<dyn ProjectRepo>,
    pub apps: Arc<dyn AppRepo>,
    pub oidc: Arc<dyn OidcRepo>,
    pub keys: Arc<dyn SigningKeyRepo>,
    pub authz: Arc<dyn AuthorizationRepo>,
    pub admins: Arc<dyn AdminRepo>,
    pub ws_docs: Arc<dyn WsDocRepo>,
    pub ws_drive: Arc<dyn WsDriveRepo>,
    pub ws_calendars: Arc<dyn WsCalendarRepo>,
    pub second_factors: Arc<dyn SecondFactorRepo>,
    pub events: Arc<dyn IdentityEventRepo>,
    _keep: Box<dyn Send>,
}

/// Every repository of `repos` behind its trait.
fn backend<T>(name: &'static str, repos: T, keep: Box<dyn Send>) -> Backend
where
    T: OrgRepo
        + UserRepo
        + OrgExtrasRepo
        + ProjectRepo
        + AppRepo
        + OidcRepo
        + SigningKeyRepo
        + AuthorizationRepo
        + AdminRepo
        + WsDocRepo
        + WsDriveRepo
        + WsCalendarRepo
        + SecondFactorRepo
        + IdentityEventRepo
        + Clone
        + 'static,
{
    Backend {
        name,
        orgs: Arc::new(repos.clone()),
        users: Arc::new(repos.clone()),
        org_extras: Arc::new(repos.clone()),
        projects: Arc::new(repos.clone()),
        apps: Arc::new(repos.clone()),
        oidc: Arc::new(repos.clone()),
        keys: Arc::new(repos.clone()),
        authz: Arc::new(repos.clone()),
        admins: Arc::new(repos.clone()),
        ws_docs: Arc::new(repos.clone()),
        ws_drive: Arc::new(repos.clone()),
        ws_calendars: Arc::new(repos.clone()),
        second_factors: Arc::new(repos.clone()),
        events: Arc::new(repos),
        _keep: keep,
    }
}

/// A fresh SQLite database and, when the test server is configured, a fresh
/// PostgreSQL database: the story tests run on each.
pub async fn backends() -> Vec<Backend> {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = sqlite::SqliteDb::open(&dir.path().join("ws.db"))
        .await
        .unwrap();
    let mut all = vec![backend("sqlite", sqlite, Box::new(dir))];
    if let Some((db, fresh)) = pg::pg_db().await {
        all.push(backend("postgres", db, Box::new(fresh)));
    }
    all
}

/// [`backends`], each holding the organization "Acme".
pub async fn backends_with_org() -> Vec<(Backend, Org)> {
    let mut all = Vec::new();
    for backend in backends().await {
        let acme = org("Acme");
        backend.orgs.create_org(&acme).await.unwrap();
        all.push((backend, acme));
    }
    all
}

/// How many of concurrent writes succeeded and how many got `Conflict` (a race for one
/// unique key must end `(1, n - 1)`).
pub fn wins_and_conflicts(results: &[Result<(), StorageError>]) -> (usize, usize) {
    let wins = results.iter().filter(|r| r.is_ok()).count();
    let conflicts = results
        .iter()
        .filter(|r| matches!(r, Err(StorageError::Conflict(_))))
        .count();
    (wins, conflicts)
}

/// The one of `candidates` whose concurrent write succeeded, after checking that the
/// race for one unique key ended with one success and a `Conflict` for each other.
pub fn the_winner<'a, T>(
    backend: &str,
    candidates: &'a [T],
    results: &[Result<(), StorageError>],
) -> &'a T {
    let n = candidates.len();
    assert_eq!(
        wins_and_conflicts(results),
        (1, n - 1),
        "{backend}: {results:?}"
    );
    let won = results.iter().position(Result::is_ok).unwrap();
    &candidates[won]
}
