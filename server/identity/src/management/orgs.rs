//! `zitadel.org.v2.OrganizationService`: AddOrganization (with admins),
//! ListOrganizations, UpdateOrganization, Deactivate/Activate/DeleteOrganization.
//! Metadata and domains live in [`extras`].

pub(crate) mod extras;
pub(crate) mod list;

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{AdminResource, Administrator, IdentityChange, Org, State, new_id};

use crate::bootstrap::{DEFAULT_ORG_NAME, INSTANCE_DOMAIN, org_domain};
use crate::events::EventOf;
use crate::management::protojson::{Msg, from_value, required};
use crate::management::users::create::{AddHumanReq, add_human_in};
use crate::management::users::view::details;
use crate::management::zerr::{ZError, ZResult};
use crate::management::{Ctx, ORG_SERVICE, unimplemented};
use list::list_orgs;

/// Runs one OrganizationService method.
pub(crate) async fn call(ctx: &Ctx<'_>, method: &str, body: Value) -> ZResult<Value> {
    match method {
        "AddOrganization" => add(ctx, from_value(body)?).await,
        "ListOrganizations" => list_orgs(ctx, from_value(body)?).await,
        "UpdateOrganization" => update(ctx, from_value(body)?).await,
        "DeactivateOrganization" => set_state(ctx, from_value(body)?, State::Inactive).await,
        "ActivateOrganization" => set_state(ctx, from_value(body)?, State::Active).await,
        "DeleteOrganization" => delete(ctx, from_value(body)?).await,
        "SetOrganizationMetadata" => extras::set_metadata(ctx, from_value(body)?).await,
        "ListOrganizationMetadata" => extras::list_metadata(ctx, from_value(body)?).await,
        "DeleteOrganizationMetadata" => extras::delete_metadata(ctx, from_value(body)?).await,
        "AddOrganizationDomain" => extras::add_domain(ctx, from_value(body)?).await,
        "ListOrganizationDomains" => extras::list_domains(ctx, from_value(body)?).await,
        "DeleteOrganizationDomain" => extras::delete_domain(ctx, from_value(body)?).await,
        "GenerateOrganizationDomainValidation" | "VerifyOrganizationDomain" => {
            extras::validate_domain(ctx, from_value(body)?).await
        }
        _ => Err(unimplemented(ORG_SERVICE, method)),
    }
}

/// `ORGANIZATION_STATE_*`.
pub(crate) fn state_name(state: State) -> &'static str {
    match state {
        State::Active => "ORGANIZATION_STATE_ACTIVE",
        State::Inactive => "ORGANIZATION_STATE_INACTIVE",
    }
}

/// `zitadel.org.v2.Organization`.
pub(crate) fn org_json(org: &Org) -> Value {
    Msg::new()
        .str("id", &org.id)
        .msg("details", details(org.created_at, org.changed_at, &org.id))
        .str("state", state_name(org.state))
        .str("name", &org.name)
        .str("primaryDomain", &org.primary_domain)
        .into()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AdminIn {
    #[serde(default)]
    user_id: Option<String>,
    #[serde(default)]
    human: Option<Value>,
    #[serde(default)]
    roles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AddReq {
    #[serde(default)]
    name: String,
    #[serde(default)]
    organization_id: Option<String>,
    #[serde(default)]
    org_id: Option<String>,
    #[serde(default)]
    admins: Vec<AdminIn>,
}

async fn instance_domain(ctx: &Ctx<'_>) -> ZResult<String> {
    let instance = ctx
        .state
        .store
        .instance
        .get_instance()
        .await
        .map_err(ZError::from_storage)?;
    Ok(instance
        .map(|i| i.domain)
        .unwrap_or_else(|| INSTANCE_DOMAIN.to_owned()))
}

/// `AddOrganization` → `{details, organizationId, createdAdmins[]}`; all or nothing.
async fn add(ctx: &Ctx<'_>, req: AddReq) -> ZResult<Value> {
    ctx.caller.require(ctx.caller.can_create_org())?;
    let name = required(&req.name, "name")?.trim().to_owned();
    let id = req
        .organization_id
        .or(req.org_id)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(new_id);
    let org = Org {
        id,
        primary_domain: org_domain(&name, &instance_domain(ctx).await?),
        name,
        state: State::Active,
        created_at: ctx.now,
        changed_at: ctx.now,
    };
    let created = EventOf::on("org.created", &org.id, "org", &org.id)
        .with(serde_json::json!({ "name": org.name }));
    ctx.record(IdentityChange::CreateOrg(&org), created)
        .await
        .map_err(ZError::on_conflict(
            "ORG-lapo2m",
            format!(
                "Organisation '{}' already exists (name, domain or id taken)",
                org.name
            ),
            "organization",
        ))?;
    match add_admins(ctx, &org.id, req.admins).await {
        Ok(created) => Ok(Msg::new()
            .msg("details", details(ctx.now, ctx.now, &org.id))
            .str("organizationId", &org.id)
            .list("createdAdmins", created)
            .into()),
        Err(e) => {
            // Nothing half-created: the org goes, with every user made for it.
            let undo = EventOf::on("org.deleted", &org.id, "org", &org.id);
            let _ = ctx.record(IdentityChange::DeleteOrg(&org.id), undo).await;
            Err(e)
        }
    }
}

async fn add_admins(ctx: &Ctx<'_>, org_id: &str, admins: Vec<AdminIn>) -> ZResult<Vec<Value>> {
    let mut created = Vec::new();
    for (i, admin) in admins.into_iter().enumerate() {
        let user_id = match (admin.user_id.filter(|s| !s.is_empty()), admin.human) {
            (Some(id), None) => {
                ctx.readable_user(&id).await?;
                id
            }
            (None, Some(human)) => {
                let req: AddHumanReq = from_value(human).map_err(|e| {
                    ZError::invalid(e.id, format!("admins[{i}].human: {}", e.message))
                })?;
                let out = add_human_in(ctx, org_id, req).await?;
                let id = out["userId"].as_str().unwrap_or_default().to_owned();
                created.push(Msg::new().str("userId", &id).into());
                id
            }
            _ => {
                return Err(ZError::invalid(
                    "MGMT-ORG01",
                    format!("admins[{i}]: exactly one of userId or human is required"),
                ));
            }
        };
        let roles = if admin.roles.is_empty() {
            vec!["ORG_OWNER".to_owned()]
        } else {
            admin.roles
        };
        let record = Administrator {
            user_id,
            resource: AdminResource::Org(org_id.to_owned()),
            roles,
        };
        ctx.state
            .store
            .admins
            .add_admin(&record, ctx.now)
            .await
            .map_err(|e| ZError::storage(e, "user"))?;
    }
    Ok(created)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct OrgIdReq {
    #[serde(default)]
    organization_id: String,
    #[serde(default)]
    name: String,
}

/// An org the caller may manage: not found when it may not even read it.
pub(crate) async fn managed_org(ctx: &Ctx<'_>, id: &str) -> ZResult<Org> {
    let org = ctx.org(required(id, "organizationId")?).await?;
    if !ctx.caller.can_read_org(&org.id) {
        return Err(crate::management::ctx::org_not_found());
    }
    ctx.caller.require(ctx.caller.can_manage_org(&org.id))?;
    Ok(org)
}

async fn update(ctx: &Ctx<'_>, req: OrgIdReq) -> ZResult<Value> {
    let mut org = managed_org(ctx, &req.organization_id).await?;
    org.name = required(&req.name, "name")?.trim().to_owned();
    org.changed_at = ctx.now;
    ctx.state
        .store
        .orgs
        .update_org(&org)
        .await
        .map_err(ZError::on_conflict(
            "ORG-lapo2m",
            "Organisation name already exists",
            "organization",
        ))?;
    Ok(Msg::new().ts("changeDate", ctx.now).into())
}

async fn set_state(ctx: &Ctx<'_>, req: OrgIdReq, target: State) -> ZResult<Value> {
    let org = managed_org(ctx, &req.organization_id).await?;
    if org.state == target {
        let (id, text) = match target {
            State::Inactive => ("ORG-Dbs2g", "Organisation is already deactivated"),
            State::Active => ("ORG-hBd2f", "Organisation is already active"),
        };
        return Err(ZError::precondition(id, text));
    }
    let event_type = match target {
        State::Inactive => "org.deactivated",
        State::Active => "org.reactivated",
    };
    let set = IdentityChange::SetOrgState {
        id: &org.id,
        state: target,
        now: ctx.now,
    };
    ctx.record(set, EventOf::on(event_type, &org.id, "org", &org.id))
        .await
        .map_err(|e| ZError::storage(e, "organization"))?;
    Ok(Msg::new().ts("changeDate", ctx.now).into())
}

async fn delete(ctx: &Ctx<'_>, req: OrgIdReq) -> ZResult<Value> {
    let org = managed_org(ctx, &req.organization_id).await?;
    if org.name == DEFAULT_ORG_NAME {
        return Err(ZError::precondition(
            "COMMAND-wb7zx",
            "The default organisation cannot be deleted",
        ));
    }
    let of = EventOf::on("org.deleted", &org.id, "org", &org.id)
        .with(serde_json::json!({ "name": org.name }));
    ctx.record(IdentityChange::DeleteOrg(&org.id), of)
        .await
        .map_err(|e| ZError::storage(e, "organization"))?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}
