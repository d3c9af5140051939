//! What revokes an access token besides its own `jti` on the denylist: the end of
//! the browser session it came from (`sid`) and the revocation of its grant (the
//! refresh-token family, as ZITADEL revokes a grant's access tokens with its
//! refresh token). Both are denylist entries too, under a prefixed key, kept until
//! every access token they can cover has expired. After each, the in-process
//! [`ws_auth::RevocationFeed`] is told, so a workspace in this process forgets its
//! cached answers for the user at once.

use super::mint::AccessClaims;
use ws_storage::StorageError;

use crate::{IdentityState, OAuthError};

/// The denylist key of a browser session.
fn session_key(sid: &str) -> String {
    format!("sid:{sid}")
}

/// The denylist key of a grant (refresh-token family).
fn grant_key(family_id: &str) -> String {
    format!("grant:{family_id}")
}

/// Whether the token, its session or its grant was revoked.
pub(crate) async fn is_revoked(
    state: &IdentityState,
    claims: &AccessClaims,
) -> Result<bool, OAuthError> {
    let keys = std::iter::once(claims.jti.clone())
        .chain(claims.sid.as_deref().map(session_key))
        .chain(claims.grant.as_deref().map(grant_key));
    for key in keys {
        if state
            .token_cache
            .is_revoked(state, &key, claims.exp)
            .await?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Puts `key` on the denylist until `until` (unix seconds) and remembers it.
pub(crate) async fn deny(state: &IdentityState, key: &str, until: i64) -> Result<(), StorageError> {
    state.store.oidc.revoke_access_token(key, until).await?;
    state
        .token_cache
        .remember_revocation(state, key, true, until);
    Ok(())
}

/// Until when a session or grant entry must be kept: tokens issued up to now
/// expire before now + the access-token lifetime.
fn cover_until(state: &IdentityState) -> i64 {
    state.clock.now() + state.config.access_token_ttl.as_secs() as i64
}

/// Revokes every access token of the refresh-token family `family_id` of `user_id`.
pub(crate) async fn revoke_grant(
    state: &IdentityState,
    family_id: &str,
    user_id: &str,
) -> Result<(), StorageError> {
    revoke_all_under(state, &grant_key(family_id), user_id).await
}

/// Revokes every access token issued from the browser session `sid` of `user_id`.
pub(crate) async fn revoke_session(
    state: &IdentityState,
    sid: &str,
    user_id: &str,
) -> Result<(), StorageError> {
    revoke_all_under(state, &session_key(sid), user_id).await
}

/// Denies `key` for as long as a token it covers can live, and tells the listeners.
async fn revoke_all_under(
    state: &IdentityState,
    key: &str,
    user_id: &str,
) -> Result<(), StorageError> {
    deny(state, key, cover_until(state)).await?;
    state.revocations.subject(user_id);
    Ok(())
}
