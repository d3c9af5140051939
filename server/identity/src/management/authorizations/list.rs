//! ListAuthorizations: every filter of authorization v2, only authorizations the
//! caller manages (through the project or the grant) plus the caller's own.

use std::collections::HashMap;

use serde_json::Value;
use ws_storage::{Authorization, AuthorizationFilter, Org, Project, ProjectRole, State, User};

use crate::management::Ctx;
use crate::management::ctx::collect_all;
use crate::management::paging::{ListIn, TextMethod, filter_parts, paged, text_field};
use crate::management::protojson::{Msg, enum_in};
use crate::management::users::view::login_name;
use crate::management::zerr::{ZError, ZResult};

const SORT: [&str; 8] = [
    "AUTHORIZATION_FIELD_NAME_UNSPECIFIED",
    "AUTHORIZATION_FIELD_NAME_CREATED_DATE",
    "AUTHORIZATION_FIELD_NAME_CHANGED_DATE",
    "AUTHORIZATION_FIELD_NAME_ID",
    "AUTHORIZATION_FIELD_NAME_USER_ID",
    "AUTHORIZATION_FIELD_NAME_PROJECT_ID",
    "AUTHORIZATION_FIELD_NAME_ORGANIZATION_ID",
    "AUTHORIZATION_FIELD_NAME_USER_ORGANIZATION_ID",
];

/// Everything a filter or the response needs about one authorization.
struct Row {
    authz: Authorization,
    project: Project,
    user: User,
    roles: Vec<ProjectRole>,
}

/// Lookups shared by all rows.
struct Lookup {
    orgs: HashMap<String, Org>,
}

impl Lookup {
    fn org_name(&self, id: &str) -> &str {
        self.orgs
            .get(id)
            .map(|o| o.name.as_str())
            .unwrap_or_default()
    }
    fn login(&self, u: &User) -> String {
        login_name(u, self.orgs.get(&u.org_id))
    }
}

fn display_name(u: &User) -> String {
    match &u.kind {
        ws_storage::UserKind::Human(h) => h.display_name.clone(),
        ws_storage::UserKind::Machine(m) => m.name.clone(),
    }
}

fn ids(body: &Value) -> Vec<String> {
    body.get("ids")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn keeps(f: &Value, r: &Row, l: &Lookup) -> ZResult<bool> {
    let Some((kind, body)) = filter_parts(f) else {
        return Ok(true);
    };
    let text = |k: &str| text_field(body, k);
    let method = || TextMethod::parse(&body.get("method").cloned());
    Ok(match kind {
        "authorizationIds" => ids(body).contains(&r.authz.id),
        "organizationId" => r.authz.org_id == text("id"),
        "state" => {
            let s = enum_in(
                &body.get("state").cloned(),
                &["STATE_UNSPECIFIED", "STATE_ACTIVE", "STATE_INACTIVE"],
                "state",
            )?;
            s.is_none_or(|s| (s == "STATE_ACTIVE") == (r.authz.state == State::Active))
        }
        "inUserIds" => ids(body).contains(&r.authz.user_id),
        // The pre-GA single-user filter, deprecated by inUserIds but still accepted.
        "userId" => r.authz.user_id == text("id"),
        "userOrganizationId" => r.user.org_id == text("id"),
        "userPreferredLoginName" => method()?.matches(&l.login(&r.user), &text("loginName")),
        "userDisplayName" => method()?.matches(&display_name(&r.user), &text("displayName")),
        "projectId" => r.project.id == text("id"),
        "projectName" => method()?.matches(&r.project.name, &text("name")),
        "roleKey" => {
            let (m, k) = (method()?, text("key"));
            r.authz.role_keys.iter().any(|rk| m.matches(rk, &k))
        }
        "projectGrantId" => r.authz.project_grant_id.as_deref() == Some(text("id").as_str()),
        other => {
            return Err(ZError::invalid(
                "MGMT-AF001",
                format!("invalid field filters: unknown filter {other}"),
            ));
        }
    })
}

fn row_json(r: &Row, l: &Lookup) -> Value {
    let project = Msg::new()
        .str("id", &r.project.id)
        .str("name", &r.project.name)
        .str("organizationId", &r.project.org_id);
    let org = Msg::new()
        .str("id", &r.authz.org_id)
        .str("name", l.org_name(&r.authz.org_id));
    let user = Msg::new()
        .str("id", &r.user.id)
        .str("preferredLoginName", &l.login(&r.user))
        .str("displayName", &display_name(&r.user))
        .str("organizationId", &r.user.org_id);
    let roles = r
        .authz
        .role_keys
        .iter()
        .map(|k| {
            let role = r.roles.iter().find(|x| &x.key == k);
            Msg::new()
                .str("key", k)
                .str(
                    "displayName",
                    role.map(|x| x.display_name.as_str()).unwrap_or_default(),
                )
                .opt_str("group", role.and_then(|x| x.group.as_deref()))
                .into()
        })
        .collect();
    let state = if r.authz.state == State::Active {
        "STATE_ACTIVE"
    } else {
        "STATE_INACTIVE"
    };
    Msg::new()
        .str("id", &r.authz.id)
        .ts("creationDate", r.authz.created_at)
        .ts("changeDate", r.authz.changed_at)
        .msg("project", project)
        .msg("organization", org)
        .msg("user", user)
        .str("state", state)
        .list("roles", roles)
        .into()
}

async fn visible(ctx: &Ctx<'_>, a: &Authorization, p: &Project) -> ZResult<bool> {
    if a.user_id == ctx.caller.user_id || ctx.caller.can_manage_project(p) {
        return Ok(true);
    }
    // Granted side: the grant's managers see what their organization made.
    Ok(match &a.project_grant_id {
        Some(g) => ctx.caller.can_manage_grant(p, g, &a.org_id),
        None => false,
    })
}

fn sort_key(r: &Row, column: Option<&str>) -> (String, i64) {
    let pad = |s: &str| format!("{s:0>20}");
    match column {
        Some("AUTHORIZATION_FIELD_NAME_CHANGED_DATE") => (String::new(), r.authz.changed_at),
        Some("AUTHORIZATION_FIELD_NAME_ID") => (pad(&r.authz.id), 0),
        Some("AUTHORIZATION_FIELD_NAME_USER_ID") => (pad(&r.authz.user_id), 0),
        Some("AUTHORIZATION_FIELD_NAME_PROJECT_ID") => (pad(&r.project.id), 0),
        Some("AUTHORIZATION_FIELD_NAME_ORGANIZATION_ID") => (pad(&r.authz.org_id), 0),
        Some("AUTHORIZATION_FIELD_NAME_USER_ORGANIZATION_ID") => (pad(&r.user.org_id), 0),
        _ => (String::new(), r.authz.created_at),
    }
}

/// `ListAuthorizations` → `{pagination, authorizations[]}`.
pub(crate) async fn list(ctx: &Ctx<'_>, req: ListIn) -> ZResult<Value> {
    let paging = req.paging()?;
    let column = enum_in(&req.sorting_column, &SORT, "sortingColumn")?;
    let store = &ctx.state.store;
    let filter = AuthorizationFilter::default();
    let all = collect_all(|q| store.authz.list_authorizations(&filter, q)).await?;
    let lookup = Lookup {
        orgs: ctx.orgs_by_id().await?,
    };
    let mut rows = Vec::new();
    for authz in all {
        let Some(project) = ctx.find_project(&authz.project_id).await? else {
            continue;
        };
        if !visible(ctx, &authz, &project).await? {
            continue;
        }
        let Some(user) = store
            .users
            .get_user(&authz.user_id)
            .await
            .map_err(ZError::from_storage)?
        else {
            continue;
        };
        let roles = store
            .projects
            .list_roles(&project.id)
            .await
            .map_err(ZError::from_storage)?;
        let row = Row {
            authz,
            project,
            user,
            roles,
        };
        let mut ok = true;
        for f in &req.filters {
            ok &= keeps(f, &row, &lookup)?;
        }
        if ok {
            rows.push(row);
        }
    }
    let (page, total) = paging.apply(rows, |r| sort_key(r, column));
    let items = page.iter().map(|r| row_json(r, &lookup)).collect();
    Ok(paged("authorizations", items, total, &paging))
}
