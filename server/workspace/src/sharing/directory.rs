//! `GET /api/v1/directory/users?login=` and `GET /api/v1/directory/orgs?name=`: turn
//! what a person knows about a grantee (an email, a username, an org's name) into the
//! id a share needs.
//!
//! Tenant safety: these answer exact questions only. There is no listing, no prefix
//! or substring match, and no field beyond the ids sharing needs (no names, emails
//! or states of other orgs' users). Anything that could not be a grantee — unknown,
//! inactive in the workspace, or in an org without the workspace project — gets the
//! same 404 as a name that does not exist, so org A learns no more about org B's
//! users than a share attempt with a guessed id would tell it.
//!
//! Where users come from: the workspace's [`super::Directory`] — the store's records
//! ([`super::LocalDirectory`]), or, when `[workspace] directory_pat_file` gives the
//! workspace a credential for it, the identity provider's own user API
//! ([`super::IdpDirectory`]), which is what a workspace in front of a remote ZITADEL
//! needs. A provider that
//! cannot answer gets a 503 (or a 502 naming the key to fix), never a 404 that lies.

use axum::extract::State;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use ws_api::ErrorBody;
use ws_api::workspace::sharing::{DirectoryOrg, DirectoryUser};

use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::state::WorkspaceState;

/// The directory routes (nested under `/api/v1`).
pub(crate) fn routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new()
        .routes(routes!(user))
        .routes(routes!(org))
}

/// `?login=` of the user lookup.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserQuery {
    /// A username, a login name (`username@org-domain`), an email, or a user id;
    /// matched exactly (case-insensitively for logins).
    pub(crate) login: String,
}

/// `?name=` of the org lookup.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct OrgQuery {
    /// An organization's exact name (case-insensitively) or id.
    pub(crate) name: String,
}

/// The user an exact login or id names, if they could be given a share.
#[utoipa::path(get, path = "/directory/users", tag = "sharing", params(UserQuery),
    responses((status = 200, description = "The user's id and organization", body = DirectoryUser),
              (status = 400, description = "`login` is empty", body = ErrorBody),
              (status = 404, description = "No user who could be given a share has that login or id", body = ErrorBody),
              (status = 409, description = "An email names several workspace users (identity provider directory); use a login name or id", body = ErrorBody),
              (status = 502, description = "The identity provider refused the workspace's directory credential", body = ErrorBody),
              (status = 503, description = "The identity provider cannot be reached", body = ErrorBody)))]
pub(crate) async fn user(
    State(state): State<WorkspaceState>,
    _actor: Actor,
    ApiQuery(q): ApiQuery<UserQuery>,
) -> ApiResult<ApiJson<DirectoryUser>> {
    let login = q.login.trim();
    if login.is_empty() {
        return Err(ApiError::invalid("login", "must not be empty"));
    }
    let user = state.directory.find_user(login).await?;
    let user = user.ok_or_else(|| ApiError::not_found("workspace user"))?;
    Ok(ApiJson(DirectoryUser {
        id: user.id,
        org_id: user.org_id,
    }))
}

/// The org an exact name or id names, if it could be given a share.
#[utoipa::path(get, path = "/directory/orgs", tag = "sharing", params(OrgQuery),
    responses((status = 200, description = "The organization's id and name", body = DirectoryOrg),
              (status = 400, description = "`name` is empty", body = ErrorBody),
              (status = 404, description = "No organization that could be given a share has that name or id", body = ErrorBody),
              (status = 502, description = "The identity provider refused the workspace's directory credential", body = ErrorBody),
              (status = 503, description = "The identity provider cannot be reached", body = ErrorBody)))]
pub(crate) async fn org(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<OrgQuery>,
) -> ApiResult<ApiJson<DirectoryOrg>> {
    let name = q.name.trim();
    if name.is_empty() {
        return Err(ApiError::invalid("name", "must not be empty"));
    }
    let found = state.directory.find_org(name, &actor.org_id).await?;
    let (id, name) = found.ok_or_else(|| ApiError::not_found("workspace organization"))?;
    Ok(ApiJson(DirectoryOrg { id, name }))
}
