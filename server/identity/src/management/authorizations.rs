//! `zitadel.authorization.v2.AuthorizationService` (4.6+, Connect only): role
//! assignments of users on projects, made in the owning organization or, through
//! an active project grant, in a granted organization for its own users. Delete,
//! Activate and Deactivate are idempotent (README §3.8). Tokens and introspection
//! read authorizations at mint/introspect time, so changes apply to the next token.

pub(crate) mod list;

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{Authorization, IdentityChange, Project, State, new_id};

use crate::events::EventOf;
use crate::management::protojson::{Msg, from_value, required};
use crate::management::zerr::{ZError, ZResult};
use crate::management::{AUTHORIZATION_SERVICE, Ctx, unimplemented};
use list::list;

/// Runs one AuthorizationService method.
pub(crate) async fn call(ctx: &Ctx<'_>, method: &str, body: Value) -> ZResult<Value> {
    match method {
        "CreateAuthorization" => create(ctx, from_value(body)?).await,
        "UpdateAuthorization" => update(ctx, from_value(body)?).await,
        "DeleteAuthorization" => delete(ctx, from_value(body)?).await,
        "ActivateAuthorization" => set_state(ctx, from_value(body)?, State::Active).await,
        "DeactivateAuthorization" => set_state(ctx, from_value(body)?, State::Inactive).await,
        "ListAuthorizations" => list(ctx, from_value(body)?).await,
        _ => Err(unimplemented(AUTHORIZATION_SERVICE, method)),
    }
}

fn authz_not_found() -> ZError {
    ZError::not_found("AUTHZ-3M9sd", "Authorization not found")
}

/// The role keys `org_id` may hand out on `project`, and the grant id when the org
/// is a granted one. Fails when the caller may not authorize there.
async fn allowed_roles(
    ctx: &Ctx<'_>,
    project: &Project,
    org_id: &str,
) -> ZResult<(Vec<String>, Option<String>)> {
    if org_id == project.org_id {
        ctx.caller.require(ctx.caller.can_manage_project(project))?;
        let roles = ctx
            .state
            .store
            .projects
            .list_roles(&project.id)
            .await
            .map_err(ZError::from_storage)?;
        return Ok((roles.into_iter().map(|r| r.key).collect(), None));
    }
    let grant = ctx
        .find_grant(&project.id, org_id)
        .await?
        .filter(|g| g.state == State::Active)
        .ok_or_else(|| {
            ZError::precondition(
                "USER-3M9sd",
                "The project is not granted to this organization",
            )
        })?;
    ctx.caller
        .require(ctx.caller.can_manage_grant(project, &grant.id, org_id))?;
    Ok((grant.role_keys, Some(grant.id)))
}

fn check_keys(keys: &[String], allowed: &[String]) -> ZResult<()> {
    match keys.iter().find(|k| !allowed.contains(k)) {
        Some(k) => Err(ZError::precondition(
            "USER-4m9fs",
            format!(
                "Role '{k}' does not exist on the project or is not granted to the organization"
            ),
        )),
        None => Ok(()),
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CreateReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    project_id: String,
    #[serde(default)]
    organization_id: String,
    #[serde(default)]
    role_keys: Vec<String>,
}

async fn create(ctx: &Ctx<'_>, req: CreateReq) -> ZResult<Value> {
    let user_id = required(&req.user_id, "userId")?;
    let org_id = required(&req.organization_id, "organizationId")?;
    let project = ctx
        .find_project(required(&req.project_id, "projectId")?)
        .await?
        .ok_or_else(crate::management::projects::project_not_found)?;
    let user = ctx
        .state
        .store
        .users
        .get_user(user_id)
        .await
        .map_err(ZError::from_storage)?
        .ok_or_else(crate::management::ctx::user_not_found)?;
    let (allowed, grant_id) = allowed_roles(ctx, &project, org_id).await?;
    // A granted organization authorizes only its own users.
    if grant_id.is_some() && user.org_id != org_id {
        return Err(crate::management::ctx::user_not_found());
    }
    check_keys(&req.role_keys, &allowed)?;
    let authz = Authorization {
        id: new_id(),
        user_id: user.id,
        project_id: project.id,
        org_id: org_id.to_owned(),
        project_grant_id: grant_id,
        role_keys: req.role_keys,
        state: State::Active,
        created_at: ctx.now,
        changed_at: ctx.now,
    };
    ctx.record(
        IdentityChange::CreateAuthorization(&authz),
        authz_event("authorization.granted", &authz),
    )
    .await
    .map_err(ZError::on_conflict(
        "USER-2n8fs",
        "Authorization already exists",
        "authorization",
    ))?;
    Ok(Msg::new()
        .str("id", &authz.id)
        .ts("creationDate", ctx.now)
        .into())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct IdReq {
    #[serde(default)]
    id: String,
    #[serde(default)]
    role_keys: Vec<String>,
}

/// An authorization the caller may change, with the roles it may hold; `None` when
/// it does not exist or the caller cannot even see it (another org's id and a
/// random one must get the same answer).
async fn managed(ctx: &Ctx<'_>, id: &str) -> ZResult<Option<(Authorization, Vec<String>)>> {
    let authz = ctx
        .state
        .store
        .authz
        .get_authorization(required(id, "id")?)
        .await
        .map_err(ZError::from_storage)?;
    let Some(authz) = authz else { return Ok(None) };
    let Some(project) = ctx.find_project(&authz.project_id).await? else {
        return Ok(None);
    };
    match allowed_roles(ctx, &project, &authz.org_id).await {
        Ok((allowed, _)) => Ok(Some((authz, allowed))),
        Err(_) if authz.user_id != ctx.caller.user_id => Ok(None),
        Err(e) => Err(e),
    }
}

async fn update(ctx: &Ctx<'_>, req: IdReq) -> ZResult<Value> {
    let (mut authz, allowed) = managed(ctx, &req.id).await?.ok_or_else(authz_not_found)?;
    check_keys(&req.role_keys, &allowed)?;
    authz.role_keys = req.role_keys;
    authz.changed_at = ctx.now;
    let of = authz_event("authorization.changed", &authz);
    ctx.record(IdentityChange::UpdateAuthorization(&authz), of)
        .await
        .map_err(|e| ZError::storage(e, "authorization"))?;
    Ok(Msg::new().ts("changeDate", ctx.now).into())
}

async fn delete(ctx: &Ctx<'_>, req: IdReq) -> ZResult<Value> {
    let Some((authz, _)) = managed(ctx, &req.id).await? else {
        return Ok(Msg::new().into());
    };
    let of = authz_event("authorization.removed", &authz);
    ctx.record(IdentityChange::DeleteAuthorization(&authz.id), of)
        .await
        .map_err(|e| ZError::storage(e, "authorization"))?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}

async fn set_state(ctx: &Ctx<'_>, req: IdReq, target: State) -> ZResult<Value> {
    let (mut authz, _) = managed(ctx, &req.id).await?.ok_or_else(authz_not_found)?;
    if authz.state != target {
        authz.state = target;
        authz.changed_at = ctx.now;
        let event_type = match target {
            State::Inactive => "authorization.deactivated",
            State::Active => "authorization.reactivated",
        };
        let of = authz_event(event_type, &authz);
        ctx.record(IdentityChange::UpdateAuthorization(&authz), of)
            .await
            .map_err(|e| ZError::storage(e, "authorization"))?;
    }
    Ok(Msg::new().ts("changeDate", authz.changed_at).into())
}

/// The event of a change to `authz`: who got which roles on which project.
fn authz_event<'a>(event_type: &'static str, authz: &'a Authorization) -> EventOf<'a> {
    EventOf::on(event_type, &authz.org_id, "authorization", &authz.id).with(serde_json::json!({
        "userId": authz.user_id,
        "projectId": authz.project_id,
        "roleKeys": authz.role_keys,
    }))
}
