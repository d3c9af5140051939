//! Project grants of ProjectService v2, keyed by `(projectId,
//! grantedOrganizationId)`: create (role keys must exist on the project), update
//! (replaces the keys and strips removed ones from the authorizations made under
//! the grant), activate/deactivate and delete (idempotent), list.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{AuthorizationFilter, IdentityChange, Org, Project, ProjectGrant, State, new_id};

use crate::events::EventOf;
use crate::management::Ctx;
use crate::management::ctx::collect_all;
use crate::management::paging::{ListIn, TextMethod, filter_parts, paged, text_field};
use crate::management::protojson::{Msg, required};
use crate::management::zerr::{ZError, ZResult};

/// Grant requests: the key, and the role keys for create/update.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct GrantReq {
    #[serde(default)]
    project_id: String,
    #[serde(default)]
    granted_organization_id: String,
    #[serde(default)]
    role_keys: Vec<String>,
}

fn grant_not_found() -> ZError {
    ZError::not_found("PROJECT-D8JxR", "Project grant not found")
}

impl Ctx<'_> {
    /// The grant of `project_id` to `org_id`, if any.
    pub(crate) async fn find_grant(
        &self,
        project_id: &str,
        org_id: &str,
    ) -> ZResult<Option<ProjectGrant>> {
        let page = self.state.store.projects.list_grants(
            Some(project_id),
            Some(org_id),
            Default::default(),
        );
        Ok(page
            .await
            .map_err(ZError::from_storage)?
            .items
            .into_iter()
            .next())
    }
}

async fn check_role_keys(ctx: &Ctx<'_>, project: &Project, keys: &[String]) -> ZResult<()> {
    let roles = ctx
        .state
        .store
        .projects
        .list_roles(&project.id)
        .await
        .map_err(ZError::from_storage)?;
    match keys.iter().find(|k| !roles.iter().any(|r| &r.key == *k)) {
        Some(k) => Err(ZError::precondition(
            "PROJECT-m9gdm",
            format!("Role '{k}' does not exist on the project"),
        )),
        None => Ok(()),
    }
}

/// `CreateProjectGrant` → `{creationDate}`.
pub(crate) async fn create(ctx: &Ctx<'_>, req: GrantReq) -> ZResult<Value> {
    let project = ctx.managed_project(&req.project_id).await?;
    let org_id = required(&req.granted_organization_id, "grantedOrganizationId")?;
    let org = ctx.org(org_id).await?;
    if org.id == project.org_id {
        return Err(ZError::invalid(
            "PROJECT-Mx9gs",
            "A project cannot be granted to its own organization",
        ));
    }
    check_role_keys(ctx, &project, &req.role_keys).await?;
    let grant = ProjectGrant {
        id: new_id(),
        project_id: project.id,
        granted_org_id: org.id,
        role_keys: req.role_keys,
        state: State::Active,
        created_at: ctx.now,
        changed_at: ctx.now,
    };
    let of = grant_event("project_grant.created", &project.org_id, &grant);
    ctx.record(IdentityChange::CreateGrant(&grant), of)
        .await
        .map_err(ZError::on_conflict(
            "PROJECT-3b8fs",
            "Project grant already exists",
            "project grant",
        ))?;
    Ok(Msg::new().ts("creationDate", ctx.now).into())
}

async fn managed_grant(ctx: &Ctx<'_>, req: &GrantReq) -> ZResult<(Project, ProjectGrant)> {
    let project = ctx.managed_project(&req.project_id).await?;
    let org_id = required(&req.granted_organization_id, "grantedOrganizationId")?;
    let grant = ctx
        .find_grant(&project.id, org_id)
        .await?
        .ok_or_else(grant_not_found)?;
    Ok((project, grant))
}

/// `UpdateProjectGrant` → `{changeDate}`.
pub(crate) async fn update(ctx: &Ctx<'_>, req: GrantReq) -> ZResult<Value> {
    let (project, mut grant) = managed_grant(ctx, &req).await?;
    check_role_keys(ctx, &project, &req.role_keys).await?;
    grant.role_keys = req.role_keys;
    grant.changed_at = ctx.now;
    let store = &ctx.state.store;
    let of = grant_event("project_grant.changed", &project.org_id, &grant);
    ctx.record(IdentityChange::UpdateGrant(&grant), of)
        .await
        .map_err(|e| ZError::storage(e, "project grant"))?;
    // Roles taken from the grant are taken from the authorizations made under it.
    let filter = AuthorizationFilter {
        project_id: Some(project.id.clone()),
        ..Default::default()
    };
    let authzs = collect_all(|q| store.authz.list_authorizations(&filter, q)).await?;
    for mut a in authzs
        .into_iter()
        .filter(|a| a.project_grant_id.as_deref() == Some(&grant.id))
    {
        let before = a.role_keys.len();
        a.role_keys.retain(|k| grant.role_keys.contains(k));
        if a.role_keys.len() != before {
            a.changed_at = ctx.now;
            let of = EventOf::on("authorization.changed", &a.org_id, "authorization", &a.id)
                .with(serde_json::json!({ "userId": a.user_id, "roleKeys": a.role_keys }));
            ctx.record(IdentityChange::UpdateAuthorization(&a), of)
                .await
                .map_err(ZError::from_storage)?;
        }
    }
    Ok(Msg::new().ts("changeDate", ctx.now).into())
}

/// `ActivateProjectGrant` / `DeactivateProjectGrant` → `{changeDate}`, idempotent.
pub(crate) async fn set_state(ctx: &Ctx<'_>, req: GrantReq, target: State) -> ZResult<Value> {
    let (project, mut grant) = managed_grant(ctx, &req).await?;
    if grant.state != target {
        grant.state = target;
        grant.changed_at = ctx.now;
        let event_type = match target {
            State::Inactive => "project_grant.deactivated",
            State::Active => "project_grant.reactivated",
        };
        let of = grant_event(event_type, &project.org_id, &grant);
        ctx.record(IdentityChange::UpdateGrant(&grant), of)
            .await
            .map_err(|e| ZError::storage(e, "project grant"))?;
    }
    Ok(Msg::new().ts("changeDate", grant.changed_at).into())
}

/// `DeleteProjectGrant` → `{deletionDate}` (empty when there was nothing to delete).
pub(crate) async fn delete(ctx: &Ctx<'_>, req: GrantReq) -> ZResult<Value> {
    let project = ctx.managed_project(&req.project_id).await?;
    let org_id = required(&req.granted_organization_id, "grantedOrganizationId")?;
    let Some(grant) = ctx.find_grant(&project.id, org_id).await? else {
        return Ok(Msg::new().into());
    };
    let of = grant_event("project_grant.removed", &project.org_id, &grant);
    ctx.record(IdentityChange::DeleteGrant(&grant.id), of)
        .await
        .map_err(|e| ZError::storage(e, "project grant"))?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}

fn keeps(f: &Value, g: &ProjectGrant, p: &Project) -> ZResult<bool> {
    let Some((kind, body)) = filter_parts(f) else {
        return Ok(true);
    };
    let text = |k: &str| text_field(body, k);
    // The id field is `id` in the newest protos, `organizationId` in older drafts.
    let id = |alt: &str| {
        Some(text("id"))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| text(alt))
    };
    let method = || TextMethod::parse(&body.get("method").cloned());
    Ok(match kind {
        "projectNameFilter" => method()?.matches(&p.name, &text("projectName")),
        "roleKeyFilter" => {
            let (m, k) = (method()?, text("key"));
            g.role_keys.iter().any(|r| m.matches(r, &k))
        }
        "inProjectIdsFilter" => {
            let ids = body
                .get("projectIds")
                .or_else(|| body.get("ids"))
                .and_then(Value::as_array);
            ids.is_some_and(|a| a.iter().any(|v| v.as_str() == Some(&p.id)))
        }
        "organizationIdFilter" => p.org_id == id("organizationId"),
        "grantedOrganizationIdFilter" => g.granted_org_id == id("grantedOrganizationId"),
        other => {
            return Err(ZError::invalid(
                "MGMT-GF001",
                format!("invalid field filters: unknown filter {other}"),
            ));
        }
    })
}

fn grant_json(g: &ProjectGrant, p: &Project, orgs: &HashMap<String, Org>) -> Value {
    let state = match g.state {
        State::Active => "PROJECT_GRANT_STATE_ACTIVE",
        State::Inactive => "PROJECT_GRANT_STATE_INACTIVE",
    };
    Msg::new()
        .str("organizationId", &p.org_id)
        .ts("creationDate", g.created_at)
        .ts("changeDate", g.changed_at)
        .str("grantedOrganizationId", &g.granted_org_id)
        .str(
            "grantedOrganizationName",
            orgs.get(&g.granted_org_id)
                .map(|o| o.name.as_str())
                .unwrap_or_default(),
        )
        .strs("grantedRoleKeys", &g.role_keys)
        .str("projectId", &p.id)
        .str("projectName", &p.name)
        .str("state", state)
        .into()
}

/// `ListProjectGrants` → `{pagination, projectGrants[]}`: grants of projects the
/// caller manages, and grants the caller manages on the granted side.
pub(crate) async fn list(ctx: &Ctx<'_>, req: ListIn) -> ZResult<Value> {
    let paging = req.paging()?;
    let store = &ctx.state.store;
    let grants = collect_all(|q| store.projects.list_grants(None, None, q)).await?;
    let mut kept = Vec::new();
    for g in grants {
        let Some(p) = ctx.find_project(&g.project_id).await? else {
            continue;
        };
        if !ctx.caller.can_manage_grant(&p, &g.id, &g.granted_org_id) {
            continue;
        }
        let mut ok = true;
        for f in &req.filters {
            ok &= keeps(f, &g, &p)?;
        }
        if ok {
            kept.push((g, p));
        }
    }
    let (page, total) = paging.apply(kept, |(g, _)| g.created_at);
    let orgs = ctx.orgs_by_id().await?;
    let items = page.iter().map(|(g, p)| grant_json(g, p, &orgs)).collect();
    Ok(paged("projectGrants", items, total, &paging))
}

/// The event of a change to `grant` of a project owned by `owner_org`.
fn grant_event<'a>(
    event_type: &'static str,
    owner_org: &'a str,
    grant: &'a ProjectGrant,
) -> EventOf<'a> {
    EventOf::on(event_type, owner_org, "project_grant", &grant.id).with(serde_json::json!({
        "projectId": grant.project_id,
        "grantedOrgId": grant.granted_org_id,
        "roleKeys": grant.role_keys,
    }))
}
