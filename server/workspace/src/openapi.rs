//! The OpenAPI description at `GET /api/v1/openapi.json`, generated from the code
//! with `utoipa`: handlers carry `#[utoipa::path]`, wire types derive `ToSchema`
//! (ws-api's `schema` feature).
//!
//! Adding a module's paths is one line in [`document`]: give the module a
//! `#[derive(utoipa::OpenApi)] pub struct ApiDoc;` listing its paths, then
//! `doc.merge(crate::<module>::ApiDoc::openapi());`.

use axum::Router;
use axum::routing::get;
use utoipa::OpenApi;
use ws_api::ErrorBody;
use ws_api::workspace::audit::{AuditEvent, Outcome};
use ws_api::workspace::me::Me;
use ws_api::workspace::sharing::{
    CreateShare, DirectoryOrg, DirectoryUser, Grantee, ResourceKind, Share, ShareRole,
};

use crate::extract::ApiJson;
use crate::state::WorkspaceState;

/// The foundation's own paths and schemas.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "ws workspace API",
        description = "Docs, drive, calendars, sharing and audit. \
        Every route needs `Authorization: Bearer <token>` (a JWT of the configured issuer \
        with the workspace project as audience, or a PAT); errors are `ErrorBody`."
    ),
    paths(
        crate::me::me,
        crate::sharing::routes::list,
        crate::sharing::routes::create,
        crate::sharing::routes::remove,
        crate::sharing::directory::user,
        crate::sharing::directory::org,
        crate::audit::routes::list,
        crate::audit::routes::stream,
    ),
    components(schemas(
        ErrorBody,
        Me,
        Share,
        CreateShare,
        Grantee,
        ResourceKind,
        ShareRole,
        DirectoryUser,
        DirectoryOrg,
        AuditEvent,
        Outcome
    ))
)]
struct FoundationDoc;

/// The whole description: the foundation's, then each module's.
pub fn document() -> utoipa::openapi::OpenApi {
    // One line per module that documents its paths, e.g.:
    // doc.merge(crate::docs::ApiDoc::openapi());
    FoundationDoc::openapi()
}

/// `GET /openapi.json` (public: it describes the API, it holds no data).
pub(crate) fn routes() -> Router<WorkspaceState> {
    Router::new().route("/openapi.json", get(|| async { ApiJson(document()) }))
}
