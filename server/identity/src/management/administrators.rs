//! `zitadel.internal_permission.v2.InternalPermissionService`: administrators
//! (manager roles) on the instance, an organization, a project or a project grant.
//! Role names must fit the resource (IAM_* / ORG_* / PROJECT_* / PROJECT_GRANT_*).
//! Manager roles are read per call, so a change applies to the next request.

pub(crate) mod list;

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{AdminResource, Administrator};

use crate::management::protojson::{Msg, from_value, required};
use crate::management::zerr::{ZError, ZResult};
use crate::management::{Ctx, INTERNAL_PERMISSION_SERVICE, unimplemented};
use list::list;

/// Runs one InternalPermissionService method.
pub(crate) async fn call(ctx: &Ctx<'_>, method: &str, body: Value) -> ZResult<Value> {
    match method {
        "CreateAdministrator" => write(ctx, from_value(body)?, Write::Create).await,
        "UpdateAdministrator" => write(ctx, from_value(body)?, Write::Update).await,
        "DeleteAdministrator" => write(ctx, from_value(body)?, Write::Delete).await,
        "ListAdministrators" => list(ctx, from_value(body)?).await,
        _ => Err(unimplemented(INTERNAL_PERMISSION_SERVICE, method)),
    }
}

/// `ResourceType`: exactly one member set.
#[derive(Deserialize, Default, Debug)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ResourceIn {
    #[serde(default)]
    pub(crate) instance: bool,
    #[serde(default)]
    pub(crate) organization_id: Option<String>,
    #[serde(default)]
    pub(crate) project_id: Option<String>,
    #[serde(default)]
    pub(crate) project_grant: Option<GrantRefIn>,
}

/// `ProjectGrant{projectId, organizationId}` of a resource.
#[derive(Deserialize, Default, Debug)]
#[serde(rename_all = "camelCase")]
pub(crate) struct GrantRefIn {
    #[serde(default)]
    pub(crate) project_id: String,
    #[serde(default)]
    pub(crate) organization_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AdminReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    resource: Option<ResourceIn>,
    #[serde(default)]
    roles: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Write {
    Create,
    Update,
    Delete,
}

/// Resolves a resource the caller may manage administrators of; also returns the
/// role-name prefix that fits it.
pub(crate) async fn resolve_resource(
    ctx: &Ctx<'_>,
    r: &ResourceIn,
    check: bool,
) -> ZResult<(AdminResource, &'static str)> {
    let set = [
        r.instance,
        r.organization_id.is_some(),
        r.project_id.is_some(),
        r.project_grant.is_some(),
    ];
    if set.iter().filter(|s| **s).count() != 1 {
        return Err(ZError::invalid(
            "MGMT-ADM01",
            "invalid field resource: exactly one of instance, organizationId, projectId or projectGrant is required",
        ));
    }
    let caller = &ctx.caller;
    if r.instance {
        if check {
            caller.require(caller.is_iam_owner())?;
        }
        return Ok((AdminResource::Instance, "IAM_"));
    }
    if let Some(org_id) = &r.organization_id {
        let org = ctx
            .org(required(org_id, "resource.organizationId")?)
            .await?;
        if check && !caller.can_read_org(&org.id) {
            return Err(crate::management::ctx::org_not_found());
        }
        if check {
            caller.require(caller.can_manage_org(&org.id))?;
        }
        return Ok((AdminResource::Org(org.id), "ORG_"));
    }
    if let Some(project_id) = &r.project_id {
        let project = ctx.managed_project(project_id).await?;
        return Ok((AdminResource::Project(project.id), "PROJECT_"));
    }
    let g = r.project_grant.as_ref().expect("one member is set");
    let project = ctx
        .find_project(required(&g.project_id, "resource.projectGrant.projectId")?)
        .await?;
    let project = project.ok_or_else(crate::management::projects::project_not_found)?;
    let org_id = required(&g.organization_id, "resource.projectGrant.organizationId")?;
    let grant = ctx.find_grant(&project.id, org_id).await?;
    let grant =
        grant.ok_or_else(|| ZError::not_found("PROJECT-D8JxR", "Project grant not found"))?;
    if check {
        caller.require(caller.can_manage_grant(&project, &grant.id, org_id))?;
    }
    Ok((
        AdminResource::ProjectGrant(project.id, grant.id),
        "PROJECT_GRANT_",
    ))
}

fn check_roles(roles: &[String], prefix: &str) -> ZResult<()> {
    if roles.is_empty() {
        return Err(ZError::invalid(
            "MGMT-ADM02",
            "invalid field roles: at least one role is required",
        ));
    }
    let fits = |r: &String| {
        r.starts_with(prefix) && (prefix != "PROJECT_" || !r.starts_with("PROJECT_GRANT_"))
    };
    match roles.iter().find(|r| !fits(r)) {
        Some(r) => Err(ZError::invalid(
            "MGMT-ADM03",
            format!("invalid field roles: '{r}' is not a {prefix}* role of this resource"),
        )),
        None => Ok(()),
    }
}

async fn write(ctx: &Ctx<'_>, req: AdminReq, op: Write) -> ZResult<Value> {
    let user = ctx
        .state
        .store
        .users
        .get_user(required(&req.user_id, "userId")?)
        .await
        .map_err(ZError::from_storage)?
        .ok_or_else(crate::management::ctx::user_not_found)?;
    let resource = req
        .resource
        .ok_or_else(|| ZError::invalid("MGMT-ADM04", "invalid field resource: required"))?;
    let (resource, prefix) = resolve_resource(ctx, &resource, true).await?;
    let repo = &ctx.state.store.admins;
    let admin = Administrator {
        user_id: user.id,
        resource,
        roles: req.roles,
    };
    match op {
        Write::Create => {
            check_roles(&admin.roles, prefix)?;
            repo.add_admin(&admin, ctx.now)
                .await
                .map_err(ZError::on_conflict(
                    "MEMBER-sdf2a",
                    "Administrator already exists",
                    "administrator",
                ))?;
            Ok(Msg::new().ts("creationDate", ctx.now).into())
        }
        Write::Update => {
            check_roles(&admin.roles, prefix)?;
            repo.update_admin(&admin, ctx.now)
                .await
                .map_err(|e| ZError::storage(e, "administrator"))?;
            Ok(Msg::new().ts("changeDate", ctx.now).into())
        }
        Write::Delete => {
            repo.remove_admin(&admin.user_id, &admin.resource)
                .await
                .map_err(|e| ZError::storage(e, "administrator"))?;
            Ok(Msg::new().ts("deletionDate", ctx.now).into())
        }
    }
}
