//! The browser-facing half of the embedded OIDC provider: `/oauth/v2/authorize` and
//! its HTML login page, browser sessions, the device flow
//! (`/oauth/v2/device_authorization` and the `/device` page) and `end_session`.
//!
//! Tokens are minted elsewhere ([`crate::tokens`]): this module stores the
//! authorization codes and device-code approvals that the token endpoint redeems.

pub mod csrf;
pub mod html;
pub mod params;
pub mod rate_limit;
pub mod redirect;
pub mod session;

use axum::Router;

use crate::IdentityState;

pub use rate_limit::{RateLimiter, RateLimits};

/// Routes of this module.
pub(crate) fn router() -> Router<IdentityState> {
    Router::new()
}
