//! The `refresh_token` grant (RFC 6749 §6) with rotation: each use returns a new
//! refresh token and retires the old one; presenting a retired token again revokes
//! the whole family, the newest token included (OAuth 2.0 Security BCP §4.14).

use axum::http::HeaderMap;
use axum::response::Response;
use ws_storage::{NewRefreshToken, RotateOutcome};

use super::claims::{Scopes, Subject};
use super::form::Form;
use super::grant::app_for_grant;
use super::mint::{Issue, Refresh, respond};
use crate::secrets::{digest, random_token};
use crate::{IdentityState, OAuthError};

pub(crate) async fn grant(
    state: &IdentityState,
    headers: &HeaderMap,
    form: &Form,
) -> Result<Response, OAuthError> {
    let app = app_for_grant(state, headers, form, "refresh_token").await?;
    let old = form.require("refresh_token")?;
    let old_digest = digest(old);
    let now = state.clock.now();
    let oidc = &state.store.oidc;
    // Read first to validate the scope narrowing and the user before anything
    // changes; the rotation below re-checks atomically.
    let Some(found) = oidc
        .find_refresh_token(&old_digest)
        .await
        .map_err(OAuthError::from_storage)?
    else {
        return Err(OAuthError::invalid_grant("unknown refresh token"));
    };
    if found.client_id != app.client_id {
        return Err(OAuthError::invalid_grant(
            "the refresh token was issued to another client",
        ));
    }
    let scopes = narrowed_scopes(&found.scopes, form.get("scope"))?;
    let Some(subject) = Subject::load(state, &found.user_id).await? else {
        return Err(OAuthError::invalid_grant(
            "the user of this refresh token is no longer active",
        ));
    };
    let new_token = random_token(32);
    let new = NewRefreshToken {
        id: ws_storage::new_id(),
        token_digest: digest(&new_token),
        scopes: scopes.0.clone(),
        expires_at: now + state.config.refresh_token_ttl.as_secs() as i64,
    };
    let outcome = oidc
        .rotate_refresh_token(&old_digest, &app.client_id, &new, now)
        .await
        .map_err(OAuthError::from_storage)?;
    let old = match outcome {
        RotateOutcome::Rotated(old) => old,
        RotateOutcome::Reused { family_id } => {
            tracing::warn!(%family_id, client_id = %app.client_id, "refresh token reuse: family revoked");
            // The family's access tokens go too, as the message says (the store
            // revoked the refresh tokens in the same transaction as the check).
            super::revocation::revoke_grant(state, &family_id, &found.user_id)
                .await
                .map_err(OAuthError::from_storage)?;
            return Err(OAuthError::invalid_grant(
                "this refresh token was already used; for safety every token of its family is now revoked",
            ));
        }
        RotateOutcome::WrongClient => {
            return Err(OAuthError::invalid_grant(
                "the refresh token was issued to another client",
            ));
        }
        RotateOutcome::NotFound => return Err(OAuthError::invalid_grant("unknown refresh token")),
        RotateOutcome::Expired => {
            return Err(OAuthError::invalid_grant("the refresh token has expired"));
        }
        RotateOutcome::Revoked => {
            return Err(OAuthError::invalid_grant("the refresh token was revoked"));
        }
    };
    let issue = Issue {
        client_id: &app.client_id,
        app: Some(&app),
        machine_token_type: None,
        subject: &subject,
        scopes: &scopes,
        auth_time: Some(old.auth_time),
        amr: &old.amr,
        nonce: None,
        jti: None,
        refresh: Refresh::Rotated(new_token),
        sid: None,
        grant: Some(old.family_id.clone()),
    };
    respond(state, issue).await
}

/// The scopes of the new tokens: those of the refresh token, or the subset the
/// client asks for (RFC 6749 §6: never more than originally granted).
fn narrowed_scopes(granted: &[String], requested: Option<&str>) -> Result<Scopes, OAuthError> {
    let Some(requested) = requested else {
        return Ok(Scopes(granted.to_vec()));
    };
    let asked = Scopes::parse(Some(requested))?;
    if let Some(extra) = asked.0.iter().find(|s| !granted.contains(s)) {
        return Err(OAuthError::invalid_scope(format!(
            "scope '{extra}' was not granted with this refresh token; ask only for a subset"
        )));
    }
    Ok(asked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_narrowing() {
        let granted = vec!["openid".to_owned(), "offline_access".to_owned()];
        assert_eq!(narrowed_scopes(&granted, None).unwrap().0, granted);
        assert_eq!(
            narrowed_scopes(&granted, Some("openid")).unwrap().0,
            vec!["openid"]
        );
        assert_eq!(
            narrowed_scopes(&granted, Some("openid email"))
                .unwrap_err()
                .code,
            "invalid_scope"
        );
    }
}
