//! Browser sessions: the `ws_session` cookie (`HttpOnly; SameSite=Lax; Path=/`)
//! holds a random secret; storage keeps only its digest (as the session id), the
//! user, `auth_time` and the expiry.

use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use ws_storage::{IdentityChange, Session, StorageError, User, UserState};

use crate::IdentityState;
use crate::events::{self, EventOf};
use crate::secrets::{digest, random_token};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "ws_session";

/// A cookie for this provider: `HttpOnly`, `SameSite=Lax`, `Path=/`, and `Secure`
/// when the issuer is served over https.
pub fn build_cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((name, value))
        .http_only(true)
        .same_site(SameSite::Lax)
        .path("/")
        .secure(secure)
        .build()
}

/// Whether cookies must be `Secure` (the issuer is https).
pub fn secure_cookies(state: &IdentityState) -> bool {
    state.config.issuer.scheme() == "https"
}

/// A signed-in browser: its stored session and the (active, human) user.
#[derive(Debug, Clone)]
pub struct Current {
    /// The stored session.
    pub session: Session,
    /// Its user.
    pub user: User,
}

/// The browser's valid session: present, unexpired, and its user still active.
pub async fn current(
    state: &IdentityState,
    jar: &CookieJar,
) -> Result<Option<Current>, StorageError> {
    let Some(id) = session_id(jar) else {
        return Ok(None);
    };
    let Some(session) = state.store.oidc.get_session(&id).await? else {
        return Ok(None);
    };
    if session.expires_at <= state.clock.now() {
        return Ok(None);
    }
    let user = state.store.users.get_user(&session.user_id).await?;
    Ok(user
        .filter(|u| u.state == UserState::Active && u.human().is_some())
        .map(|user| Current { session, user }))
}

/// The stored id (digest) of the browser's session cookie, if it has one.
pub fn session_id(jar: &CookieJar) -> Option<String> {
    jar.get(SESSION_COOKIE)
        .map(Cookie::value)
        .filter(|v| !v.is_empty())
        .map(digest)
}

/// Starts a new session for `user` (always a fresh id, so a planted cookie cannot
/// fixate it), ending the browser's previous one; `amr` names the methods the user
/// passed (RFC 8176 values, as ZITADEL issues them).
pub async fn start(
    state: &IdentityState,
    jar: CookieJar,
    user: &User,
    amr: Vec<String>,
) -> Result<(CookieJar, Session), StorageError> {
    if let Some(old) = session_id(&jar) {
        state.store.oidc.delete_session(&old).await?;
    }
    let secret = random_token(32);
    let now = state.clock.now();
    let ttl = i64::try_from(state.config.session_ttl.as_secs()).unwrap_or(i64::MAX);
    let session = Session {
        id: digest(&secret),
        user_id: user.id.clone(),
        auth_time: now,
        amr,
        expires_at: now.saturating_add(ttl),
    };
    let of = EventOf::user("session.created", &user.org_id, &user.id);
    events::record(state, &user.id, IdentityChange::CreateSession(&session), of).await?;
    let jar = jar.add(build_cookie(SESSION_COOKIE, secret, secure_cookies(state)));
    Ok((jar, session))
}

/// Ends the browser's session: deletes the stored row and expires the cookie.
pub async fn end(state: &IdentityState, jar: CookieJar) -> Result<CookieJar, StorageError> {
    if let Some(id) = session_id(&jar) {
        let oidc = &state.store.oidc;
        let found = oidc.get_session(&id).await?;
        oidc.delete_session(&id).await?;
        if let Some(s) = found {
            crate::tokens::revoke_session(state, &s.id, &s.user_id).await?;
        }
    }
    Ok(jar.remove(Cookie::build(SESSION_COOKIE).path("/")))
}
