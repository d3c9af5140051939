//! The HTML sign-in form (`GET|POST /ui/login`): username or email plus password,
//! CSRF-protected, rate-limited per username and per IP.
//!
//! An unknown user and a wrong password get the same message and cost the same
//! (the password is verified against a dummy hash), so the form does not reveal
//! which accounts exist. Whether an account is inactive or locked is only said to
//! someone who knows its password.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use ws_storage::{User, UserState};

use super::authorize::{self, AuthRequest};
use super::csrf::{Csrf, Purpose};
use super::html::{
    alert, escape, hidden_fields, internal_error, layout, message_page, respond, too_many_attempts,
};
use super::params::normalize_user_code;
use super::rate_limit::{ClientIp, check_all};
use super::second_factor_page;
use super::session::{self, Current, secure_cookies};
use crate::IdentityState;
use crate::password::{dummy_hash, verify_password};

/// The message for an unknown user and a wrong password alike.
pub const INVALID_CREDENTIALS: &str = "The username or password is incorrect.";
/// The message for a correct password of an account that may not sign in.
pub const ACCOUNT_UNAVAILABLE: &str =
    "This account cannot sign in at the moment. Contact your administrator.";

/// What the sign-in form shows and carries.
#[derive(Debug, Clone, Default)]
pub struct LoginView {
    /// Prefilled username (from `login_hint` or the previous attempt).
    pub username: String,
    /// An error to announce.
    pub error: Option<String>,
    /// The line under the heading, e.g. "to continue to ws".
    pub subtitle: String,
    /// The authorization request to resume after signing in.
    pub authorize: Option<String>,
    /// The device user code to resume after signing in.
    pub user_code: Option<String>,
}

/// Renders the sign-in form with a fresh CSRF token (setting the CSRF cookie if the
/// browser has none).
pub fn render_login(
    state: &IdentityState,
    jar: CookieJar,
    status: StatusCode,
    view: &LoginView,
) -> Response {
    let csrf = Csrf::from_jar(&jar);
    let token = csrf.token(Purpose::Login);
    let mut hidden = vec![("csrf", token.as_str())];
    if let Some(a) = &view.authorize {
        hidden.push(("authorize", a));
    }
    if let Some(c) = &view.user_code {
        hidden.push(("user_code", c));
    }
    let (user_focus, pass_focus) = if view.username.is_empty() {
        (" autofocus", "")
    } else {
        ("", " autofocus")
    };
    let body = format!(
        "<h1>Sign in</h1><p class=\"muted\">{subtitle}</p>{alert}\
<form method=\"post\" action=\"/ui/login\">{hidden}\
<label for=\"username\">Username or email</label>\
<input type=\"text\" id=\"username\" name=\"username\" value=\"{username}\" autocomplete=\"username\" \
autocapitalize=\"none\" spellcheck=\"false\" required{user_focus}>\
<label for=\"password\">Password</label>\
<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required{pass_focus}>\
<button type=\"submit\" id=\"submit\">Sign in</button></form>",
        subtitle = escape(&view.subtitle),
        alert = alert(view.error.as_deref()),
        hidden = hidden_fields(&hidden),
        username = escape(&view.username),
    );
    let jar = csrf.save(jar, secure_cookies(state));
    (jar, respond(status, layout("Sign in", &body))).into_response()
}

/// `GET /ui/login`: the form on its own (signing in to the provider only).
pub async fn get(State(state): State<IdentityState>, jar: CookieJar) -> Response {
    let view = LoginView {
        subtitle: "to your account".into(),
        ..LoginView::default()
    };
    render_login(&state, jar, StatusCode::OK, &view)
}

/// The submitted sign-in form.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    username: Option<String>,
    password: Option<String>,
    authorize: Option<String>,
    user_code: Option<String>,
}

/// Where to go after signing in.
pub(super) enum Next {
    Authorize(Box<AuthRequest>),
    Device(String),
    Nowhere,
}

/// `POST /ui/login`.
pub async fn post(
    State(state): State<IdentityState>,
    jar: CookieJar,
    ip: ClientIp,
    body: String,
) -> Response {
    let f: LoginForm = match Csrf::verified_form(&jar, Purpose::Login, &body) {
        Ok(f) => f,
        Err(page) => return page,
    };
    // Resume target first: a broken authorization request fails before any password
    // is checked or any session stored.
    let next = match next_step(&state, &f.authorize, &f.user_code).await {
        Ok(next) => next,
        Err(resp) => return resp,
    };
    let mut view = LoginView {
        username: f.username.clone().unwrap_or_default(),
        subtitle: subtitle(&next),
        authorize: f.authorize.clone(),
        user_code: f.user_code.clone(),
        error: None,
    };
    let (Some(username), Some(password)) = (non_empty(&f.username), non_empty(&f.password)) else {
        view.error = Some("Enter your username (or email) and your password.".into());
        return render_login(&state, jar, StatusCode::BAD_REQUEST, &view);
    };
    let account = match state.store.users.find_user_by_login(username.trim()).await {
        Ok(account) => account,
        Err(e) => return internal_error(e),
    };
    let keys = limit_keys(account.as_ref(), username, &ip);
    let now = state.clock.now();
    if let Err(wait) = check_all(&state.limits.login, &keys, now) {
        return too_many_attempts(wait, "failed sign-in attempts");
    }
    let checked = match authenticate(account, password).await {
        Ok(checked) => checked,
        Err(resp) => return resp,
    };
    if let Err(e) = count_password_check(&state, &checked).await {
        return internal_error(e);
    }
    let user = match checked {
        PasswordCheck::Correct(user) => user,
        PasswordCheck::Wrong(_) | PasswordCheck::NoAccount => {
            for k in &keys {
                state.limits.login.record_failure(k, now);
            }
            tracing::info!(ip = %ip.0, "sign-in failed");
            view.error = Some(INVALID_CREDENTIALS.into());
            return render_login(&state, jar, StatusCode::UNAUTHORIZED, &view);
        }
    };
    if user.state != UserState::Active {
        view.error = Some(ACCOUNT_UNAVAILABLE.into());
        return render_login(&state, jar, StatusCode::FORBIDDEN, &view);
    }
    state.limits.login.reset(&keys[0]);
    match second_factor_page::owed(&state, &user).await {
        Ok(false) => signed_in(&state, jar, &user, vec!["pwd".to_owned()], next).await,
        Ok(true) => {
            second_factor_page::challenge(&state, jar, &user, &f.authorize, &f.user_code).await
        }
        Err(e) => internal_error(e),
    }
}

/// Where the form resumes after signing in; `Err` is the answer to an invalid
/// authorization request (an error page or an error redirect).
pub(super) async fn next_step(
    state: &IdentityState,
    authorize: &Option<String>,
    user_code: &Option<String>,
) -> Result<Next, Response> {
    Ok(match (authorize, user_code) {
        (Some(raw), _) => Next::Authorize(Box::new(authorize::validate(state, raw).await?)),
        (None, Some(code)) => Next::Device(code.clone()),
        (None, None) => Next::Nowhere,
    })
}

/// Failed sign-ins are throttled per (account, client address): repeated failures
/// from one address slow that address down for that account only, so they never
/// refuse the right password typed elsewhere, nor other users behind the same
/// address (a reverse proxy, a NAT). Requests per address as such are the edge rate
/// limiter's job (`[rate_limit] identity_per_address`); guessing from many addresses
/// is stopped by the lockout policy (`[identity] max_password_attempts`).
///
/// The account part is the resolved user id, so every spelling of one login (case,
/// spaces, username, email, login name) draws on one budget. A login that names no
/// user is keyed on its folded spelling instead: it gets the same answers (the same
/// limit after the same number of failures) as an existing account typed one way,
/// so the limiter does not tell which accounts exist.
///
/// Without a known address (a server not passing connection info) the key is the
/// account alone.
pub(super) fn limit_keys(account: Option<&User>, login: &str, ip: &ClientIp) -> Vec<String> {
    let account_key = match account {
        Some(user) => format!("user:{}", user.id),
        None => format!("login:{}", login.trim().to_lowercase()),
    };
    if ip.is_known() {
        vec![format!("{account_key}|{}", ip.key())]
    } else {
        vec![account_key]
    }
}

fn non_empty(v: &Option<String>) -> Option<&str> {
    v.as_deref().filter(|s| !s.trim().is_empty())
}

fn subtitle(next: &Next) -> String {
    match next {
        Next::Authorize(req) => format!("to continue to {}", req.client.name),
        Next::Device(_) => "to connect your device".into(),
        Next::Nowhere => "to your account".into(),
    }
}

/// The outcome of one password check.
enum PasswordCheck {
    /// The password is this user's.
    Correct(User),
    /// The user exists and has a password, but not this one.
    Wrong(User),
    /// No user, or one without a password: nothing to count against.
    NoAccount,
}

/// Checks `password` against `account`; always one argon2 verification (against a
/// dummy hash when there is no account or no password), so an unknown login costs
/// what a wrong password costs.
async fn authenticate(account: Option<User>, password: &str) -> Result<PasswordCheck, Response> {
    let hash = account
        .as_ref()
        .and_then(|u| u.human())
        .and_then(|h| h.password_hash.clone());
    let known = hash.is_some();
    let hash = hash.unwrap_or_else(|| dummy_hash().to_owned());
    let password = password.to_owned();
    // argon2 is deliberately slow: keep it off the async workers.
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(internal_error)?;
    Ok(match account {
        Some(user) if known && ok => PasswordCheck::Correct(user),
        Some(user) if known => PasswordCheck::Wrong(user),
        _ => PasswordCheck::NoAccount,
    })
}

/// The lockout policy's counter: a wrong password counts (locking an active user at
/// `max_password_attempts`), a correct one resets it, as in ZITADEL. A locked user's
/// correct password resets nothing: only an administrator's unlock does.
async fn count_password_check(
    state: &IdentityState,
    checked: &PasswordCheck,
) -> Result<(), ws_storage::StorageError> {
    let users = &state.store.users;
    match checked {
        PasswordCheck::Wrong(user) => {
            let max = state.config.max_password_attempts;
            let locked = users
                .record_password_failure(&user.id, max, state.clock.now())
                .await?;
            if locked && user.state == UserState::Active {
                tracing::warn!(user_id = %user.id, "user locked after {max} failed password checks");
                // Like a lock by an administrator: the user's tokens stop working now.
                state.revocations.subject(&user.id);
            }
        }
        PasswordCheck::Correct(user) if user.state == UserState::Active => {
            users.clear_password_failures(&user.id).await?;
        }
        PasswordCheck::Correct(_) | PasswordCheck::NoAccount => {}
    }
    Ok(())
}

/// Starts the session (the methods passed are `amr`) and resumes where the sign-in
/// was asked for.
pub(super) async fn signed_in(
    state: &IdentityState,
    jar: CookieJar,
    user: &User,
    amr: Vec<String>,
    next: Next,
) -> Response {
    let (jar, session) = match session::start(state, jar, user, amr).await {
        Ok(v) => v,
        Err(e) => return internal_error(e),
    };
    tracing::info!(user_id = %user.id, "signed in");
    let current = Current {
        session,
        user: user.clone(),
    };
    let resp = match next {
        Next::Authorize(req) => authorize::issue_code(state, &req, &current).await,
        Next::Device(code) => {
            let code = normalize_user_code(&code).unwrap_or_default();
            let q = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("user_code", &code)
                .finish();
            Redirect::to(&format!("/device?{q}")).into_response()
        }
        Next::Nowhere => message_page(
            StatusCode::OK,
            "Signed in",
            "You are signed in. You can close this page.",
        ),
    };
    (jar, resp).into_response()
}
