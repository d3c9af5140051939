//! ListAdministrators: the administrators of every resource the caller manages,
//! narrowed by filters (user ids, user org, login/display name, resource, role).

use std::collections::HashMap;

use serde_json::Value;
use ws_storage::{AdminResource, Administrator, Org, Project, User};

use super::{ResourceIn, resolve_resource};
use crate::management::Ctx;
use crate::management::ctx::collect_all;
use crate::management::paging::{ListIn, TextMethod, filter_parts, paged, text_field};
use crate::management::protojson::{Msg, from_value};
use crate::management::users::view::login_name;
use crate::management::zerr::{ZError, ZResult};

/// Every resource whose administrators the caller may list.
async fn resources(ctx: &Ctx<'_>) -> ZResult<Vec<AdminResource>> {
    let caller = &ctx.caller;
    let store = &ctx.state.store;
    let mut out = Vec::new();
    if caller.is_iam_owner() {
        out.push(AdminResource::Instance);
    }
    for org in ctx.all_orgs().await? {
        if caller.can_manage_org(&org.id) {
            out.push(AdminResource::Org(org.id));
        }
    }
    let projects = collect_all(|q| store.projects.list_projects(None, q)).await?;
    let by_id: HashMap<&str, &Project> = projects.iter().map(|p| (p.id.as_str(), p)).collect();
    for p in &projects {
        if caller.can_manage_project(p) {
            out.push(AdminResource::Project(p.id.clone()));
        }
    }
    for g in collect_all(|q| store.projects.list_grants(None, None, q)).await? {
        let manages = by_id
            .get(g.project_id.as_str())
            .is_some_and(|p| caller.can_manage_grant(p, &g.id, &g.granted_org_id));
        if manages {
            out.push(AdminResource::ProjectGrant(g.project_id, g.id));
        }
    }
    Ok(out)
}

async fn keeps(
    ctx: &Ctx<'_>,
    f: &Value,
    a: &Administrator,
    u: &User,
    orgs: &HashMap<String, Org>,
) -> ZResult<bool> {
    let Some((kind, body)) = filter_parts(f) else {
        return Ok(true);
    };
    let method = || TextMethod::parse(&body.get("method").cloned());
    Ok(match kind {
        "inUserIdsFilter" => body["ids"]
            .as_array()
            .is_some_and(|ids| ids.iter().any(|i| i.as_str() == Some(&a.user_id))),
        "userOrganizationId" => u.org_id == text_field(body, "id"),
        "userPreferredLoginName" => method()?.matches(
            &login_name(u, orgs.get(&u.org_id)),
            &text_field(body, "loginName"),
        ),
        "userDisplayName" => method()?.matches(&display_name(u), &text_field(body, "displayName")),
        "role" => a.roles.contains(&text_field(body, "roleKey")),
        "resource" => {
            let r: ResourceIn = from_value(body.clone())?;
            resolve_resource(ctx, &r, false).await?.0 == a.resource
        }
        other => {
            return Err(ZError::invalid(
                "MGMT-ALF01",
                format!("invalid field filters: unknown filter {other}"),
            ));
        }
    })
}

fn display_name(u: &User) -> String {
    match &u.kind {
        ws_storage::UserKind::Human(h) => h.display_name.clone(),
        ws_storage::UserKind::Machine(m) => m.name.clone(),
    }
}

async fn admin_json(
    ctx: &Ctx<'_>,
    a: &Administrator,
    u: &User,
    orgs: &HashMap<String, Org>,
) -> ZResult<Value> {
    let user = Msg::new()
        .str("id", &u.id)
        .str("preferredLoginName", &login_name(u, orgs.get(&u.org_id)))
        .str("displayName", &display_name(u))
        .str("organizationId", &u.org_id);
    let org_name = |id: &str| orgs.get(id).map(|o| o.name.clone()).unwrap_or_default();
    let msg = Msg::new().msg("user", user);
    let msg = match &a.resource {
        AdminResource::Instance => msg.bool("instance", true),
        AdminResource::Org(id) => msg.msg(
            "organization",
            Msg::new().str("id", id).str("name", &org_name(id)),
        ),
        AdminResource::Project(id) => {
            let p = ctx.find_project(id).await?;
            let (name, owner) = p.map(|p| (p.name, p.org_id)).unwrap_or_default();
            msg.msg(
                "project",
                Msg::new()
                    .str("id", id)
                    .str("name", &name)
                    .str("organizationId", &owner),
            )
        }
        AdminResource::ProjectGrant(pid, gid) => {
            let p = ctx.find_project(pid).await?;
            let g = ctx
                .state
                .store
                .projects
                .get_grant(gid)
                .await
                .map_err(ZError::from_storage)?;
            let (name, owner) = p.map(|p| (p.name, p.org_id)).unwrap_or_default();
            let granted = g.map(|g| g.granted_org_id).unwrap_or_default();
            let grant = Msg::new()
                .str("id", gid)
                .str("projectId", pid)
                .str("projectName", &name)
                .str("organizationId", &owner)
                .str("grantedOrganizationId", &granted);
            msg.msg("projectGrant", grant)
        }
    };
    Ok(msg.strs("roles", &a.roles).into())
}

/// `ListAdministrators` → `{pagination, administrators[]}`.
pub(crate) async fn list(ctx: &Ctx<'_>, req: ListIn) -> ZResult<Value> {
    let paging = req.paging()?;
    let orgs = ctx.orgs_by_id().await?;
    let store = &ctx.state.store;
    let mut kept = Vec::new();
    for resource in resources(ctx).await? {
        for a in collect_all(|q| store.admins.list_admins(&resource, q)).await? {
            let Some(u) = store
                .users
                .get_user(&a.user_id)
                .await
                .map_err(ZError::from_storage)?
            else {
                continue;
            };
            let mut ok = true;
            for f in &req.filters {
                ok = ok && keeps(ctx, f, &a, &u, &orgs).await?;
            }
            if ok {
                kept.push((a, u));
            }
        }
    }
    let (page, total) = paging.apply(kept, |(a, _)| format!("{:0>20}", a.user_id));
    let mut items = Vec::new();
    for (a, u) in &page {
        items.push(admin_json(ctx, a, u, &orgs).await?);
    }
    Ok(paged("administrators", items, total, &paging))
}
