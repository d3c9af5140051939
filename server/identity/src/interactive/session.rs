//! Browser sessions: the `ws_session` cookie (`HttpOnly; SameSite=Lax; Path=/`)
//! holds a random secret; storage keeps only its digest, the user, `auth_time` and
//! the expiry.

use axum_extra::extract::cookie::{Cookie, SameSite};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "ws_session";

/// A cookie for this provider: `HttpOnly`, `SameSite=Lax`, `Path=/`, and `Secure`
/// when the issuer is served over https.
pub fn build_cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((name, value))
        .http_only(true)
        .same_site(SameSite::Lax)
        .path("/")
        .secure(secure)
        .build()
}
