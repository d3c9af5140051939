//! `POST /oauth/v2/revoke` (RFC 7009): a refresh token revokes its whole family and
//! the family's access tokens; an access token (JWT or opaque) goes onto the
//! denylist until it would expire. The
//! token must belong to the authenticated client; unknown tokens, and tokens of
//! other clients, are answered 200 without effect, so nothing is revealed.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::access::{Kind, resolve};
use super::client_auth::{authenticate_app, authenticate_machine, presented};
use super::form::Form;
use super::mint::no_store;
use super::revocation::{deny, revoke_grant};
use crate::secrets::digest;
use crate::{IdentityState, OAuthError};

/// The revocation handler.
pub(crate) async fn handler(
    State(state): State<IdentityState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match revoke(&state, &headers, &body).await {
        Ok(()) => no_store(StatusCode::OK.into_response()),
        Err(e) => e.into_response(),
    }
}

async fn revoke(
    state: &IdentityState,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<(), OAuthError> {
    let form = Form::parse(headers, body)?;
    let Some(p) = presented(headers, &form)? else {
        return Err(OAuthError::invalid_client(
            "revocation requires the client: send client_id (and its secret for confidential clients)",
        ));
    };
    // Apps revoke their tokens; machine users (client credentials) theirs.
    let client_id = match authenticate_app(state, &p).await {
        Ok(app) => app.client_id,
        Err(e) if p.secret.is_some() => {
            authenticate_machine(state, &p)
                .await
                .map_err(|_| e)?
                .username
        }
        Err(e) => return Err(e),
    };
    let token = form.require("token")?;
    // `token_type_hint` is only an optimization (RFC 7009 §2.1): both kinds are
    // looked up whatever it says, so it is not read.
    let oidc = &state.store.oidc;
    let found = oidc
        .find_refresh_token(&digest(token))
        .await
        .map_err(OAuthError::from_storage)?;
    if let Some(rt) = found {
        if rt.client_id == client_id {
            oidc.revoke_refresh_family(&rt.family_id)
                .await
                .map_err(OAuthError::from_storage)?;
            revoke_grant(state, &rt.family_id, &rt.user_id)
                .await
                .map_err(OAuthError::from_storage)?;
        }
        return Ok(());
    }
    if let Some(r) = resolve(state, token).await?
        && r.kind != Kind::Pat
        && r.claims.client_id == client_id
    {
        deny(state, &r.claims.jti, r.claims.exp)
            .await
            .map_err(OAuthError::from_storage)?;
        state.revocations.subject(&r.claims.sub);
    }
    Ok(())
}
