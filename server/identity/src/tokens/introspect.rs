//! `POST /oauth/v2/introspect` (RFC 7662) as ZITADEL serves it: the caller is an
//! API or OIDC application authenticating with `client_secret_basic`; a token is
//! active only if it is ours, unexpired, unrevoked, its user still active, and its
//! `aud` names the caller's client id or project (PATs, instance-wide credentials,
//! are exempt). Userinfo claims and roles are evaluated at call time.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};
use ws_storage::{App, AuthMethod};

use super::access::{Kind, resolve};
use super::claims::{Scopes, Subject, add_metadata, add_roles, userinfo_claims};
use super::client_auth::{Via, authenticate_app, presented};
use super::form::Form;
use super::mint::{AccessClaims, no_store, projects_assert_roles};
use crate::{IdentityState, OAuthError};

/// The introspection handler.
pub(crate) async fn handler(
    State(state): State<IdentityState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match introspect(&state, &headers, &body).await {
        Ok(v) => no_store(Json(v).into_response()),
        Err(e) => e.into_response(),
    }
}

async fn introspect(
    state: &IdentityState,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Value, OAuthError> {
    let form = Form::parse(headers, body)?;
    let caller = caller(state, headers, &form).await?;
    let token = form.require("token")?;
    let Some(r) = resolve(state, token).await? else {
        return Ok(inactive());
    };
    let c = &r.claims;
    let for_caller = c
        .aud
        .iter()
        .any(|a| *a == caller.client_id || *a == caller.project_id);
    if r.kind != Kind::Pat && !for_caller {
        return Ok(inactive());
    }
    // The token itself was just checked (signature, expiry, revocation); the rest of
    // the answer depends only on cached reads, so it is reused with them.
    state
        .token_cache
        .introspection(&caller.client_id, &c.jti, active_answer(state, &caller, c))
        .await
}

/// The answer for a valid token: its claims plus the subject's userinfo claims,
/// metadata and roles, as of now; inactive when the user or their org is gone.
async fn active_answer(
    state: &IdentityState,
    caller: &App,
    c: &AccessClaims,
) -> Result<Value, OAuthError> {
    let Some(subject) = Subject::load(state, &c.sub).await? else {
        return Ok(inactive());
    };
    let scopes = Scopes::parse(Some(&c.scope)).unwrap_or_default();
    let mut out = userinfo_claims(&subject, &scopes);
    add_metadata(state, &mut out, &c.sub, &scopes).await?;
    let mut projects = vec![caller.project_id.clone()];
    projects.extend(
        c.aud
            .iter()
            .filter(|a| **a != c.client_id && **a != caller.project_id)
            .cloned(),
    );
    if scopes.roles_requested() || projects_assert_roles(state, &projects).await? {
        add_roles(
            state,
            &mut out,
            &c.sub,
            &projects,
            Some(&caller.project_id),
            &scopes,
        )
        .await?;
    }
    let mut base = Map::new();
    base.insert("active".into(), json!(true));
    base.insert("scope".into(), json!(c.scope));
    base.insert("client_id".into(), json!(c.client_id));
    base.insert("token_type".into(), json!("Bearer"));
    for (k, v) in [("exp", c.exp), ("iat", c.iat), ("nbf", c.nbf)] {
        base.insert(k.into(), json!(v));
    }
    if let Some(t) = c.auth_time {
        base.insert("auth_time".into(), json!(t));
    }
    base.insert("aud".into(), json!(c.aud));
    base.insert("iss".into(), json!(c.iss));
    base.insert("jti".into(), json!(c.jti));
    if !c.amr.is_empty() {
        base.insert("amr".into(), json!(c.amr));
    }
    base.insert("username".into(), json!(subject.login_name()));
    base.extend(out);
    Ok(Value::Object(base))
}

fn inactive() -> Value {
    json!({"active": false})
}

/// Authenticates the caller: Basic only, a confidential app. Failures are HTTP 400
/// `unauthorized_client`, as ZITADEL answers them (reference README §8).
async fn caller(
    state: &IdentityState,
    headers: &HeaderMap,
    form: &Form,
) -> Result<App, OAuthError> {
    let unauthorized = |d: &str| OAuthError::unauthorized_client(d.to_owned());
    let p = presented(headers, form).map_err(|e| unauthorized(&e.description))?;
    let Some(p) = p else {
        return Err(unauthorized(
            "introspection requires client authentication: HTTP Basic with the API application's client_id:client_secret",
        ));
    };
    if p.via != Via::Basic {
        return Err(unauthorized(
            "introspection accepts client_secret_basic only: send client_id:client_secret in the Authorization header",
        ));
    }
    let app = authenticate_app(state, &p)
        .await
        .map_err(|e| unauthorized(&e.description))?;
    if app.auth_method == AuthMethod::None {
        return Err(unauthorized(
            "a public client cannot introspect tokens; use an API application with a secret",
        ));
    }
    Ok(app)
}
