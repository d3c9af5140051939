//! `ws-workspace`: the workspace server (DESIGN.md §4) — docs, drive, calendars,
//! sharing and audit under `/api/v1`, behind bearer-token validation (`ws-auth`).
//! Knows nothing of the identity module: the issuer is configuration.
//!
//! Layout: one module per area, each with `pub fn routes() -> Router<WorkspaceState>`
//! in its own `mod.rs` ([`docs`], [`drive`], [`calendar`], [`sharing`], [`audit`]),
//! merged by [`router`]. Shared pieces: [`WorkspaceState`] (store, authenticator,
//! audit log, limits, clock), [`ApiError`] (every error is a `ws_api::ErrorBody`
//! carrying the request id), the [`ApiJson`]/[`ApiQuery`] extractors (400 naming the
//! field, 413, 415), the [`Actor`] extractor (who is calling: validated token, org,
//! workspace roles; provisions a first-time user), [`sharing::require`] (the ACL check
//! every resource route makes) and [`audit::record_ok`]/[`audit::record_result`]
//! (every write is audited).
//!
//! Adding a module: create `src/<module>/mod.rs` with `routes()` (an `OpenApiRouter`
//! whose handlers are registered with `utoipa_axum::routes!`, so each route is
//! described by its handler's `#[utoipa::path]`), `provision()` and (if its resources
//! can be shared) `resource()`, then add one `.merge(<module>::routes())` line in
//! [`api_routes`]. The description is served at `/api/v1/openapi.json` ([`openapi`]).

pub mod actor;
pub mod audit;
pub mod calendar;
pub mod docs;
pub mod drive;
pub mod error;
pub mod extract;
pub mod identity_events;
mod me;
pub mod openapi;
pub mod provision;
pub mod request_id;
pub mod sharing;
pub mod state;

use axum::{Extension, Router};
use utoipa_axum::router::OpenApiRouter;

pub use actor::Actor;
pub use error::{ApiError, ApiResult};
pub use extract::{ApiJson, ApiQuery};
pub use state::{WorkspaceConfig, WorkspaceState};

/// Every workspace route under `/api/v1`, with the layer that puts the request id
/// into error bodies.
pub fn router(state: WorkspaceState) -> Router {
    let (api, paths) = api_routes().split_for_parts();
    let doc = openapi::DocumentJson::new(&openapi::finish(paths));
    let api = api.layer(Extension(doc)).fallback(not_found);
    Router::new()
        .nest(openapi::API_PREFIX, api)
        .layer(axum::middleware::from_fn(request_id::fill_error_request_id))
        .with_state(state)
}

/// Every route, relative to `/api/v1`, with its OpenAPI operation.
pub(crate) fn api_routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new()
        .merge(openapi::routes())
        .merge(me::routes())
        .merge(sharing::routes())
        .merge(audit::routes())
        .merge(docs::routes())
        .merge(drive::routes())
        .merge(calendar::routes())
}

/// Unknown paths under `/api/v1` answer the JSON error body too.
async fn not_found() -> ApiError {
    ApiError::not_found("no such API path; this")
}
