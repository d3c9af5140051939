//! `GET|POST /oidc/v1/userinfo` (OIDC Core §5.3): the bearer token (JWT, opaque or
//! PAT) → the user's claims for the token's scopes, and roles (evaluated now) when
//! the scopes ask for them or a project in the audience asserts them. A missing or
//! invalid token is 401 with `WWW-Authenticate: Bearer error="invalid_token"`.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::access::resolve;
use super::claims::{Scopes, Subject, add_metadata, add_roles, userinfo_claims};
use super::form::Form;
use super::mint::projects_assert_roles;
use crate::{IdentityState, OAuthError};

/// The userinfo handler (GET and POST).
pub(crate) async fn handler(
    State(state): State<IdentityState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match userinfo(&state, &headers, &body).await {
        Ok(v) => Json(v).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn userinfo(
    state: &IdentityState,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Value, OAuthError> {
    let token = bearer(headers, body)?;
    let Some(r) = resolve(state, &token).await? else {
        return Err(OAuthError::invalid_token(
            "the access token is invalid, expired or revoked",
        ));
    };
    let c = &r.claims;
    let Some(subject) = Subject::load(state, &c.sub).await? else {
        return Err(OAuthError::invalid_token(
            "the user of this token is no longer active",
        ));
    };
    let scopes = Scopes::parse(Some(&c.scope)).unwrap_or_default();
    let mut out = userinfo_claims(&subject, &scopes);
    add_metadata(state, &mut out, &c.sub, &scopes).await?;
    let projects: Vec<String> = c
        .aud
        .iter()
        .filter(|a| **a != c.client_id)
        .cloned()
        .collect();
    if scopes.roles_requested() || projects_assert_roles(state, &projects).await? {
        let generic = projects.first().map(String::as_str);
        add_roles(state, &mut out, &c.sub, &projects, generic, &scopes).await?;
    }
    Ok(Value::Object(out))
}

/// The token from `Authorization: Bearer …`, or from a POST form's `access_token`
/// (RFC 6750 §2.2).
fn bearer(headers: &HeaderMap, body: &Bytes) -> Result<String, OAuthError> {
    if let Some(v) = headers.get(header::AUTHORIZATION) {
        let v = v.to_str().unwrap_or("");
        return match v.split_once(' ') {
            Some((scheme, t)) if scheme.eq_ignore_ascii_case("bearer") && !t.trim().is_empty() => {
                Ok(t.trim().to_owned())
            }
            _ => Err(OAuthError::invalid_token(
                "the Authorization header must be 'Bearer <access token>'",
            )),
        };
    }
    if !body.is_empty()
        && let Ok(form) = Form::parse(headers, body)
        && let Some(t) = form.get("access_token")
    {
        return Ok(t.to_owned());
    }
    Err(missing_token())
}

/// No token at all: RFC 6750 §3.1 says 401 with a bare `Bearer` challenge; we add
/// the error code like ZITADEL so clients can branch on it.
fn missing_token() -> OAuthError {
    OAuthError::invalid_token("missing access token: send 'Authorization: Bearer <token>'")
}
