//! The `authorization_code` grant (RFC 6749 §4.1.3) with PKCE (RFC 7636).
//!
//! The exchange's parameters (client, `redirect_uri`, `code_verifier`) are checked
//! against the unused code before it is consumed, as ZITADEL does: a wrong verifier
//! is answered as such and leaves the code valid for the right one (RFC 7636 §4.6
//! asks only for `invalid_grant`; the verifier's 256 bits cannot be guessed, and
//! someone holding an intercepted code cannot burn it for its rightful client).
//! Then the code is consumed atomically, so exactly one of any concurrent exchanges
//! wins. A second use of a consumed code revokes the refresh-token family and the
//! access token issued from it (RFC 6749 §4.1.2).

use axum::http::HeaderMap;
use axum::response::Response;
use ws_storage::{App, AuthCode, AuthMethod, ConsumeCodeOutcome};

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
    let pending = state
        .store
        .oidc
        .find_pending_auth_code(&code_digest, now)
        .await
        .map_err(OAuthError::from_storage)?;
    if let Some(pending) = &pending {
        check_exchange(pending, &app, redirect_uri, form)?;
    }
    let outcome = state
        .store
        .oidc
        .consume_auth_code(&code_digest, now)
        .await
        .map_err(OAuthError::from_storage)?;
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
    check_exchange(&code, &app, redirect_uri, form)?;
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

/// Whether the exchange matches the code: the same client and redirect URI, and
/// the PKCE verifier of its challenge.
fn check_exchange(
    code: &AuthCode,
    app: &App,
    redirect_uri: &str,
    form: &Form,
) -> Result<(), OAuthError> {
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
    Ok(())
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
        .map_err(OAuthError::from_storage)?;
    // The token was issued before now, so it expires before now + ttl.
    let until = now + state.config.access_token_ttl.as_secs() as i64;
    super::revocation::deny(state, &code_jti(code_digest), until)
        .await
        .map_err(OAuthError::from_storage)
}
