//! CSRF protection of the HTML forms: a per-browser random secret in an `HttpOnly`,
//! `SameSite=Lax` cookie, and per-form tokens `nonce.HMAC(secret, purpose|nonce)`.
//!
//! A cross-site attacker can neither read the cookie nor forge a token bound to it,
//! every form gets its own token (several tabs do not invalidate each other), and a
//! token minted for one form (login) is refused by another (device consent).

use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use sha2::Sha256;

use crate::secrets::{ct_eq, random_token};

use super::html::error_page;
use super::params::form;
use super::session::build_cookie;

/// Name of the cookie holding the browser's CSRF secret.
pub const CSRF_COOKIE: &str = "ws_csrf";

/// Which form a token was minted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The sign-in form.
    Login,
    /// The device page's "enter your code" form.
    DeviceCode,
    /// The device page's approve/deny form.
    DeviceConsent,
    /// The "sign out?" confirmation of `end_session`.
    Logout,
    /// The second-factor step of signing in.
    SecondFactor,
}

impl Purpose {
    fn label(self) -> &'static str {
        match self {
            Purpose::Login => "login",
            Purpose::DeviceCode => "device-code",
            Purpose::DeviceConsent => "device-consent",
            Purpose::Logout => "logout",
            Purpose::SecondFactor => "second-factor",
        }
    }
}

/// Why a form submission was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CsrfError {
    /// The form carried no token, or the browser no CSRF cookie.
    #[error("the form is missing its security token; reload the page and try again")]
    Missing,
    /// The token does not belong to this browser or this form.
    #[error("the form's security token is invalid or stale; reload the page and try again")]
    Invalid,
}

/// The CSRF secret of one browser, read from its cookie or newly generated.
#[derive(Debug, Clone)]
pub struct Csrf {
    secret: String,
    fresh: bool,
}

impl Csrf {
    /// The browser's secret, or a new one when it has none (set it with [`Self::save`]).
    pub fn from_jar(jar: &CookieJar) -> Self {
        match jar.get(CSRF_COOKIE).map(Cookie::value) {
            Some(v) if v.len() >= 32 => Self {
                secret: v.to_owned(),
                fresh: false,
            },
            _ => Self {
                secret: random_token(32),
                fresh: true,
            },
        }
    }

    /// A new token for a form of `purpose`.
    pub fn token(&self, purpose: Purpose) -> String {
        let nonce = random_token(16);
        let mac = mac(&self.secret, purpose, &nonce);
        format!("{nonce}.{mac}")
    }

    /// Adds the cookie to `jar` when the secret is new.
    pub fn save(&self, jar: CookieJar, secure: bool) -> CookieJar {
        if self.fresh {
            jar.add(build_cookie(CSRF_COOKIE, self.secret.clone(), secure))
        } else {
            jar
        }
    }

    /// Checks a submitted token against the browser's cookie, in constant time.
    pub fn verify(jar: &CookieJar, purpose: Purpose, token: Option<&str>) -> Result<(), CsrfError> {
        let secret = jar
            .get(CSRF_COOKIE)
            .map(Cookie::value)
            .filter(|s| !s.is_empty());
        let (Some(secret), Some(token)) = (secret, token.filter(|t| !t.is_empty())) else {
            return Err(CsrfError::Missing);
        };
        let (nonce, given) = token.split_once('.').ok_or(CsrfError::Invalid)?;
        let expected = mac(secret, purpose, nonce);
        if ct_eq(expected.as_bytes(), given.as_bytes()) {
            Ok(())
        } else {
            Err(CsrfError::Invalid)
        }
    }

    /// Parses a form body and checks its `csrf` field for `purpose`. The `Err` is the
    /// page to answer: 400 for a malformed body, 403 for a missing or wrong token.
    // The page is returned as is, like the async helpers of these handlers do; it is
    // built only on the refusal path, so its size costs nothing on success.
    #[allow(clippy::result_large_err)]
    pub fn verified_form<T: DeserializeOwned>(
        jar: &CookieJar,
        purpose: Purpose,
        body: &str,
    ) -> Result<T, Response> {
        #[derive(Deserialize)]
        struct Token {
            csrf: Option<String>,
        }
        let bad_form = |e: String| error_page(StatusCode::BAD_REQUEST, &e);
        let fields: T = form(body).map_err(bad_form)?;
        let token: Token = form(body).map_err(bad_form)?;
        Self::verify(jar, purpose, token.csrf.as_deref())
            .map_err(|e| error_page(StatusCode::FORBIDDEN, &e.to_string()))?;
        Ok(fields)
    }
}

fn mac(secret: &str, purpose: Purpose, nonce: &str) -> String {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail here.
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    m.update(purpose.label().as_bytes());
    m.update(b"|");
    m.update(nonce.as_bytes());
    URL_SAFE_NO_PAD.encode(m.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jar_with(c: &Csrf) -> CookieJar {
        c.save(CookieJar::new(), false)
    }

    #[test]
    fn token_verifies_for_its_cookie_and_purpose_only() {
        let c = Csrf::from_jar(&CookieJar::new());
        let jar = jar_with(&c);
        let t = c.token(Purpose::Login);
        assert_eq!(Csrf::verify(&jar, Purpose::Login, Some(&t)), Ok(()));
        assert_eq!(
            Csrf::verify(&jar, Purpose::DeviceConsent, Some(&t)),
            Err(CsrfError::Invalid)
        );
        let other = jar_with(&Csrf::from_jar(&CookieJar::new()));
        assert_eq!(
            Csrf::verify(&other, Purpose::Login, Some(&t)),
            Err(CsrfError::Invalid)
        );
        assert_eq!(
            Csrf::verify(&jar, Purpose::Login, None),
            Err(CsrfError::Missing)
        );
        assert_eq!(
            Csrf::verify(&CookieJar::new(), Purpose::Login, Some(&t)),
            Err(CsrfError::Missing)
        );
        assert_eq!(
            Csrf::verify(&jar, Purpose::Login, Some("x.y")),
            Err(CsrfError::Invalid)
        );
        assert_eq!(
            Csrf::verify(&jar, Purpose::Login, Some("nodot")),
            Err(CsrfError::Invalid)
        );
    }

    #[test]
    fn existing_cookie_is_reused_and_tokens_differ() {
        let c = Csrf::from_jar(&CookieJar::new());
        let jar = jar_with(&c);
        let again = Csrf::from_jar(&jar);
        assert!(!again.fresh);
        let (a, b) = (again.token(Purpose::Login), again.token(Purpose::Login));
        assert_ne!(a, b);
        assert!(Csrf::verify(&jar, Purpose::Login, Some(&a)).is_ok());
        assert!(Csrf::verify(&jar, Purpose::Login, Some(&b)).is_ok());
    }
}
