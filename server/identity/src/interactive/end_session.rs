//! `GET|POST /oidc/v1/end_session` (OpenID Connect RP-Initiated Logout 1.0): ends
//! the browser session (stored row and cookie) and the access tokens issued from
//! it, then returns to the client's `post_logout_redirect_uri` (with `state`) only
//! if it is registered for that client (§3: exact match); otherwise shows a
//! "signed out" page. The client is the one a valid `id_token_hint` was issued to,
//! or `client_id` once the user confirmed. A hinted request naming an unregistered
//! URI is refused and signs nothing out: the RP is known and misconfigured.
//!
//! Only a request carrying a valid `id_token_hint` signs out at once: anything else
//! could be a cross-site link or image, so the user is asked first (§2: "the OP
//! SHOULD ask the End-User whether to log out"), with a form POSTed back here under
//! a CSRF token bound to this browser, as the login forms are.

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use ws_storage::State as RecordState;

use super::csrf::{Csrf, Purpose};
use super::html::{
    error_page, escape, hidden_fields, internal_error, layout, message_page, respond,
};
use super::params::Params;
use super::redirect::{found, redirect_uri_matches, with_query};
use super::session::{self, secure_cookies};
use crate::IdentityState;

/// `GET /oidc/v1/end_session`.
pub async fn get(
    State(state): State<IdentityState>,
    jar: CookieJar,
    RawQuery(q): RawQuery,
) -> Response {
    end_session(&state, jar, &q.unwrap_or_default(), false).await
}

/// `POST /oidc/v1/end_session` (form-encoded, same parameters).
pub async fn post(State(state): State<IdentityState>, jar: CookieJar, body: String) -> Response {
    end_session(&state, jar, &body, true).await
}

async fn end_session(state: &IdentityState, jar: CookieJar, raw: &str, posted: bool) -> Response {
    let p = match Params::parse(raw) {
        Ok(p) => p,
        Err(e) => return error_page(StatusCode::BAD_REQUEST, &e),
    };
    let return_to = match return_uri(state, &p).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    // A bad hint was refused above, so a present one is valid.
    let hinted = p.get("id_token_hint").is_some();
    match p.get("csrf").filter(|_| posted) {
        Some(token) => {
            if let Err(e) = Csrf::verify(&jar, Purpose::Logout, Some(token)) {
                return error_page(StatusCode::FORBIDDEN, &e.to_string());
            }
        }
        None if !hinted => return confirmation_page(state, jar, &p),
        None => {}
    }
    let jar = match session::end(state, jar).await {
        Ok(jar) => jar,
        Err(e) => return internal_error(e),
    };
    let resp = match return_to.and_then(|uri| {
        let state_param: Vec<(&str, &str)> =
            p.get("state").map(|s| ("state", s)).into_iter().collect();
        with_query(&uri, &state_param)
    }) {
        Some(url) => found(&url),
        None => message_page(
            StatusCode::OK,
            "Signed out",
            "You are signed out. You can close this page.",
        ),
    };
    (jar, resp).into_response()
}

/// Parameters carried through the confirmation form (the hint is not: without one
/// the page is shown, and with one it is not).
const CARRIED: [&str; 4] = [
    "client_id",
    "post_logout_redirect_uri",
    "state",
    "ui_locales",
];

/// "Sign out?" with a CSRF-protected form posting the request back here.
fn confirmation_page(state: &IdentityState, jar: CookieJar, p: &Params) -> Response {
    let csrf = Csrf::from_jar(&jar);
    let token = csrf.token(Purpose::Logout);
    let mut fields = vec![("csrf", token.as_str())];
    fields.extend(CARRIED.iter().filter_map(|k| p.get(k).map(|v| (*k, v))));
    let body = format!(
        "<h1>Sign out?</h1><p>An application asked to sign you out of {issuer}.</p>\
<form method=\"post\" action=\"/oidc/v1/end_session\">{hidden}\
<button type=\"submit\" id=\"submit\">Sign out</button></form>",
        issuer = escape(state.config.issuer_str()),
        hidden = hidden_fields(&fields),
    );
    let jar = csrf.save(jar, secure_cookies(state));
    (jar, respond(StatusCode::OK, layout("Sign out?", &body))).into_response()
}

/// The client of the request: from a valid `id_token_hint` (its `azp`/`aud`), else
/// `client_id`. A hint naming a different client than `client_id` is refused; the
/// error is the sentence for the error page.
fn client_id_of(state: &IdentityState, p: &Params) -> Result<Option<String>, &'static str> {
    let from_hint = match p.get("id_token_hint") {
        Some(hint) => Some(hinted_client(state, hint).ok_or(
            "id_token_hint is not an ID token issued by this provider; send client_id instead.",
        )?),
        None => None,
    };
    match (from_hint, p.owned("client_id")) {
        (Some(h), Some(c)) if h != c => {
            Err("client_id does not match the application the id_token_hint was issued to.")
        }
        (Some(h), _) => Ok(Some(h)),
        (None, c) => Ok(c),
    }
}

/// The client an ID token was issued to (`azp`, else the first `aud`). Its
/// signature and issuer must verify; an expired token is fine, since logging out
/// after the ID token expired is normal.
fn hinted_client(state: &IdentityState, hint: &str) -> Option<String> {
    let claims = crate::tokens::verify_own_jwt(state, hint, true).ok()?;
    let aud = match claims.get("aud") {
        Some(serde_json::Value::String(s)) => Some(s.as_str()),
        Some(serde_json::Value::Array(a)) => a.first().and_then(|v| v.as_str()),
        _ => None,
    };
    claims
        .get("azp")
        .and_then(|v| v.as_str())
        .or(aud)
        .map(str::to_owned)
}

/// The registered `post_logout_redirect_uri` to return to, if any was asked for.
/// A bad `id_token_hint`, or a hinted URI not registered for its client, is refused
/// before anything is signed out: the request is not what it claims to be, so the
/// session is left alone.
async fn return_uri(state: &IdentityState, p: &Params) -> Result<Option<String>, Response> {
    let client_id = client_id_of(state, p).map_err(|e| error_page(StatusCode::BAD_REQUEST, e))?;
    let hinted = p.get("id_token_hint").is_some();
    let (Some(uri), Some(client_id)) = (p.owned("post_logout_redirect_uri"), client_id) else {
        return Ok(None);
    };
    let app = state
        .store
        .apps
        .get_app_by_client_id(&client_id)
        .await
        .map_err(internal_error)?
        .filter(|a| a.state == RecordState::Active);
    match app.filter(|a| redirect_uri_matches(&a.post_logout_redirect_uris, &uri)) {
        Some(_) => Ok(Some(uri)),
        None if !hinted => Ok(None),
        None => Err(error_page(
            StatusCode::BAD_REQUEST,
            "post_logout_redirect_uri is not registered for this application; \
             register it in the application's post-logout redirect URIs.",
        )),
    }
}
