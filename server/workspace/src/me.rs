//! `GET /api/v1/me`: the caller as the workspace sees them (extracting the
//! [`Actor`] also provisions a first-time user).

use axum::Router;
use axum::routing::get;
use ws_api::workspace::me::Me;
use ws_auth::Validated;

use crate::actor::Actor;
use crate::extract::ApiJson;
use crate::state::WorkspaceState;

/// `GET /me`.
pub(crate) fn routes() -> Router<WorkspaceState> {
    Router::new().route("/me", get(me))
}

/// The caller: user, org and workspace roles (provisions a first-time user).
#[utoipa::path(get, path = "/api/v1/me", tag = "workspace",
    responses((status = 200, body = Me), (status = 401, body = ws_api::ErrorBody),
              (status = 403, body = ws_api::ErrorBody)))]
pub(crate) async fn me(actor: Actor) -> ApiJson<Me> {
    let validated = match actor.principal.validated {
        Validated::Jwt => "jwt",
        Validated::Introspection => "introspection",
    };
    ApiJson(Me {
        user_id: actor.user_id,
        org_id: actor.org_id,
        roles: actor.roles,
        client_id: actor.principal.client_id,
        validated: validated.to_owned(),
    })
}
