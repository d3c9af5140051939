//! The browser-facing half of the embedded OIDC provider: `/oauth/v2/authorize` and
//! its HTML login page, browser sessions, the device flow
//! (`/oauth/v2/device_authorization` and the `/device` page) and `end_session`.
//!
//! Tokens are minted elsewhere ([`crate::tokens`]): this module stores the
//! authorization codes and device-code decisions that the token endpoint redeems.

pub mod authorize;
pub mod csrf;
pub mod device;
pub mod device_page;
pub mod end_session;
pub mod html;
pub mod login;
pub mod params;
pub mod rate_limit;
pub mod redirect;
pub mod second_factor_page;
pub mod session;

use axum::Router;
use axum::routing::{get, post};

use crate::IdentityState;

pub use rate_limit::{RateLimiter, RateLimits};

/// Routes of this module.
pub fn router() -> Router<IdentityState> {
    Router::new()
        .route(
            "/oauth/v2/authorize",
            get(authorize::get).post(authorize::post),
        )
        .route("/ui/login", get(login::get).post(login::post))
        .route("/ui/login/second-factor", post(second_factor_page::post))
        .route("/oauth/v2/device_authorization", post(device::post))
        .route("/device", get(device_page::get).post(device_page::post))
        .route("/device/consent", post(device_page::consent))
        .route(
            "/oidc/v1/end_session",
            get(end_session::get).post(end_session::post),
        )
}
