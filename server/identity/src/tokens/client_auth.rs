//! Client authentication at the token, introspection and revocation endpoints:
//! `client_secret_basic`, `client_secret_post`, or none for public clients. Secrets
//! are compared in constant time against their stored digest; failures never say
//! whether the client id or the secret was wrong.

use axum::http::{HeaderMap, header};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use percent_encoding::percent_decode_str;
use ws_storage::{App, AuthMethod, State, User};

use super::form::Form;
use crate::secrets::matches_digest;
use crate::{IdentityState, OAuthError};

/// How the credentials were sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// HTTP Basic (`client_secret_basic`).
    Basic,
    /// Form fields `client_id` (+ `client_secret`).
    Post,
}

/// Client credentials as presented, before any lookup.
#[derive(Clone)]
pub(crate) struct Presented {
    /// The client id.
    pub client_id: String,
    /// The secret, if one was sent.
    pub secret: Option<String>,
    /// How they were sent.
    pub via: Via,
}

impl std::fmt::Debug for Presented {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Presented")
            .field("client_id", &self.client_id)
            .field("via", &self.via)
            .finish()
    }
}

/// Reads client credentials from the `Authorization: Basic` header or the form.
/// Both at once is an error (RFC 6749 §2.3: one method per request).
pub(crate) fn presented(headers: &HeaderMap, form: &Form) -> Result<Option<Presented>, OAuthError> {
    let basic = match headers.get(header::AUTHORIZATION) {
        Some(v) => Some(parse_basic(v.to_str().unwrap_or(""))?),
        None => None,
    };
    match (basic, form.get("client_id")) {
        (Some(b), None) if form.get("client_secret").is_none() => Ok(Some(b)),
        (Some(_), _) => Err(OAuthError::invalid_request(
            "client credentials sent both in the Authorization header and in the body; use one method",
        )),
        (None, Some(id)) => Ok(Some(Presented {
            client_id: id.to_owned(),
            secret: form.get("client_secret").map(str::to_owned),
            via: Via::Post,
        })),
        (None, None) if form.get("client_secret").is_some() => Err(OAuthError::invalid_request(
            "client_secret sent without client_id",
        )),
        (None, None) => Ok(None),
    }
}

/// Parses `Basic base64(urlencode(id) ":" urlencode(secret))` (RFC 6749 §2.3.1).
fn parse_basic(value: &str) -> Result<Presented, OAuthError> {
    let bad = || {
        OAuthError::invalid_client(
            "malformed Authorization header: expected Basic base64(client_id:client_secret)",
        )
    };
    let (scheme, b64) = value.split_once(' ').ok_or_else(bad)?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(OAuthError::invalid_client(
            "unsupported Authorization scheme for client authentication: use Basic",
        ));
    }
    let raw = STANDARD.decode(b64.trim()).map_err(|_| bad())?;
    let raw = String::from_utf8(raw).map_err(|_| bad())?;
    let (id, secret) = raw.split_once(':').ok_or_else(bad)?;
    let dec = |s: &str| {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8()
            .map(|c| c.into_owned())
    };
    let id = dec(id).map_err(|_| bad())?;
    let secret = dec(secret).map_err(|_| bad())?;
    if id.is_empty() {
        return Err(bad());
    }
    Ok(Presented {
        client_id: id,
        secret: (!secret.is_empty()).then_some(secret),
        via: Via::Basic,
    })
}

/// The generic failure: never tells whether the id or the secret was wrong.
pub(crate) fn auth_failed() -> OAuthError {
    OAuthError::invalid_client("client authentication failed: unknown client or wrong secret")
}

/// Authenticates an OIDC/API application. Public apps (auth method none) must not
/// send a secret; confidential ones must send the right one, by basic or post.
pub(crate) async fn authenticate_app(
    state: &IdentityState,
    p: &Presented,
) -> Result<App, OAuthError> {
    let app = state.token_cache.app(state, &p.client_id).await?;
    let Some(app) = app.filter(|a| a.state == State::Active) else {
        if let Some(s) = &p.secret {
            // Same work as a real check, so unknown ids cost the same time.
            let _ = matches_digest(
                s,
                "0000000000000000000000000000000000000000000000000000000000000000",
            );
        }
        return Err(auth_failed());
    };
    match (app.auth_method, &p.secret, &app.client_secret_digest) {
        (AuthMethod::None, None, _) => Ok(app),
        (AuthMethod::None, Some(_), _) => Err(OAuthError::invalid_client(
            "this client is public (auth method none): do not send a client secret",
        )),
        (_, None, _) => Err(OAuthError::invalid_client(
            "this client is confidential: authenticate with client_secret_basic or client_secret_post",
        )),
        (_, Some(secret), Some(digest)) if matches_digest(secret, digest) => Ok(app),
        _ => Err(auth_failed()),
    }
}

/// Authenticates a machine user by username (its client id) and client secret.
pub(crate) async fn authenticate_machine(
    state: &IdentityState,
    p: &Presented,
) -> Result<User, OAuthError> {
    let Some(secret) = &p.secret else {
        return Err(OAuthError::invalid_client(
            "client_credentials needs a client secret: send client_id:client_secret with Basic or in the body",
        ));
    };
    let user = state.token_cache.machine(state, &p.client_id).await?;
    let digest = user
        .as_ref()
        .and_then(|u| u.machine())
        .and_then(|m| m.secret_digest.clone());
    let ok = matches_digest(
        secret,
        digest
            .as_deref()
            .unwrap_or("0000000000000000000000000000000000000000000000000000000000000000"),
    );
    match user {
        Some(u) if ok && digest.is_some() => Ok(u),
        _ => Err(auth_failed()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Bytes;

    fn form(body: &str) -> Form {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            "application/x-www-form-urlencoded".parse().unwrap(),
        );
        Form::parse(&h, &Bytes::from(body.to_owned())).unwrap()
    }

    #[test]
    fn basic_post_and_conflicts() {
        let mut h = HeaderMap::new();
        h.insert(
            header::AUTHORIZATION,
            format!("Basic {}", STANDARD.encode("my%20app:s%3Acret"))
                .parse()
                .unwrap(),
        );
        let p = presented(&h, &form("grant_type=x")).unwrap().unwrap();
        assert_eq!(
            (p.client_id.as_str(), p.secret.as_deref(), p.via),
            ("my app", Some("s:cret"), Via::Basic)
        );
        assert_eq!(
            presented(&h, &form("client_id=a")).unwrap_err().code,
            "invalid_request"
        );

        let p = presented(&HeaderMap::new(), &form("client_id=a&client_secret=b"))
            .unwrap()
            .unwrap();
        assert_eq!(
            (p.client_id.as_str(), p.secret.as_deref(), p.via),
            ("a", Some("b"), Via::Post)
        );
        assert!(
            presented(&HeaderMap::new(), &form("x=1"))
                .unwrap()
                .is_none()
        );
        assert_eq!(
            presented(&HeaderMap::new(), &form("client_secret=b"))
                .unwrap_err()
                .code,
            "invalid_request"
        );

        let mut bad = HeaderMap::new();
        bad.insert(header::AUTHORIZATION, "Basic !!!".parse().unwrap());
        assert_eq!(
            presented(&bad, &form("")).unwrap_err().code,
            "invalid_client"
        );
        bad.insert(header::AUTHORIZATION, "Bearer abc".parse().unwrap());
        assert_eq!(
            presented(&bad, &form("")).unwrap_err().code,
            "invalid_client"
        );
    }
}
