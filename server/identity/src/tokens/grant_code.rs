//! The `authorization_code` grant (RFC 6749 §4.1.3) with PKCE (RFC 7636).
//!
//! The code is consumed atomically first, so exactly one of any concurrent
//! exchanges can win; a failed check after that leaves the code spent (a presenter
//! with a wrong verifier or redirect is treated as an attacker). A second use of a
//! code revokes the refresh-token family and the access token issued from it
//! (RFC 6749 §4.1.2).

use axum::http::HeaderMap;
use axum::response::Response;
use ws_storage::{AuthMethod, ConsumeCodeOutcome};

use super::claims::{Scopes, Subject};
use super::form::Form;
use super::grant::app_for_grant;
use super::mint::{Issue, Refresh, respond, wants_refresh};
use super::pkce;
use crate::secrets::digest;
use crate::{IdentityState, OAuthError};

/// The access token id of the token issued for a code, derived from the code's
/// digest so that a replay of the code can revoke it.
fn code_jti(code_digest: &str) -> String {
    digest(&format!("access-token-of-code:{code_digest}"))
}

pub(crate) async fn grant(
    state: &IdentityState,
    headers: &HeaderMap,
    form: &Form,
) -> Result<Response, OAuthError> {
    let app = app_for_grant(state, headers, form, "authorization_code").await?;
    let code = form.require("code")?;
    let redirect_uri = form.require("redirect_uri")?;
    let now = state.clock.now();
    let code_digest = digest(code);
    let outcome = state
        .store
        .oidc
        .consume_auth_code(&code_digest, now)
        .await
        .map_err(OAuthError::server_error)?;
    let code = match outcome {
        ConsumeCodeOutcome::Consumed(c) => c,
        ConsumeCodeOutcome::NotFound => {
            return Err(OAuthError::invalid_grant(
                "unknown authorization code; start the login again",
            ));
        }
        ConsumeCodeOutcome::Expired => {
            return Err(OAuthError::invalid_grant(
                "the authorization code has expired; start the login again",
            ));
        }
        ConsumeCodeOutcome::AlreadyUsed(_) => {
            revoke_issued(state, &code_digest, now).await?;
            return Err(OAuthError::invalid_grant(
                "the authorization code was already used; the tokens issued from it are now revoked",
            ));
        }
    };
    if code.client_id != app.client_id {
        return Err(OAuthError::invalid_grant(
            "the authorization code was issued to another client",
        ));
    }
    if code.redirect_uri != redirect_uri {
        return Err(OAuthError::invalid_grant(
            "redirect_uri does not match the one of the authorization request",
        ));
    }
    let challenge = code
        .code_challenge
        .as_deref()
        .map(|c| (c, code.code_challenge_method.as_deref()));
    pkce::check(
        challenge,
        form.get("code_verifier"),
        app.auth_method == AuthMethod::None,
    )?;
    let Some(subject) = Subject::load(state, &code.user_id).await? else {
        return Err(OAuthError::invalid_grant(
            "the user of this code is no longer active",
        ));
    };
    let scopes = Scopes(code.scopes.clone());
    let refresh = if wants_refresh(&app, &scopes) {
        Refresh::New {
            family_id: code_digest.clone(),
        }
    } else {
        Refresh::No
    };
    let issue = Issue {
        client_id: &app.client_id,
        app: Some(&app),
        machine_token_type: None,
        subject: &subject,
        scopes: &scopes,
        auth_time: Some(code.auth_time),
        amr: &code.amr,
        nonce: code.nonce.as_deref(),
        jti: Some(code_jti(&code_digest)),
        refresh,
        sid: code.session_id.clone(),
        grant: Some(code_digest.clone()),
    };
    respond(state, issue).await
}

/// Revokes what a code issued: its refresh-token family and its access token.
async fn revoke_issued(
    state: &IdentityState,
    code_digest: &str,
    now: i64,
) -> Result<(), OAuthError> {
    let oidc = &state.store.oidc;
    oidc.revoke_refresh_family(code_digest)
        .await
        .map_err(OAuthError::server_error)?;
    // The token was issued before now, so it expires before now + ttl.
    let until = now + state.config.access_token_ttl.as_secs() as i64;
    super::revocation::deny(state, &code_jti(code_digest), until)
        .await
        .map_err(OAuthError::server_error)
}
