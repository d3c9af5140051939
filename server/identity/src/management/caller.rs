//! Who calls: the bearer token (PAT, or an access token whose audience includes
//! ZITADEL's API) resolved to the user, their organization and manager roles, read
//! from storage on every call so role changes apply at once.

use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use ws_storage::{Administrator, UserState};

use super::zerr::{ZError, ZResult};
use crate::IdentityState;
use crate::tokens::ZITADEL_API_AUDIENCE;
use crate::tokens::access::resolve;

/// The authenticated caller of a management call.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    /// The user id (`sub`).
    pub(crate) user_id: String,
    /// The user's organization.
    pub(crate) org_id: String,
    /// Every manager role the user holds.
    pub(crate) roles: Vec<Administrator>,
}

/// Resolves the `Authorization: Bearer` header to a caller.
pub(crate) async fn authenticate(state: &IdentityState, headers: &HeaderMap) -> ZResult<Caller> {
    let header = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| ZError::unauthenticated("auth header missing"))?;
    let token = header
        .strip_prefix("Bearer ")
        .or_else(|| header.strip_prefix("bearer "))
        .map(str::trim)
        .ok_or_else(|| ZError::unauthenticated("invalid auth header"))?;
    let resolved = resolve(state, token)
        .await
        .map_err(ZError::from_oauth)?
        .ok_or_else(|| ZError::unauthenticated("Errors.Token.Invalid"))?;
    if !resolved
        .claims
        .aud
        .iter()
        .any(|a| a == ZITADEL_API_AUDIENCE)
    {
        return Err(ZError::unauthenticated(
            "token audience does not include the ZITADEL API (request the scope urn:zitadel:iam:org:project:id:zitadel:aud)",
        ));
    }
    let user = state
        .store
        .users
        .get_user(&resolved.claims.sub)
        .await
        .map_err(ZError::from_storage)?
        .filter(|u| u.state == UserState::Active)
        .ok_or_else(|| ZError::unauthenticated("Errors.Token.Invalid"))?;
    let roles = state
        .store
        .admins
        .admin_roles_for_user(&user.id)
        .await
        .map_err(ZError::from_storage)?;
    Ok(Caller {
        user_id: user.id,
        org_id: user.org_id,
        roles,
    })
}
