//! `zitadel.application.v2.ApplicationService` (4.5+, Connect/gRPC only): OIDC and
//! API applications of a project. Writes live in [`write`], ListApplications in
//! [`list`], the wire names of the enums in [`wire`].
//!
//! An application is reached through its project: whoever manages the project
//! manages its apps, and an app of a project the caller cannot manage is "not
//! found", exactly as a random id is. Deactivate/Reactivate/Delete are idempotent as
//! the other v2 services are (README §3.8).

pub(crate) mod list;
pub(crate) mod wire;
pub(crate) mod write;

use serde_json::Value;
use ws_storage::{App, AppType, State};

use crate::management::protojson::{Msg, from_value, required};
use crate::management::zerr::{ZError, ZResult};
use crate::management::{APPLICATION_SERVICE, Ctx, unimplemented};
use wire::{
    API_AUTH_METHODS, OIDC_APP_TYPES, OIDC_AUTH_METHODS, OIDC_GRANT_TYPES, OIDC_RESPONSE_TYPES,
    OIDC_TOKEN_TYPES, enum_out, names_out,
};

/// Runs one ApplicationService method.
pub(crate) async fn call(ctx: &Ctx<'_>, method: &str, body: Value) -> ZResult<Value> {
    match method {
        "CreateApplication" => write::create(ctx, from_value(body)?).await,
        "UpdateApplication" => write::update(ctx, from_value(body)?).await,
        "GetApplication" => get(ctx, from_value(body)?).await,
        "ListApplications" => list::list(ctx, from_value(body)?).await,
        "DeleteApplication" => write::delete(ctx, from_value(body)?).await,
        "DeactivateApplication" => write::set_state(ctx, from_value(body)?, State::Inactive).await,
        "ReactivateApplication" => write::set_state(ctx, from_value(body)?, State::Active).await,
        "GenerateClientSecret" => write::generate_secret(ctx, from_value(body)?).await,
        _ => Err(unimplemented(APPLICATION_SERVICE, method)),
    }
}

/// ZITADEL's "application not found".
pub(crate) fn app_not_found() -> ZError {
    ZError::not_found("APP-ii9K0", "Application not found")
}

/// `APPLICATION_STATE_*`.
fn state_name(state: State) -> &'static str {
    match state {
        State::Active => "APPLICATION_STATE_ACTIVE",
        State::Inactive => "APPLICATION_STATE_INACTIVE",
    }
}

/// `zitadel.application.v2.Application`.
pub(crate) fn app_json(app: &App) -> Value {
    let config = if app.app_type == AppType::Api {
        let method = API_AUTH_METHODS.out(app.auth_method);
        let api = Msg::new()
            .str("clientId", &app.client_id)
            .str("authMethodType", enum_out(&method));
        ("apiConfiguration", api)
    } else {
        ("oidcConfiguration", oidc_json(app))
    };
    Msg::new()
        .str("applicationId", &app.id)
        .ts("creationDate", app.created_at)
        .ts("changeDate", app.changed_at)
        .str("state", state_name(app.state))
        .str("name", &app.name)
        .msg(config.0, config.1)
        .into()
}

/// `zitadel.application.v2.OIDCConfiguration` (the fields this server keeps).
fn oidc_json(app: &App) -> Msg {
    Msg::new()
        .strs("redirectUris", &app.redirect_uris)
        .strs(
            "responseTypes",
            &names_out(&OIDC_RESPONSE_TYPES, &app.response_types),
        )
        .strs(
            "grantTypes",
            &names_out(&OIDC_GRANT_TYPES, &app.grant_types),
        )
        .str(
            "applicationType",
            enum_out(&OIDC_APP_TYPES.out(app.app_type)),
        )
        .str("clientId", &app.client_id)
        .str(
            "authMethodType",
            enum_out(&OIDC_AUTH_METHODS.out(app.auth_method)),
        )
        .strs("postLogoutRedirectUris", &app.post_logout_redirect_uris)
        .bool("developmentMode", app.dev_mode)
        .str(
            "accessTokenType",
            enum_out(&OIDC_TOKEN_TYPES.out(app.access_token_type)),
        )
        .bool("accessTokenRoleAssertion", app.access_token_role_assertion)
        .bool("idTokenRoleAssertion", app.id_token_role_assertion)
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct GetReq {
    #[serde(default)]
    application_id: String,
}

async fn get(ctx: &Ctx<'_>, req: GetReq) -> ZResult<Value> {
    let app = ctx
        .managed_app(None, required(&req.application_id, "applicationId")?)
        .await?
        .ok_or_else(app_not_found)?;
    Ok(Msg::new().into_value_with("application", app_json(&app)))
}

impl Ctx<'_> {
    /// An app the caller manages (through its project), in `project_id` when one is
    /// given; `None` when it does not exist, lies in another project, or the
    /// caller may not manage its project (another org's app looks like a random id).
    pub(crate) async fn managed_app(
        &self,
        project_id: Option<&str>,
        app_id: &str,
    ) -> ZResult<Option<App>> {
        let app = self
            .state
            .store
            .apps
            .get_app(app_id)
            .await
            .map_err(ZError::from_storage)?;
        let Some(app) = app.filter(|a| project_id.is_none_or(|p| p == a.project_id)) else {
            return Ok(None);
        };
        let project = self.find_project(&app.project_id).await?;
        Ok(project
            .filter(|p| self.caller.can_manage_project(p))
            .map(|_| app))
    }
}
