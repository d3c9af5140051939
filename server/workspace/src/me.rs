//! `GET /api/v1/me`: the caller as the workspace sees them (extracting the
//! [`Actor`] also provisions a first-time user).

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use ws_api::workspace::me::Me;
use ws_auth::Validated;

use crate::actor::Actor;
use crate::extract::ApiJson;
use crate::state::WorkspaceState;

/// `GET /me`.
pub(crate) fn routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new().routes(routes!(me))
}

/// The caller: user, org and workspace roles (provisions a first-time user).
#[utoipa::path(get, path = "/me", tag = "workspace",
    responses((status = 200, description = "The caller", body = Me)))]
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
