//! A read cache for the hot read paths (userinfo, introspection, the machine grants):
//! users with their org, projects' role-assertion flag, roles, PATs, machine keys,
//! clients, and the revoked-token denylist. Without it each request costs four to
//! six database round trips (~100 µs each with sqlx on SQLite), which caps userinfo
//! near 3,000/s on two cores.
//!
//! Freshness: every entry is dropped by a *write generation* bump, which
//! [`observe_writes`] performs after any state-changing request to the identity
//! router (management APIs, login pages), and it expires after [`TTL`] regardless,
//! for writers that bypass HTTP. So reads after a management call that returned are
//! never stale; a direct storage write is visible within one second.
//!
//! The denylist is exact instead: only this module revokes access tokens, and it
//! records each revocation here as it stores it.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use ws_storage::{App, MachineKey, Pat, RoleAssignment, User, UserMetadata};

use super::claims::Subject;
use super::jws::RsaPublic;
use super::mint::AccessClaims;
use crate::{IdentityState, OAuthError};

/// Longest time an entry is served without a write being observed.
pub(crate) const TTL: Duration = Duration::from_secs(1);
/// Entries per map before the map is cleared (a crude bound on memory).
const MAX_ENTRIES: usize = 10_000;

struct Entry<V> {
    value: V,
    generation: u64,
    at: Instant,
}

type Map<K, V> = Mutex<HashMap<K, Entry<V>>>;

/// A machine key with its parsed public key (`None` if the PEM is not RSA).
pub(crate) type ParsedKey = Option<std::sync::Arc<(MachineKey, Option<RsaPublic>)>>;

/// The cached reads. Cheap to share; every method is safe to call concurrently.
#[derive(Default)]
pub struct ReadCache {
    generation: AtomicU64,
    subjects: Map<String, Option<Subject>>,
    assert_roles: Map<String, bool>,
    roles: Map<(String, Vec<String>), Vec<RoleAssignment>>,
    pats: Map<String, Option<Pat>>,
    machine_keys: Map<String, ParsedKey>,
    apps: Map<String, Option<App>>,
    machines: Map<String, Option<User>>,
    metadata: Map<String, Vec<UserMetadata>>,
    introspections: Map<(String, String), serde_json::Value>,
    revoked: Mutex<HashMap<String, (bool, i64)>>,
    verified: Mutex<HashMap<[u8; 32], AccessClaims>>,
}

impl std::fmt::Debug for ReadCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadCache")
            .field("generation", &self.generation.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl ReadCache {
    /// Drops every cached read (not the exact denylist).
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    async fn get<K, V, F>(&self, map: &Map<K, V>, key: K, load: F) -> Result<V, OAuthError>
    where
        K: Hash + Eq,
        V: Clone,
        F: Future<Output = Result<V, OAuthError>>,
    {
        // Read the generation before loading: a write racing with the load bumps it
        // and so marks this entry stale at once.
        let generation = self.generation.load(Ordering::SeqCst);
        if let Ok(m) = map.lock()
            && let Some(e) = m.get(&key)
            && e.generation == generation
            && e.at.elapsed() < TTL
        {
            return Ok(e.value.clone());
        }
        let value = load.await?;
        if let Ok(mut m) = map.lock() {
            if m.len() >= MAX_ENTRIES {
                m.clear();
            }
            let at = Instant::now();
            m.insert(
                key,
                Entry {
                    value: value.clone(),
                    generation,
                    at,
                },
            );
        }
        Ok(value)
    }

    /// An active user with their active org ([`Subject::load_uncached`]).
    pub(crate) async fn subject(
        &self,
        state: &IdentityState,
        user_id: &str,
    ) -> Result<Option<Subject>, OAuthError> {
        self.get(
            &self.subjects,
            user_id.to_owned(),
            Subject::load_uncached(state, user_id),
        )
        .await
    }

    /// Whether a project asserts roles on authentication (false if it is missing).
    pub(crate) async fn project_asserts_roles(
        &self,
        state: &IdentityState,
        project_id: &str,
    ) -> Result<bool, OAuthError> {
        let load = async {
            let p = state
                .store
                .projects
                .get_project(project_id)
                .await
                .map_err(OAuthError::from_storage)?;
            Ok(p.is_some_and(|p| p.project_role_assertion))
        };
        self.get(&self.assert_roles, project_id.to_owned(), load)
            .await
    }

    /// The roles of a user on some projects.
    pub(crate) async fn roles(
        &self,
        state: &IdentityState,
        user_id: &str,
        projects: &[String],
    ) -> Result<Vec<RoleAssignment>, OAuthError> {
        let load = async {
            state
                .store
                .authz
                .roles_for_user(user_id, projects)
                .await
                .map_err(OAuthError::from_storage)
        };
        self.get(&self.roles, (user_id.to_owned(), projects.to_vec()), load)
            .await
    }

    /// A PAT by the digest of its value.
    pub(crate) async fn pat(
        &self,
        state: &IdentityState,
        digest: &str,
    ) -> Result<Option<Pat>, OAuthError> {
        let load = async {
            state
                .store
                .users
                .find_pat_by_digest(digest)
                .await
                .map_err(OAuthError::from_storage)
        };
        self.get(&self.pats, digest.to_owned(), load).await
    }

    /// A machine key by id, with its public key parsed once.
    pub(crate) async fn machine_key(
        &self,
        state: &IdentityState,
        kid: &str,
    ) -> Result<ParsedKey, OAuthError> {
        let load = async {
            let k = state
                .store
                .users
                .get_machine_key(kid)
                .await
                .map_err(OAuthError::from_storage)?;
            Ok(k.map(|k| {
                let public = super::grant_jwt_bearer::parse_public_key(&k.public_key_pem);
                std::sync::Arc::new((k, public))
            }))
        };
        self.get(&self.machine_keys, kid.to_owned(), load).await
    }

    /// An application by client id.
    pub(crate) async fn app(
        &self,
        state: &IdentityState,
        client_id: &str,
    ) -> Result<Option<App>, OAuthError> {
        let load = async {
            state
                .store
                .apps
                .get_app_by_client_id(client_id)
                .await
                .map_err(OAuthError::from_storage)
        };
        self.get(&self.apps, client_id.to_owned(), load).await
    }

    /// A machine user by username.
    pub(crate) async fn machine(
        &self,
        state: &IdentityState,
        username: &str,
    ) -> Result<Option<User>, OAuthError> {
        let load = async {
            state
                .store
                .users
                .find_machine_by_username(username)
                .await
                .map_err(OAuthError::from_storage)
        };
        self.get(&self.machines, username.to_owned(), load).await
    }

    /// A user's metadata entries.
    pub(crate) async fn metadata(
        &self,
        state: &IdentityState,
        user_id: &str,
    ) -> Result<Vec<UserMetadata>, OAuthError> {
        let load = async {
            let users = &state.store.users;
            users
                .list_metadata(user_id)
                .await
                .map_err(OAuthError::from_storage)
        };
        self.get(&self.metadata, user_id.to_owned(), load).await
    }

    /// The active introspection answer for `caller` about the token `jti`, built by
    /// `load` on a miss. Callers must first have resolved the token (signature,
    /// expiry, exact revocation check): only what is derived from the user, their
    /// org, metadata and roles is reused, under the same generation and TTL as those
    /// reads, so an answer is never staler than the reads it was built from.
    pub(crate) async fn introspection<F>(
        &self,
        caller: &str,
        jti: &str,
        load: F,
    ) -> Result<serde_json::Value, OAuthError>
    where
        F: Future<Output = Result<serde_json::Value, OAuthError>>,
    {
        let key = (caller.to_owned(), jti.to_owned());
        self.get(&self.introspections, key, load).await
    }

    /// Whether an access token id is revoked; exact (see the module docs).
    pub(crate) async fn is_revoked(
        &self,
        state: &IdentityState,
        jti: &str,
        exp: i64,
    ) -> Result<bool, OAuthError> {
        if let Some((revoked, _)) = self.revoked.lock().ok().and_then(|m| m.get(jti).copied()) {
            return Ok(revoked);
        }
        let revoked = state
            .store
            .oidc
            .is_access_token_revoked(jti)
            .await
            .map_err(OAuthError::from_storage)?;
        self.remember_revocation(state, jti, revoked, exp);
        Ok(revoked)
    }

    /// The claims of a JWT access token whose signature was verified before: the
    /// same bytes need no second RSA verification. Keyed by the SHA-256 of the whole
    /// token, so no other token can match.
    pub(crate) fn verified(&self, token: &str, now: i64) -> Option<AccessClaims> {
        let key = token_key(token);
        let m = self.verified.lock().ok()?;
        m.get(&key).filter(|c| c.exp > now).cloned()
    }

    /// Remembers a verified JWT until it expires.
    pub(crate) fn remember_verified(
        &self,
        state: &IdentityState,
        token: &str,
        claims: &AccessClaims,
    ) {
        if let Ok(mut m) = self.verified.lock() {
            if m.len() >= MAX_ENTRIES {
                let now = state.clock.now();
                m.retain(|_, c| c.exp > now);
                if m.len() >= MAX_ENTRIES {
                    m.clear();
                }
            }
            m.insert(token_key(token), claims.clone());
        }
    }

    /// Records what storage now says about `jti` (after a revocation, `true`).
    pub(crate) fn remember_revocation(
        &self,
        state: &IdentityState,
        jti: &str,
        revoked: bool,
        exp: i64,
    ) {
        if let Ok(mut m) = self.revoked.lock() {
            if m.len() >= MAX_ENTRIES {
                let now = state.clock.now();
                m.retain(|_, (_, exp)| *exp > now);
                if m.len() >= MAX_ENTRIES {
                    // Only unrevoked answers may be forgotten; storage keeps the truth.
                    m.retain(|_, (r, _)| *r);
                }
            }
            m.insert(jti.to_owned(), (revoked, exp));
        }
    }
}

fn token_key(token: &str) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(token.as_bytes()).into()
}

/// The browser and device pages, and the OAuth endpoints: none of them changes a
/// user's state. (`end_session` publishes its own, precise event.)
fn is_interactive(path: &str) -> bool {
    ["/ui/", "/device", "/oauth/", "/oidc/"]
        .iter()
        .any(|p| path.starts_with(p))
}

/// Middleware for the whole identity router: after any state-changing request
/// (management APIs, login and device pages), drop the cached reads. The token,
/// introspection, revocation and userinfo endpoints write nothing that is cached.
pub async fn observe_writes(
    State(state): State<IdentityState>,
    req: Request,
    next: Next,
) -> Response {
    let reads_only = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || matches!(
            req.uri().path(),
            "/oauth/v2/token" | "/oauth/v2/introspect" | "/oauth/v2/revoke" | "/oidc/v1/userinfo"
        );
    // Management writes (a user deactivated, locked, deleted, an org or a grant
    // changed) can end tokens of anyone; the login and device pages end none.
    let management = !reads_only && !is_interactive(req.uri().path());
    let resp = next.run(req).await;
    if !reads_only {
        state.token_cache.invalidate();
    }
    if management {
        // After the read cache is dropped, so a validator asking again at once
        // cannot be answered from it.
        state.revocations.publish(ws_auth::Revocation::Everything);
    }
    resp
}
