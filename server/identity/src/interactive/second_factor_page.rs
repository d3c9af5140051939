//! The second step of signing in (`POST /ui/login/second-factor`): after the right
//! password of a user with a verified TOTP authenticator, the login form answers with
//! this step instead of a session. The browser holds a random challenge secret in the
//! `ws_mfa` cookie (storage keeps its digest, the user and the methods passed); the
//! form takes a code from the authenticator app or a recovery code, CSRF-protected.
//!
//! Wrong codes are throttled per (user, client address) like wrong passwords and count
//! towards the lockout policy (`[identity] max_password_attempts`): at the limit the
//! user is locked until an administrator unlocks it. The session that follows carries
//! `amr` `["pwd", "otp", "mfa"]`, as ZITADEL issues it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use serde::Deserialize;
use ws_storage::{LoginChallenge, StorageError, User, UserState};

use super::csrf::{Csrf, Purpose};
use super::html::{
    alert, error_page, hidden_fields, internal_error, layout, respond, too_many_attempts,
};
use super::login::{ACCOUNT_UNAVAILABLE, limit_keys, next_step, signed_in};
use super::rate_limit::{ClientIp, check_all};
use super::session::{build_cookie, secure_cookies};
use crate::IdentityState;
use crate::second_factor::{code_step, spend_recovery_code};
use crate::secrets::{digest, random_token};

/// Name of the cookie holding the challenge secret.
pub const CHALLENGE_COOKIE: &str = "ws_mfa";
/// How long the second step may take before the sign-in starts over.
const CHALLENGE_TTL_SECS: i64 = 300;
/// The message for a wrong, reused or expired code.
pub const INVALID_CODE: &str = "The code is incorrect. Enter the current code from your \
authenticator app, or one of your recovery codes.";
/// The message when the challenge is missing or expired.
pub const CHALLENGE_EXPIRED: &str =
    "This sign-in has expired or was already completed. Sign in again.";

/// Whether `user` owes a second factor after the password: a verified TOTP.
pub async fn owed(state: &IdentityState, user: &User) -> Result<bool, StorageError> {
    let factor = state.store.second_factors.get_totp(&user.id).await?;
    Ok(factor.is_some_and(|f| f.verified_at.is_some()))
}

/// Stores a challenge for `user` (whose password was right), sets its cookie and
/// shows the code form, carrying where the sign-in resumes.
pub async fn challenge(
    state: &IdentityState,
    jar: CookieJar,
    user: &User,
    authorize: &Option<String>,
    user_code: &Option<String>,
) -> Response {
    let secret = random_token(32);
    let now = state.clock.now();
    let record = LoginChallenge {
        id: digest(&secret),
        user_id: user.id.clone(),
        amr: vec!["pwd".to_owned()],
        expires_at: now.saturating_add(CHALLENGE_TTL_SECS),
    };
    if let Err(e) = state
        .store
        .second_factors
        .create_login_challenge(&record, now)
        .await
    {
        return internal_error(e);
    }
    let jar = jar.add(build_cookie(
        CHALLENGE_COOKIE,
        secret,
        secure_cookies(state),
    ));
    let page = Page {
        authorize: authorize.clone(),
        user_code: user_code.clone(),
        error: None,
    };
    render(state, jar, StatusCode::OK, &page)
}

/// What the code form carries and announces.
struct Page {
    authorize: Option<String>,
    user_code: Option<String>,
    error: Option<String>,
}

fn render(state: &IdentityState, jar: CookieJar, status: StatusCode, page: &Page) -> Response {
    let csrf = Csrf::from_jar(&jar);
    let token = csrf.token(Purpose::SecondFactor);
    let mut hidden = vec![("csrf", token.as_str())];
    if let Some(a) = &page.authorize {
        hidden.push(("authorize", a));
    }
    if let Some(c) = &page.user_code {
        hidden.push(("user_code", c));
    }
    let body = format!(
        "<h1>Two-factor authentication</h1>{alert}\
<form method=\"post\" action=\"/ui/login/second-factor\">{hidden}\
<label for=\"code\">Code from your authenticator app, or a recovery code</label>\
<input type=\"text\" id=\"code\" name=\"code\" autocomplete=\"one-time-code\" \
autocapitalize=\"none\" spellcheck=\"false\" required autofocus>\
<button type=\"submit\" id=\"submit\">Verify</button></form>",
        alert = alert(page.error.as_deref()),
        hidden = hidden_fields(&hidden),
    );
    let jar = csrf.save(jar, secure_cookies(state));
    (
        jar,
        respond(status, layout("Two-factor authentication", &body)),
    )
        .into_response()
}

/// The submitted code form.
#[derive(Debug, Deserialize)]
pub struct CodeForm {
    code: Option<String>,
    authorize: Option<String>,
    user_code: Option<String>,
}

/// `POST /ui/login/second-factor`.
pub async fn post(
    State(state): State<IdentityState>,
    jar: CookieJar,
    ip: ClientIp,
    body: String,
) -> Response {
    let f: CodeForm = match Csrf::verified_form(&jar, Purpose::SecondFactor, &body) {
        Ok(f) => f,
        Err(page) => return page,
    };
    let next = match next_step(&state, &f.authorize, &f.user_code).await {
        Ok(next) => next,
        Err(resp) => return resp,
    };
    let (challenge, user) = match pending(&state, &jar).await {
        Ok(Some(found)) => found,
        Ok(None) => return error_page(StatusCode::UNAUTHORIZED, CHALLENGE_EXPIRED),
        Err(e) => return internal_error(e),
    };
    // Wrong codes draw on the same budget per (user, client address) as wrong passwords.
    let keys = limit_keys(Some(&user), "", &ip);
    let now = state.clock.now();
    if let Err(wait) = check_all(&state.limits.login, &keys, now) {
        return too_many_attempts(wait, "failed sign-in attempts");
    }
    let mut page = Page {
        authorize: f.authorize.clone(),
        user_code: f.user_code.clone(),
        error: None,
    };
    let code = f.code.as_deref().map(str::trim).unwrap_or_default();
    let passed = match check_code(&state, &user, code).await {
        Ok(passed) => passed,
        Err(e) => return internal_error(e),
    };
    if !passed {
        for k in &keys {
            state.limits.login.record_failure(k, now);
        }
        let max = state.config.max_password_attempts;
        match state
            .store
            .second_factors
            .record_totp_failure(&user.id, max, now)
            .await
        {
            Ok(true) => {
                tracing::warn!(user_id = %user.id, "user locked after {max} wrong second-factor codes");
                state.revocations.subject(&user.id);
                page.error = Some(ACCOUNT_UNAVAILABLE.into());
                return render(&state, jar, StatusCode::FORBIDDEN, &page);
            }
            Ok(false) => {}
            Err(e) => return internal_error(e),
        }
        tracing::info!(ip = %ip.0, "second factor failed");
        page.error = Some(INVALID_CODE.into());
        return render(&state, jar, StatusCode::UNAUTHORIZED, &page);
    }
    // Only the one request that removes the challenge signs in.
    match state
        .store
        .second_factors
        .take_login_challenge(&challenge.id)
        .await
    {
        Ok(true) => {}
        Ok(false) => return error_page(StatusCode::UNAUTHORIZED, CHALLENGE_EXPIRED),
        Err(e) => return internal_error(e),
    }
    state.limits.login.reset(&keys[0]);
    let jar = jar.remove(Cookie::build(CHALLENGE_COOKIE).path("/"));
    let mut amr = challenge.amr;
    amr.extend(["otp".to_owned(), "mfa".to_owned()]);
    signed_in(&state, jar, &user, amr, next).await
}

/// The browser's unexpired challenge and its (still active) user.
async fn pending(
    state: &IdentityState,
    jar: &CookieJar,
) -> Result<Option<(LoginChallenge, User)>, StorageError> {
    let Some(secret) = jar.get(CHALLENGE_COOKIE).map(Cookie::value) else {
        return Ok(None);
    };
    let factors = &state.store.second_factors;
    let Some(challenge) = factors.get_login_challenge(&digest(secret)).await? else {
        return Ok(None);
    };
    if challenge.expires_at <= state.clock.now() {
        return Ok(None);
    }
    let user = state.store.users.get_user(&challenge.user_id).await?;
    Ok(user
        .filter(|u| u.state == UserState::Active)
        .map(|u| (challenge, u)))
}

/// Whether `code` passes: a TOTP code for a time step not used before, or an unused
/// recovery code (spent by this call).
async fn check_code(state: &IdentityState, user: &User, code: &str) -> Result<bool, String> {
    if code.is_empty() {
        return Ok(false);
    }
    let factors = &state.store.second_factors;
    let factor = factors
        .get_totp(&user.id)
        .await
        .map_err(|e| e.to_string())?;
    let Some(factor) = factor.filter(|f| f.verified_at.is_some()) else {
        return Ok(false);
    };
    if code.chars().all(|c| c.is_ascii_digit()) {
        let Some(step) = code_step(state, &factor, code).map_err(|e| e.to_string())? else {
            return Ok(false);
        };
        return factors
            .accept_totp_step(&user.id, step)
            .await
            .map_err(|e| e.to_string());
    }
    spend_recovery_code(state, &user.id, code)
        .await
        .map_err(|e| e.to_string())
}
