//! ZITADEL's v2 management APIs on the embedded identity provider: Connect unary
//! JSON at `POST /zitadel.<package>.v2.<Service>/<Method>` and the REST aliases of
//! user and org v2 (`/v2/users…`, `/v2/organizations…`), with protojson encoding,
//! ZITADEL's error bodies, pagination limits and its permission model.
//!
//! Module map: transport in [`connect`] and [`rest`]; wire helpers in [`protojson`],
//! [`zerr`], [`paging`]; who calls and what they may do in [`caller`] and
//! [`permission`]; one module per service below them. Every operation is a
//! function `(ctx, request JSON) -> response JSON`, shared by both transports.
//! Everything is read from storage per call: nothing is cached here.

mod admins;
mod admins_list;
mod authz;
mod authz_list;
mod caller;
mod connect;
mod cred_list;
mod ctx;
mod org;
mod org_extras;
mod org_list;
mod paging;
mod permission;
mod project;
mod project_grant;
mod project_list;
mod protojson;
mod rest;
mod user;
mod user_create;
mod user_creds;
mod user_list;
mod user_meta;
mod user_update;
mod user_view;
mod zerr;

#[cfg(test)]
mod tests;

use axum::Router;
use axum::routing::post;
use serde_json::Value;

pub(crate) use ctx::Ctx;
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

const SERVICES: [&str; 5] = [
    USER_SERVICE,
    ORG_SERVICE,
    PROJECT_SERVICE,
    AUTHORIZATION_SERVICE,
    INTERNAL_PERMISSION_SERVICE,
];

/// The Connect routes of every service plus the REST aliases.
pub(crate) fn router() -> Router<IdentityState> {
    let mut router = Router::new();
    for service in SERVICES {
        router = router.route(
            &format!("/{service}/{{method}}"),
            post(move |state, path, headers, body| {
                connect::handle(service, state, path, headers, body)
            }),
        );
    }
    router.merge(rest::router())
}

/// Runs one operation of a service.
async fn dispatch(ctx: &Ctx<'_>, service: &str, method: &str, body: Value) -> ZResult<Value> {
    match service {
        USER_SERVICE => user::call(ctx, method, body).await,
        ORG_SERVICE => org::call(ctx, method, body).await,
        PROJECT_SERVICE => project::call(ctx, method, body).await,
        AUTHORIZATION_SERVICE => authz::call(ctx, method, body).await,
        INTERNAL_PERMISSION_SERVICE => admins::call(ctx, method, body).await,
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
