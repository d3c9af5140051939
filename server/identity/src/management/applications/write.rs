//! CreateApplication, UpdateApplication, Deactivate/Reactivate, DeleteApplication
//! and GenerateClientSecret. A client secret is shown once, in the answer that
//! made it; only its digest is stored.

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{AccessTokenType, App, AppType, AuthMethod, State, new_id};

use super::app_not_found;
use super::wire::{
    API_AUTH_METHODS, OIDC_APP_TYPES, OIDC_AUTH_METHODS, OIDC_GRANT_TYPES, OIDC_RESPONSE_TYPES,
    OIDC_TOKEN_TYPES, parse_list,
};
use crate::management::Ctx;
use crate::management::protojson::{Msg, required};
use crate::management::zerr::{ZError, ZResult};
use crate::secrets::{digest, random_token};

/// Longest name and id ZITADEL accepts (`max_len: 200`).
const MAX_LEN: usize = 200;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CreateReq {
    #[serde(default)]
    project_id: String,
    #[serde(default)]
    application_id: String,
    #[serde(default)]
    name: String,
    oidc_configuration: Option<Value>,
    api_configuration: Option<Value>,
    saml_configuration: Option<Value>,
}

/// The OIDC part of create and update requests; on update an absent or empty
/// field leaves the stored value alone (proto3 cannot tell empty from unset).
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct OidcIn {
    #[serde(default)]
    redirect_uris: Vec<String>,
    #[serde(default)]
    response_types: Vec<Value>,
    #[serde(default)]
    grant_types: Vec<Value>,
    application_type: Option<Value>,
    auth_method_type: Option<Value>,
    #[serde(default)]
    post_logout_redirect_uris: Vec<String>,
    development_mode: Option<bool>,
    access_token_type: Option<Value>,
    access_token_role_assertion: Option<bool>,
    id_token_role_assertion: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ApiIn {
    auth_method_type: Option<Value>,
}

fn config<T: serde::de::DeserializeOwned>(value: Value, field: &str) -> ZResult<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        ZError::invalid(
            "APP-CFG01",
            format!("invalid field {field}.{}: {}", e.path(), e.inner()),
        )
    })
}

fn checked_name(name: &str) -> ZResult<String> {
    let name = required(name.trim(), "name")?;
    if name.chars().count() > MAX_LEN {
        return Err(ZError::invalid(
            "APP-NAME1",
            format!("invalid field name: at most {MAX_LEN} characters"),
        ));
    }
    Ok(name.to_owned())
}

/// Redirect URIs must be absolute URLs without a fragment (OAuth 2.0 §3.1.2).
fn checked_uris(uris: Vec<String>, field: &str) -> ZResult<Vec<String>> {
    for (i, uri) in uris.iter().enumerate() {
        let ok = url::Url::parse(uri).is_ok_and(|u| u.fragment().is_none());
        if !ok {
            return Err(ZError::invalid(
                "APP-URI01",
                format!(
                    "invalid field {field}[{i}]: '{uri}' is not an absolute URL without a fragment"
                ),
            ));
        }
    }
    Ok(uris)
}

/// Refuses `private_key_jwt`: it needs application keys and client assertions at
/// the token endpoint, which this server does not serve yet. Storing such an app
/// would leave a client that can never authenticate.
fn served(method: AuthMethod) -> ZResult<AuthMethod> {
    if method == AuthMethod::PrivateKeyJwt {
        return Err(ZError::new(
            crate::management::zerr::Code::Unimplemented,
            "APP-PKJWT1",
            "invalid field authMethodType: private_key_jwt (application keys) is not served by \
             this server yet; use BASIC or POST (OIDC) or API_AUTH_METHOD_TYPE_BASIC (API)",
        ));
    }
    Ok(method)
}

/// Whether a client of this method authenticates with a shared secret.
fn uses_secret(method: AuthMethod) -> bool {
    matches!(method, AuthMethod::Basic | AuthMethod::Post)
}

/// A new app of `project_id` with nothing configured yet.
fn blank_app(ctx: &Ctx<'_>, project_id: String, id: String, name: String) -> App {
    App {
        // A caller-chosen id is also the client id, so a fixed client id (the seed's
        // `acme-web`) can be registered; ZITADEL always generates client ids.
        client_id: id.clone(),
        id,
        project_id,
        name,
        client_secret_digest: None,
        app_type: AppType::Web,
        auth_method: AuthMethod::Basic,
        redirect_uris: Vec::new(),
        post_logout_redirect_uris: Vec::new(),
        grant_types: Vec::new(),
        response_types: Vec::new(),
        access_token_type: AccessTokenType::Bearer,
        dev_mode: false,
        id_token_role_assertion: false,
        access_token_role_assertion: false,
        state: State::Active,
        created_at: ctx.now,
        changed_at: ctx.now,
    }
}

/// Applies an OIDC configuration; `creating` fills the proto defaults for
/// absent fields (code flow, response type code).
fn apply_oidc(app: &mut App, c: OidcIn, creating: bool) -> ZResult<()> {
    let keep = |field: &Option<Value>| !creating && field.is_none();
    if !keep(&c.application_type) {
        app.app_type = OIDC_APP_TYPES.parse(c.application_type.as_ref())?;
    }
    if !keep(&c.auth_method_type) {
        app.auth_method = served(OIDC_AUTH_METHODS.parse(c.auth_method_type.as_ref())?)?;
    }
    if !keep(&c.access_token_type) {
        app.access_token_type = OIDC_TOKEN_TYPES.parse(c.access_token_type.as_ref())?;
    }
    if creating || !c.redirect_uris.is_empty() {
        app.redirect_uris = checked_uris(c.redirect_uris, "redirectUris")?;
    }
    if creating || !c.post_logout_redirect_uris.is_empty() {
        app.post_logout_redirect_uris =
            checked_uris(c.post_logout_redirect_uris, "postLogoutRedirectUris")?;
    }
    if !c.grant_types.is_empty() {
        app.grant_types = parse_list(&OIDC_GRANT_TYPES, &c.grant_types)?;
    } else if creating {
        app.grant_types = vec!["authorization_code".into()];
    }
    if !c.response_types.is_empty() {
        app.response_types = parse_list(&OIDC_RESPONSE_TYPES, &c.response_types)?;
    } else if creating {
        app.response_types = vec!["code".into()];
    }
    app.dev_mode = c.development_mode.unwrap_or(app.dev_mode);
    app.access_token_role_assertion = c
        .access_token_role_assertion
        .unwrap_or(app.access_token_role_assertion);
    app.id_token_role_assertion = c
        .id_token_role_assertion
        .unwrap_or(app.id_token_role_assertion);
    Ok(())
}

fn apply_api(app: &mut App, c: ApiIn, creating: bool) -> ZResult<()> {
    app.app_type = AppType::Api;
    if creating || c.auth_method_type.is_some() {
        app.auth_method = served(API_AUTH_METHODS.parse(c.auth_method_type.as_ref())?)?;
    }
    Ok(())
}

/// A fresh secret for an app whose method uses one (its digest stored on `app`);
/// an app that no longer uses a secret loses the old one.
fn renew_secret(app: &mut App) -> Option<String> {
    if !uses_secret(app.auth_method) {
        app.client_secret_digest = None;
        return None;
    }
    let secret = random_token(32);
    app.client_secret_digest = Some(digest(&secret));
    Some(secret)
}

fn saml_unsupported() -> ZError {
    ZError::new(
        crate::management::zerr::Code::Unimplemented,
        "APP-SAML1",
        "SAML applications are not supported by this server; use OIDC or API",
    )
}

pub(crate) async fn create(ctx: &Ctx<'_>, req: CreateReq) -> ZResult<Value> {
    let project = ctx.managed_project(&req.project_id).await?;
    let name = checked_name(&req.name)?;
    let id = match req.application_id.trim() {
        "" => new_id(),
        id if id.len() > MAX_LEN => {
            return Err(ZError::invalid(
                "APP-ID001",
                format!("invalid field applicationId: at most {MAX_LEN} characters"),
            ));
        }
        id => id.to_owned(),
    };
    let mut app = blank_app(ctx, project.id, id, name);
    let key = match (
        req.oidc_configuration,
        req.api_configuration,
        req.saml_configuration,
    ) {
        (Some(c), None, None) => {
            apply_oidc(&mut app, config(c, "oidcConfiguration")?, true)?;
            "oidcConfiguration"
        }
        (None, Some(c), None) => {
            apply_api(&mut app, config(c, "apiConfiguration")?, true)?;
            "apiConfiguration"
        }
        (None, None, Some(_)) => return Err(saml_unsupported()),
        _ => {
            return Err(ZError::invalid(
                "APP-TYPE1",
                "invalid request: set exactly one of oidcConfiguration, apiConfiguration",
            ));
        }
    };
    let secret = renew_secret(&mut app);
    ctx.state
        .store
        .apps
        .create_app(&app)
        .await
        .map_err(ZError::on_conflict(
            "APP-Ghb3w",
            "Application already exists (name, id or client id taken)",
            "project",
        ))?;
    let details = Msg::new()
        .str("clientId", &app.client_id)
        .opt_str("clientSecret", secret.as_deref());
    Ok(Msg::new()
        .str("applicationId", &app.id)
        .ts("creationDate", ctx.now)
        .msg(key, details)
        .into())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UpdateReq {
    #[serde(default)]
    application_id: String,
    #[serde(default)]
    project_id: String,
    #[serde(default)]
    name: String,
    oidc_configuration: Option<Value>,
    api_configuration: Option<Value>,
    saml_configuration: Option<Value>,
}

/// The app of an `{applicationId, projectId}` request the caller manages.
async fn target(ctx: &Ctx<'_>, project_id: &str, app_id: &str) -> ZResult<Option<App>> {
    let project_id = required(project_id, "projectId")?;
    let app_id = required(app_id, "applicationId")?;
    ctx.managed_app(Some(project_id), app_id).await
}

fn wrong_type(expected: &str) -> ZError {
    ZError::precondition(
        "APP-TYPE2",
        format!("the application is not an {expected} application"),
    )
}

pub(crate) async fn update(ctx: &Ctx<'_>, req: UpdateReq) -> ZResult<Value> {
    let mut app = target(ctx, &req.project_id, &req.application_id)
        .await?
        .ok_or_else(app_not_found)?;
    let before = app.clone();
    if !req.name.trim().is_empty() {
        app.name = checked_name(&req.name)?;
    }
    let is_api = app.app_type == AppType::Api;
    match (
        req.oidc_configuration,
        req.api_configuration,
        req.saml_configuration,
    ) {
        (Some(_), _, _) if is_api => return Err(wrong_type("OIDC")),
        (_, Some(_), _) if !is_api => return Err(wrong_type("API")),
        (_, _, Some(_)) => return Err(saml_unsupported()),
        (Some(c), _, _) => apply_oidc(&mut app, config(c, "oidcConfiguration")?, false)?,
        (_, Some(c), _) => apply_api(&mut app, config(c, "apiConfiguration")?, false)?,
        (None, None, None) => {}
    }
    if !uses_secret(app.auth_method) {
        app.client_secret_digest = None;
    }
    if app == before {
        // Nothing changed: ZITADEL answers with the previous change date.
        return Ok(Msg::new().ts("changeDate", app.changed_at).into());
    }
    app.changed_at = ctx.now;
    ctx.state
        .store
        .apps
        .update_app(&app)
        .await
        .map_err(ZError::on_conflict(
            "APP-Ghb3w",
            "Application name already exists in the project",
            "application",
        ))?;
    Ok(Msg::new().ts("changeDate", app.changed_at).into())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AppIdReq {
    #[serde(default)]
    application_id: String,
    #[serde(default)]
    project_id: String,
}

pub(crate) async fn set_state(ctx: &Ctx<'_>, req: AppIdReq, to: State) -> ZResult<Value> {
    let mut app = target(ctx, &req.project_id, &req.application_id)
        .await?
        .ok_or_else(app_not_found)?;
    if app.state != to {
        app.state = to;
        app.changed_at = ctx.now;
        ctx.state
            .store
            .apps
            .update_app(&app)
            .await
            .map_err(|e| ZError::storage(e, "application"))?;
    }
    let key = match to {
        State::Active => "reactivationDate",
        State::Inactive => "deactivationDate",
    };
    Ok(Msg::new().ts(key, app.changed_at).into())
}

pub(crate) async fn delete(ctx: &Ctx<'_>, req: AppIdReq) -> ZResult<Value> {
    // Deleting a missing app succeeds without a deletionDate (README §3.8); one the
    // caller cannot manage is missing as far as it may know.
    let Some(app) = target(ctx, &req.project_id, &req.application_id).await? else {
        return Ok(Msg::new().into());
    };
    ctx.state
        .store
        .apps
        .delete_app(&app.id)
        .await
        .map_err(|e| ZError::storage(e, "application"))?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}

pub(crate) async fn generate_secret(ctx: &Ctx<'_>, req: AppIdReq) -> ZResult<Value> {
    let mut app = target(ctx, &req.project_id, &req.application_id)
        .await?
        .ok_or_else(app_not_found)?;
    let Some(secret) = renew_secret(&mut app) else {
        return Err(ZError::precondition(
            "APP-Ghrh3",
            "the application's auth method uses no client secret",
        ));
    };
    app.changed_at = ctx.now;
    ctx.state
        .store
        .apps
        .update_app(&app)
        .await
        .map_err(|e| ZError::storage(e, "application"))?;
    Ok(Msg::new()
        .str("clientSecret", &secret)
        .ts("creationDate", ctx.now)
        .into())
}
