//! The `/device` page of the device flow (RFC 8628 §3.3): enter the user code
//! (pre-filled from `?user_code=`), sign in if needed, then see which application
//! asks for which scopes and approve or deny. Every form is CSRF-protected, and
//! wrong codes are counted per IP and per session: past the limit the page answers
//! 429 without looking the code up.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use ws_storage::{DeviceCode, StorageError};

use super::csrf::{Csrf, Purpose};
use super::html::{
    alert, error_page, escape, hidden_fields, internal_error, layout, message_page, respond,
    too_many_attempts,
};
use super::login::{LoginView, render_login};
use super::params::{display_user_code, normalize_user_code};
use super::rate_limit::{ClientIp, check_all};
use super::session::{self, Current, secure_cookies};
use crate::IdentityState;

/// The message for a code that is malformed, unknown, expired or already used.
pub const INVALID_CODE: &str =
    "That code is not valid or has expired. Check the code shown on your device.";

/// `?user_code=` of `GET /device`.
#[derive(Debug, Deserialize)]
pub struct DeviceQuery {
    user_code: Option<String>,
}

/// `GET /device`: the code form; with a session and a code, straight to consent.
pub async fn get(
    State(state): State<IdentityState>,
    jar: CookieJar,
    ip: ClientIp,
    Query(q): Query<DeviceQuery>,
) -> Response {
    let current = match session::current(&state, &jar).await {
        Ok(c) => c,
        Err(e) => return internal_error(e),
    };
    match (q.user_code.filter(|c| !c.trim().is_empty()), current) {
        (Some(code), Some(current)) => match lookup(&state, &jar, &ip, &code).await {
            Ok(device) => consent_page(&state, jar, &current, &device).await,
            Err(resp) => resp,
        },
        (code, _) => entry_page(
            &state,
            jar,
            StatusCode::OK,
            code.as_deref().unwrap_or(""),
            None,
        ),
    }
}

/// The code form as submitted.
#[derive(Debug, Deserialize)]
pub struct CodeForm {
    user_code: Option<String>,
}

/// `POST /device`: checks the code, then asks to sign in or shows the consent page.
pub async fn post(
    State(state): State<IdentityState>,
    jar: CookieJar,
    ip: ClientIp,
    body: String,
) -> Response {
    let f: CodeForm = match Csrf::verified_form(&jar, Purpose::DeviceCode, &body) {
        Ok(f) => f,
        Err(page) => return page,
    };
    let code = f.user_code.unwrap_or_default();
    let device = match lookup(&state, &jar, &ip, &code).await {
        Ok(d) => d,
        Err(resp) => return resp,
    };
    match session::current(&state, &jar).await {
        Ok(Some(current)) => consent_page(&state, jar, &current, &device).await,
        Ok(None) => {
            let view = LoginView {
                subtitle: "to connect your device".into(),
                user_code: Some(display_user_code(&device.user_code)),
                ..LoginView::default()
            };
            render_login(&state, jar, StatusCode::OK, &view)
        }
        Err(e) => internal_error(e),
    }
}

/// The approve/deny form as submitted.
#[derive(Debug, Deserialize)]
pub struct ConsentForm {
    user_code: Option<String>,
    action: Option<String>,
}

/// `POST /device/consent`: records the decision the token endpoint polls for.
pub async fn consent(
    State(state): State<IdentityState>,
    jar: CookieJar,
    ip: ClientIp,
    body: String,
) -> Response {
    let f: ConsentForm = match Csrf::verified_form(&jar, Purpose::DeviceConsent, &body) {
        Ok(f) => f,
        Err(page) => return page,
    };
    let approve = match f.action.as_deref() {
        Some("approve") => true,
        Some("deny") => false,
        _ => return error_page(StatusCode::BAD_REQUEST, "Choose Approve or Deny."),
    };
    let current = match session::current(&state, &jar).await {
        Ok(Some(c)) => c,
        Ok(None) => {
            let view = LoginView {
                subtitle: "to connect your device".into(),
                user_code: f.user_code.clone(),
                ..LoginView::default()
            };
            return render_login(&state, jar, StatusCode::UNAUTHORIZED, &view);
        }
        Err(e) => return internal_error(e),
    };
    let device = match lookup(&state, &jar, &ip, f.user_code.as_deref().unwrap_or("")).await {
        Ok(d) => d,
        Err(resp) => return resp,
    };
    decide(&state, &current, &device, approve).await
}

async fn decide(
    state: &IdentityState,
    current: &Current,
    device: &DeviceCode,
    approve: bool,
) -> Response {
    let now = state.clock.now();
    let oidc = &state.store.oidc;
    let result = if approve {
        oidc.approve_device_code(
            &device.user_code,
            &current.user.id,
            current.session.auth_time,
            &current.session.amr,
            now,
        )
        .await
    } else {
        oidc.deny_device_code(&device.user_code, now).await
    };
    match result {
        Ok(()) if approve => {
            tracing::info!(user_id = %current.user.id, client_id = %device.client_id, "device approved");
            message_page(
                StatusCode::OK,
                "Device connected",
                "You approved the request. You can close this page and return to your device.",
            )
        }
        Ok(()) => message_page(
            StatusCode::OK,
            "Request denied",
            "You denied the request. The device will not get access.",
        ),
        // Decided or expired between the lookup and now.
        Err(StorageError::NotFound) => error_page(StatusCode::BAD_REQUEST, INVALID_CODE),
        Err(e) => internal_error(e),
    }
}

/// Finds the pending device authorization for what the person typed, counting
/// misses against the IP and the session. `Err` is the page to answer with.
async fn lookup(
    state: &IdentityState,
    jar: &CookieJar,
    ip: &ClientIp,
    input: &str,
) -> Result<DeviceCode, Response> {
    let mut keys = vec![ip.key()];
    if let Some(sid) = session::session_id(jar) {
        keys.push(format!("session:{sid}"));
    }
    let now = state.clock.now();
    let limiter = &state.limits.user_code;
    if let Err(wait) = check_all(limiter, &keys, now) {
        return Err(too_many_attempts(wait, "wrong codes"));
    }
    let found = match normalize_user_code(input) {
        Some(code) => state
            .store
            .oidc
            .find_pending_by_user_code(&code, now)
            .await
            .map_err(internal_error)?,
        None => None,
    };
    found.ok_or_else(|| {
        for k in &keys {
            limiter.record_failure(k, now);
        }
        tracing::info!(ip = %ip.0, "wrong device user code");
        entry_page(
            state,
            jar.clone(),
            StatusCode::BAD_REQUEST,
            input,
            Some(INVALID_CODE),
        )
    })
}

/// The "enter your code" form.
fn entry_page(
    state: &IdentityState,
    jar: CookieJar,
    status: StatusCode,
    code: &str,
    error: Option<&str>,
) -> Response {
    let csrf = Csrf::from_jar(&jar);
    let token = csrf.token(Purpose::DeviceCode);
    let body = format!(
        "<h1>Connect a device</h1><p>Enter the code shown on your device.</p>{alert}\
<form method=\"post\" action=\"/device\">{hidden}\
<label for=\"user_code\">Code</label>\
<input type=\"text\" id=\"user_code\" name=\"user_code\" class=\"code\" value=\"{code}\" \
placeholder=\"XXXX-XXXX\" autocomplete=\"one-time-code\" autocapitalize=\"characters\" \
spellcheck=\"false\" maxlength=\"16\" required autofocus>\
<button type=\"submit\" id=\"submit\">Continue</button></form>",
        alert = alert(error),
        hidden = hidden_fields(&[("csrf", &token)]),
        code = escape(code),
    );
    let jar = csrf.save(jar, secure_cookies(state));
    (jar, respond(status, layout("Connect a device", &body))).into_response()
}

/// Which app asks for what, with Approve and Deny.
async fn consent_page(
    state: &IdentityState,
    jar: CookieJar,
    current: &Current,
    device: &DeviceCode,
) -> Response {
    let app_name = match state
        .store
        .apps
        .get_app_by_client_id(&device.client_id)
        .await
    {
        Ok(app) => app.map_or_else(|| device.client_id.clone(), |a| a.name),
        Err(e) => return internal_error(e),
    };
    let user = current
        .user
        .human()
        .map_or_else(|| current.user.username.clone(), |h| h.display_name.clone());
    let scopes: String = device
        .scopes
        .iter()
        .map(|s| format!("<li>{}</li>", escape(&describe_scope(s))))
        .collect();
    let csrf = Csrf::from_jar(&jar);
    let token = csrf.token(Purpose::DeviceConsent);
    let shown = display_user_code(&device.user_code);
    let body = format!(
        "<h1>Allow access?</h1><p><strong id=\"app\">{app}</strong> on a device with the code \
<span class=\"code\" id=\"code\">{code}</span> asks to act as <strong>{user}</strong>:</p>\
<ul id=\"scopes\">{scopes}</ul>\
<p class=\"muted\">Only approve if you started this on your own device.</p>\
<form method=\"post\" action=\"/device/consent\">{hidden}\
<button type=\"submit\" id=\"approve\" name=\"action\" value=\"approve\">Approve</button>\
<button type=\"submit\" id=\"deny\" name=\"action\" value=\"deny\" class=\"secondary\">Deny</button>\
</form>",
        app = escape(&app_name),
        code = escape(&shown),
        user = escape(&user),
        hidden = hidden_fields(&[("csrf", &token), ("user_code", &shown)]),
    );
    let jar = csrf.save(jar, secure_cookies(state));
    (jar, respond(StatusCode::OK, layout("Allow access?", &body))).into_response()
}

/// A human description of a scope for the consent page.
fn describe_scope(scope: &str) -> String {
    match scope {
        "openid" => "Sign you in (openid)".into(),
        "profile" => "Read your name and profile (profile)".into(),
        "email" => "Read your email address (email)".into(),
        "phone" => "Read your phone number (phone)".into(),
        "address" => "Read your address (address)".into(),
        "offline_access" => "Stay signed in while you are away (offline_access)".into(),
        s => match s
            .strip_prefix("urn:zitadel:iam:org:project:id:")
            .and_then(|r| r.strip_suffix(":aud"))
        {
            Some(project) => format!("Access project {project} ({s})"),
            None => s.to_owned(),
        },
    }
}
