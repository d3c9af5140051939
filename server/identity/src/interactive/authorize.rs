//! `GET|POST /oauth/v2/authorize` (authorization code flow with PKCE).
//!
//! The client and redirect URI are checked first; until both are valid, errors are
//! shown as an HTML page and never redirected (RFC 6749 §4.1.2.1), so the endpoint
//! cannot be used as an open redirector. Every later error is redirected to the
//! client with `error`, `error_description`, `state` and `iss`.

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::CookieJar;
use ws_storage::{App, AppType, AuthCode, AuthMethod, State as RecordState};

use super::html::{error_page, internal_error};
use super::login::{LoginView, render_login};
use super::params::{Params, Pkce, Prompt, parse_max_age, parse_pkce, parse_prompt, parse_scopes};
use super::redirect::{ReplyTo, redirect_uri_matches};
use super::session::{self, Current};
use crate::IdentityState;
use crate::secrets::{digest, random_token};

/// Longest `nonce` accepted; it is stored and echoed in the ID token.
const MAX_NONCE_LEN: usize = 512;

/// A validated authorization request.
#[derive(Debug, Clone)]
pub struct AuthRequest {
    /// The requesting application.
    pub client: App,
    /// Where and how to answer.
    pub reply: ReplyTo,
    /// Requested scopes (validated, `openid` included).
    pub scopes: Vec<String>,
    /// The client's nonce.
    pub nonce: Option<String>,
    /// The PKCE challenge.
    pub pkce: Option<Pkce>,
    /// `prompt` values.
    pub prompt: Prompt,
    /// `max_age` in seconds.
    pub max_age: Option<i64>,
    /// `login_hint`, to prefill the username.
    pub login_hint: Option<String>,
    /// The request as received, carried through the login form and validated again.
    pub raw: String,
}

/// `GET /oauth/v2/authorize`.
pub async fn get(
    State(state): State<IdentityState>,
    jar: CookieJar,
    RawQuery(q): RawQuery,
) -> Response {
    authorize(&state, jar, q.unwrap_or_default()).await
}

/// `POST /oauth/v2/authorize` (form-encoded, same parameters).
pub async fn post(State(state): State<IdentityState>, jar: CookieJar, body: String) -> Response {
    authorize(&state, jar, body).await
}

async fn authorize(state: &IdentityState, jar: CookieJar, raw: String) -> Response {
    let req = match validate(state, &raw).await {
        Ok(req) => req,
        Err(resp) => return resp,
    };
    let current = match session::current(state, &jar).await {
        Ok(c) => c,
        Err(e) => return internal_error(e),
    };
    let now = state.clock.now();
    let usable = current.filter(|c| {
        !req.prompt.login && req.max_age.is_none_or(|m| now - c.session.auth_time <= m)
    });
    match usable {
        Some(current) => issue_code(state, &req, &current).await,
        None if req.prompt.none => req.reply.error(
            "login_required",
            "prompt=none was requested but the user is not signed in (or must sign in again)",
        ),
        None => {
            let view = LoginView {
                username: req.login_hint.clone().unwrap_or_default(),
                error: None,
                subtitle: format!("to continue to {}", req.client.name),
                authorize: Some(req.raw.clone()),
                user_code: None,
            };
            render_login(state, jar, StatusCode::OK, &view)
        }
    }
}

/// Validates a raw authorization request. The `Err` is the finished answer: an
/// error page while the client or redirect URI is in doubt, else an error redirect.
pub async fn validate(state: &IdentityState, raw: &str) -> Result<AuthRequest, Response> {
    let p = Params::parse(raw).map_err(|e| error_page(StatusCode::BAD_REQUEST, &e))?;
    let client = client_of(state, &p).await?;
    let Some(redirect_uri) = p.owned("redirect_uri") else {
        return Err(error_page(
            StatusCode::BAD_REQUEST,
            "The request has no redirect_uri. The application must send one of its registered redirect URIs.",
        ));
    };
    if !redirect_uri_matches(&client.redirect_uris, &redirect_uri) {
        return Err(error_page(
            StatusCode::BAD_REQUEST,
            "The redirect_uri is not registered for this application. Register it on the \
             application, or fix the address the application sends.",
        ));
    }
    let reply = ReplyTo {
        redirect_uri,
        state: p.owned("state"),
        issuer: state.config.issuer_str().to_owned(),
    };
    let err = |code: &str, d: String| reply.error(code, &d);
    check_request_shape(&p, &client).map_err(|(c, d)| err(c, d))?;
    let scopes = parse_scopes(p.get("scope")).map_err(|d| err("invalid_scope", d))?;
    let public = client.auth_method == AuthMethod::None;
    let pkce = parse_pkce(
        p.get("code_challenge"),
        p.get("code_challenge_method"),
        public,
    )
    .map_err(|d| err("invalid_request", d))?;
    let prompt = parse_prompt(p.get("prompt")).map_err(|d| err("invalid_request", d))?;
    let max_age = parse_max_age(p.get("max_age")).map_err(|d| err("invalid_request", d))?;
    let nonce = p.owned("nonce");
    if nonce.as_ref().is_some_and(|n| n.len() > MAX_NONCE_LEN) {
        return Err(err(
            "invalid_request",
            format!("nonce must be at most {MAX_NONCE_LEN} characters"),
        ));
    }
    Ok(AuthRequest {
        client,
        reply,
        scopes,
        nonce,
        pkce,
        prompt,
        max_age,
        login_hint: p.owned("login_hint"),
        raw: raw.to_owned(),
    })
}

async fn client_of(state: &IdentityState, p: &Params) -> Result<App, Response> {
    let Some(client_id) = p.get("client_id") else {
        return Err(error_page(
            StatusCode::BAD_REQUEST,
            "The request has no client_id. The application must identify itself.",
        ));
    };
    match state.store.apps.get_app_by_client_id(client_id).await {
        Ok(Some(app)) if app.state == RecordState::Active && app.app_type != AppType::Api => {
            Ok(app)
        }
        Ok(_) => Err(error_page(
            StatusCode::BAD_REQUEST,
            "Unknown application: no active application has this client_id.",
        )),
        Err(e) => Err(internal_error(e)),
    }
}

/// Checks `response_type`, `response_mode`, request objects and the client's grant.
fn check_request_shape(p: &Params, client: &App) -> Result<(), (&'static str, String)> {
    if p.get("request").is_some() {
        return Err((
            "request_not_supported",
            "request objects are not supported; send plain parameters".into(),
        ));
    }
    if p.get("request_uri").is_some() {
        return Err((
            "request_uri_not_supported",
            "request_uri is not supported; send plain parameters".into(),
        ));
    }
    match p.get("response_type") {
        None => {
            return Err((
                "invalid_request",
                "parameter `response_type` is required; use `code`".into(),
            ));
        }
        Some("code") => {}
        Some(other) => {
            return Err((
                "unsupported_response_type",
                format!("response_type `{other}` is not supported; use `code`"),
            ));
        }
    }
    if let Some(mode) = p.get("response_mode").filter(|m| *m != "query") {
        return Err((
            "invalid_request",
            format!("response_mode `{mode}` is not supported; use `query`"),
        ));
    }
    if !client.grant_types.iter().any(|g| g == "authorization_code") {
        return Err((
            "unauthorized_client",
            "this application may not use the authorization code flow; enable the grant on the application".into(),
        ));
    }
    Ok(())
}

/// Stores a new authorization code for the signed-in user and redirects it to the
/// client. Only the code's digest is stored.
pub async fn issue_code(state: &IdentityState, req: &AuthRequest, current: &Current) -> Response {
    let code = random_token(32);
    let ttl = i64::try_from(state.config.auth_code_ttl.as_secs()).unwrap_or(i64::MAX);
    let record = AuthCode {
        code_digest: digest(&code),
        client_id: req.client.client_id.clone(),
        user_id: current.user.id.clone(),
        session_id: Some(current.session.id.clone()),
        redirect_uri: req.reply.redirect_uri.clone(),
        scopes: req.scopes.clone(),
        nonce: req.nonce.clone(),
        code_challenge: req.pkce.as_ref().map(|p| p.challenge.clone()),
        code_challenge_method: req.pkce.as_ref().map(|_| "S256".to_owned()),
        auth_time: current.session.auth_time,
        amr: current.session.amr.clone(),
        expires_at: state.clock.now().saturating_add(ttl),
    };
    match state.store.oidc.insert_auth_code(&record).await {
        Ok(()) => req.reply.code(&code),
        Err(e) => internal_error(e),
    }
}
