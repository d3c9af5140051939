//! The axum extractor: a handler that takes a [`Principal`] runs only for callers
//! with a valid bearer token; the [`Authenticator`] comes from the router state via
//! `FromRef`. `Option<Principal>` is for endpoints that also serve anonymous callers
//! (e.g. public links): no header gives `None`, a bad token is still a 401. The
//! token is never logged; rejections carry the request id.

use axum::extract::{FromRef, FromRequestParts, OptionalFromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::authenticator::{Authenticator, bearer_token};
use crate::error::{AuthError, Reason};
use crate::principal::Principal;

/// The request id header the server sets (echoed in error bodies).
pub const REQUEST_ID_HEADER: &str = "x-request-id";

impl<S> FromRequestParts<S> for Principal
where
    Authenticator: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AuthError;

    #[cfg(not(feature = "bench-no-auth"))]
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        from_headers(parts, state).await
    }

    /// Benchmark builds only (see `bench_no_auth`): no token is looked at.
    #[cfg(feature = "bench-no-auth")]
    async fn from_request_parts(_: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(crate::bench_no_auth::principal())
    }
}

/// The principal of the request's one `Authorization: Bearer` header.
#[cfg_attr(feature = "bench-no-auth", allow(dead_code))]
async fn from_headers<S>(parts: &Parts, state: &S) -> Result<Principal, AuthError>
where
    Authenticator: FromRef<S>,
{
    let request_id = parts
        .headers
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut values = parts.headers.get_all(AUTHORIZATION).iter();
    let first = values.next();
    let result = if values.next().is_some() {
        Err(AuthError::new(
            Reason::MalformedToken,
            "send exactly one Authorization header",
        ))
    } else {
        match first.map(|v| v.to_str()) {
            Some(Err(_)) => Err(AuthError::new(
                Reason::MalformedToken,
                "the Authorization header is not ASCII",
            )),
            Some(Ok(v)) => authenticate(state, Some(v)).await,
            None => authenticate(state, None).await,
        }
    };
    result.map_err(|e| e.with_request_id(request_id))
}

impl<S> OptionalFromRequestParts<S> for Principal
where
    Authenticator: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AuthError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        if !parts.headers.contains_key(AUTHORIZATION) {
            return Ok(None);
        }
        <Principal as FromRequestParts<S>>::from_request_parts(parts, state)
            .await
            .map(Some)
    }
}

async fn authenticate<S>(state: &S, header: Option<&str>) -> Result<Principal, AuthError>
where
    Authenticator: FromRef<S>,
{
    let token = bearer_token(header)?;
    Authenticator::from_ref(state).authenticate(token).await
}
