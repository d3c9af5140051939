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

async fn me(actor: Actor) -> ApiJson<Me> {
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
