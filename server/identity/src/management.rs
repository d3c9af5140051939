//! ZITADEL's v2 management APIs on the embedded identity provider: Connect unary
//! (JSON and binary), gRPC and gRPC-web at `POST /zitadel.<package>.v2.<Service>/<Method>`
//! (binary wire formats by descriptor, see [`schema`]) and the REST aliases of
//! user and org v2 (`/v2/users…`, `/v2/organizations…`), with protojson encoding,
//! ZITADEL's error bodies, pagination limits and its permission model.
//!
//! Module map: one module (with a folder of its parts) per service: [`users`],
//! [`orgs`], [`projects`], [`authorizations`], [`administrators`],
//! [`applications`]. Beside them the
//! shared plumbing: transports in [`connect`], [`grpc`] and [`rest`]; wire helpers
//! in [`schema`], [`protojson`], [`zerr`], [`paging`]; who calls and what they may do in [`caller`]
//! and [`permission`]; per-call lookups in [`ctx`]. Every operation is a function
//! `(ctx, request JSON) -> response JSON`, shared by every transport. Everything is
//! read from storage per call: nothing is cached here.

mod administrators;
mod applications;
mod authorizations;
mod caller;
mod connect;
mod ctx;
mod grpc;
mod orgs;
mod paging;
mod permission;
mod projects;
mod protojson;
mod rest;
mod schema;
mod users;
mod zerr;

#[cfg(test)]
mod tests;

use axum::Router;
use axum::extract::{Path, Request, State};
use axum::routing::post;
use serde_json::Value;

pub(crate) use ctx::Ctx;
pub use grpc::DynamicCodec;
pub use schema::descriptors;
use zerr::{Code, ZError, ZResult};

use crate::IdentityState;

/// `zitadel.user.v2.UserService`.
pub const USER_SERVICE: &str = "zitadel.user.v2.UserService";
/// `zitadel.org.v2.OrganizationService`.
pub const ORG_SERVICE: &str = "zitadel.org.v2.OrganizationService";
/// `zitadel.project.v2.ProjectService`.
pub const PROJECT_SERVICE: &str = "zitadel.project.v2.ProjectService";
/// `zitadel.authorization.v2.AuthorizationService`.
pub const AUTHORIZATION_SERVICE: &str = "zitadel.authorization.v2.AuthorizationService";
/// `zitadel.internal_permission.v2.InternalPermissionService`.
pub const INTERNAL_PERMISSION_SERVICE: &str =
    "zitadel.internal_permission.v2.InternalPermissionService";
/// `zitadel.application.v2.ApplicationService`.
pub const APPLICATION_SERVICE: &str = "zitadel.application.v2.ApplicationService";

const SERVICES: [&str; 6] = [
    USER_SERVICE,
    ORG_SERVICE,
    PROJECT_SERVICE,
    AUTHORIZATION_SERVICE,
    INTERNAL_PERMISSION_SERVICE,
    APPLICATION_SERVICE,
];

/// The routes of every service (Connect, gRPC and gRPC-web on one path) plus the
/// REST aliases.
pub(crate) fn router() -> Router<IdentityState> {
    let schema = schema::Schema::load();
    let mut router = Router::new();
    for service in SERVICES {
        let schema = schema.clone();
        router = router.route(
            &format!("/{service}/{{method}}"),
            post(
                move |State(state): State<IdentityState>,
                      Path(method): Path<String>,
                      request: Request| {
                    let target = connect::Target { service, method };
                    connect::handle(target, schema.clone(), state, request)
                },
            ),
        );
    }
    router.merge(rest::router())
}

/// Runs one operation of a service.
async fn dispatch(ctx: &Ctx<'_>, service: &str, method: &str, body: Value) -> ZResult<Value> {
    match service {
        USER_SERVICE => users::call(ctx, method, body).await,
        ORG_SERVICE => orgs::call(ctx, method, body).await,
        PROJECT_SERVICE => projects::call(ctx, method, body).await,
        AUTHORIZATION_SERVICE => authorizations::call(ctx, method, body).await,
        INTERNAL_PERMISSION_SERVICE => administrators::call(ctx, method, body).await,
        APPLICATION_SERVICE => applications::call(ctx, method, body).await,
        _ => Err(unimplemented(service, method)),
    }
}

/// The answer for a method this server does not serve.
fn unimplemented(service: &str, method: &str) -> ZError {
    ZError::new(
        Code::Unimplemented,
        "",
        format!("{service}/{method} is not implemented"),
    )
}
