//! See the crate docs for what this module owns.

use axum::Router;

use crate::IdentityState;

/// Routes of this module.
pub(crate) fn router() -> Router<IdentityState> {
    Router::new()
}
