//! The `client_credentials` grant for machine users (service accounts), as in
//! ZITADEL: the client id is the machine user's username, the secret the one
//! generated for it; basic or post. No refresh token (RFC 6749 §4.4.3).

use axum::http::HeaderMap;
use axum::response::Response;
use ws_storage::AccessTokenType;

use super::claims::{Scopes, Subject};
use super::client_auth::{authenticate_machine, presented};
use super::form::Form;
use super::mint::{Issue, Refresh, respond};
use crate::{IdentityState, OAuthError};

pub(crate) async fn grant(
    state: &IdentityState,
    headers: &HeaderMap,
    form: &Form,
) -> Result<Response, OAuthError> {
    let Some(p) = presented(headers, form)? else {
        return Err(OAuthError::invalid_client(
            "client_credentials needs client authentication: the machine user's username and secret, by Basic or in the body",
        ));
    };
    let user = authenticate_machine(state, &p).await?;
    let scopes = Scopes::parse(form.get("scope"))?;
    let Some(subject) = Subject::load(state, &user.id).await? else {
        return Err(OAuthError::invalid_grant(
            "this machine user or its organization is not active",
        ));
    };
    let token_type = user
        .machine()
        .map(|m| m.access_token_type)
        .unwrap_or(AccessTokenType::Bearer);
    let issue = Issue {
        client_id: &p.client_id,
        app: None,
        machine_token_type: Some(token_type),
        subject: &subject,
        scopes: &scopes,
        auth_time: None,
        amr: &[],
        nonce: None,
        jti: None,
        refresh: Refresh::No,
        sid: None,
        grant: None,
    };
    respond(state, issue).await
}
