//! Reading a presented access token, whatever its kind: an RS256 JWT of ours, an
//! opaque (sealed) token of ours, or a personal access token (looked up by digest).
//! Used by userinfo, introspection and revocation. Reads only: nothing is written.

use super::claims::ZITADEL_API_AUDIENCE;
use super::mint::AccessClaims;
use super::{jws, opaque};
use crate::secrets::digest;
use crate::{IdentityState, OAuthError};

/// What kind of token was presented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A JWT access token.
    Jwt,
    /// An opaque access token.
    Opaque,
    /// A personal access token.
    Pat,
}

/// A valid access token: its kind and claims.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    /// The kind.
    pub kind: Kind,
    /// The claims (synthesized for PATs).
    pub claims: AccessClaims,
}

/// Scopes a PAT carries: PATs act like a login with profile and the org claims.
const PAT_SCOPE: &str = "openid profile email urn:zitadel:iam:user:resourceowner";

/// Resolves `token` to its claims if it is one of ours, unexpired and not revoked.
/// `Ok(None)` for anything else (the caller answers inactive / invalid_token).
pub(crate) async fn resolve(
    state: &IdentityState,
    token: &str,
) -> Result<Option<Resolved>, OAuthError> {
    super::keys::ensure_loaded(state).await?;
    let now = state.clock.now();
    let found = if token.bytes().filter(|b| *b == b'.').count() == 2 {
        jwt(state, token, now).map(|c| (Kind::Jwt, c))
    } else if let Some(c) = sealed(state, token, now) {
        Some((Kind::Opaque, c))
    } else {
        return pat(state, token, now).await;
    };
    let Some((kind, claims)) = found else {
        return Ok(None);
    };
    if claims.exp <= now
        || !super::keys::started(claims.nbf, claims.iat, now)
        || claims.iss != state.config.issuer_str()
    {
        return Ok(None);
    }
    let revoked = super::revocation::is_revoked(state, &claims).await?;
    Ok((!revoked).then_some(Resolved { kind, claims }))
}

fn jwt(state: &IdentityState, token: &str, now: i64) -> Option<AccessClaims> {
    let cache = &state.token_cache;
    if let Some(claims) = cache.verified(token, now) {
        return Some(claims);
    }
    let parsed = jws::parse(token).ok()?;
    let key = state.signing.get(parsed.kid(), now)?;
    let claims: AccessClaims = parsed.verify(key.public()).ok()?;
    // ID tokens are signed by the same keys but lack `jti`, `nbf` and `scope`, so
    // they never parse as access-token claims.
    let claims = Some(claims).filter(|c| !c.jti.is_empty())?;
    cache.remember_verified(state, token, &claims);
    Some(claims)
}

fn sealed(state: &IdentityState, token: &str, now: i64) -> Option<AccessClaims> {
    let (kid, raw) = opaque::kid_of(token)?;
    let key = state.signing.get(&kid, now)?;
    let plain = opaque::open(&key.opaque, &kid, &raw)?;
    serde_json::from_slice(&plain).ok()
}

async fn pat(state: &IdentityState, token: &str, now: i64) -> Result<Option<Resolved>, OAuthError> {
    // PATs are random base64url; anything longer than a few hundred bytes is not one.
    if token.is_empty() || token.len() > 512 {
        return Ok(None);
    }
    let found = state.token_cache.pat(state, &digest(token)).await?;
    let Some(pat) = found.filter(|p| p.expires_at > now) else {
        return Ok(None);
    };
    let claims = AccessClaims {
        iss: state.config.issuer_str().to_owned(),
        sub: pat.user_id.clone(),
        aud: vec![ZITADEL_API_AUDIENCE.to_owned()],
        exp: pat.expires_at,
        iat: pat.created_at,
        nbf: pat.created_at,
        jti: pat.id,
        client_id: pat.user_id,
        scope: PAT_SCOPE.to_owned(),
        auth_time: None,
        amr: Vec::new(),
        sid: None,
        grant: None,
        extra: Default::default(),
    };
    Ok(Some(Resolved {
        kind: Kind::Pat,
        claims,
    }))
}
