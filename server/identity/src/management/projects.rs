//! `zitadel.project.v2.ProjectService` (4.6+, Connect only): projects and their
//! roles. Grants live in [`grant`]. Activate/Deactivate/Delete are
//! idempotent as in v2 (README §3.8).

pub(crate) mod grant;
pub(crate) mod list;

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{Project, ProjectRole, State, new_id};

use crate::management::paging::{PageIn, Paging, TextMethod, pagination_out};
use crate::management::protojson::{Msg, enum_in, from_value, required};
use crate::management::zerr::{ZError, ZResult};
use crate::management::{Ctx, PROJECT_SERVICE, unimplemented};
use list::list_projects;

/// Runs one ProjectService method.
pub(crate) async fn call(ctx: &Ctx<'_>, method: &str, body: Value) -> ZResult<Value> {
    match method {
        "CreateProject" => create(ctx, from_value(body)?).await,
        "GetProject" => get(ctx, from_value(body)?).await,
        "ListProjects" => list_projects(ctx, from_value(body)?).await,
        "UpdateProject" => update(ctx, from_value(body)?).await,
        "DeactivateProject" => set_state(ctx, from_value(body)?, State::Inactive).await,
        "ActivateProject" => set_state(ctx, from_value(body)?, State::Active).await,
        "DeleteProject" => delete(ctx, from_value(body)?).await,
        "AddProjectRole" => add_role(ctx, from_value(body)?).await,
        "UpdateProjectRole" => update_role(ctx, from_value(body)?).await,
        "RemoveProjectRole" => remove_role(ctx, from_value(body)?).await,
        "ListProjectRoles" => list_roles(ctx, from_value(body)?).await,
        "CreateProjectGrant" => grant::create(ctx, from_value(body)?).await,
        "UpdateProjectGrant" => grant::update(ctx, from_value(body)?).await,
        "DeactivateProjectGrant" => grant::set_state(ctx, from_value(body)?, State::Inactive).await,
        "ActivateProjectGrant" => grant::set_state(ctx, from_value(body)?, State::Active).await,
        "DeleteProjectGrant" => grant::delete(ctx, from_value(body)?).await,
        "ListProjectGrants" => grant::list(ctx, from_value(body)?).await,
        _ => Err(unimplemented(PROJECT_SERVICE, method)),
    }
}

/// `PROJECT_STATE_*`.
pub(crate) fn state_name(state: State) -> &'static str {
    match state {
        State::Active => "PROJECT_STATE_ACTIVE",
        State::Inactive => "PROJECT_STATE_INACTIVE",
    }
}

/// `zitadel.project.v2.Project` (owned view).
pub(crate) fn project_json(p: &Project) -> Msg {
    Msg::new()
        .str("projectId", &p.id)
        .str("organizationId", &p.org_id)
        .ts("creationDate", p.created_at)
        .ts("changeDate", p.changed_at)
        .str("name", &p.name)
        .str("state", state_name(p.state))
        .bool("projectRoleAssertion", p.project_role_assertion)
        .bool("authorizationRequired", p.project_role_check)
        .bool("projectAccessRequired", p.has_project_check)
}

/// ZITADEL's "project not found".
pub(crate) fn project_not_found() -> ZError {
    ZError::not_found("PROJECT-3M9sd", "Project not found")
}

impl Ctx<'_> {
    /// A project by id, or `None`.
    pub(crate) async fn find_project(&self, id: &str) -> ZResult<Option<Project>> {
        self.state
            .store
            .projects
            .get_project(id)
            .await
            .map_err(ZError::from_storage)
    }

    /// A project the caller manages: not found when it may not read it, denied when
    /// it reads it only through a grant.
    pub(crate) async fn managed_project(&self, id: &str) -> ZResult<Project> {
        self.managed_project_if_visible(id)
            .await?
            .ok_or_else(project_not_found)
    }

    /// A project the caller manages; `None` when it does not exist or the caller may
    /// not read it (another org's id looks like a random one), denied when it reads
    /// it only through a grant.
    pub(crate) async fn managed_project_if_visible(&self, id: &str) -> ZResult<Option<Project>> {
        let Some(project) = self.find_project(required(id, "projectId")?).await? else {
            return Ok(None);
        };
        if self.caller.can_manage_project(&project) {
            return Ok(Some(project));
        }
        if self.reads_project_through_grant(&project).await? {
            return Err(ZError::denied());
        }
        Ok(None)
    }

    /// Whether the caller sees the project as a granted project.
    pub(crate) async fn reads_project_through_grant(&self, project: &Project) -> ZResult<bool> {
        let grants =
            self.state
                .store
                .projects
                .list_grants(Some(&project.id), None, Default::default());
        let grants = grants.await.map_err(ZError::from_storage)?;
        Ok(grants.items.iter().any(|g| {
            self.caller
                .can_manage_grant(project, &g.id, &g.granted_org_id)
        }))
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CreateReq {
    #[serde(default)]
    organization_id: String,
    #[serde(default)]
    project_id: Option<String>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    project_role_assertion: bool,
    #[serde(default)]
    authorization_required: bool,
    #[serde(default)]
    project_access_required: bool,
}

async fn create(ctx: &Ctx<'_>, req: CreateReq) -> ZResult<Value> {
    let org = ctx
        .org(required(&req.organization_id, "organizationId")?)
        .await?;
    if !ctx.caller.can_read_org(&org.id) {
        return Err(crate::management::ctx::org_not_found());
    }
    ctx.caller.require(ctx.caller.can_create_project(&org.id))?;
    let project = Project {
        id: req
            .project_id
            .filter(|s| !s.is_empty())
            .unwrap_or_else(new_id),
        org_id: org.id,
        name: required(&req.name, "name")?.trim().to_owned(),
        state: State::Active,
        project_role_assertion: req.project_role_assertion,
        project_role_check: req.authorization_required,
        has_project_check: req.project_access_required,
        created_at: ctx.now,
        changed_at: ctx.now,
    };
    ctx.state
        .store
        .projects
        .create_project(&project)
        .await
        .map_err(ZError::on_conflict(
            "PROJECT-3M0fs",
            "Project already exists (name or id taken)",
            "organization",
        ))?;
    Ok(Msg::new()
        .str("projectId", &project.id)
        .ts("creationDate", ctx.now)
        .into())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProjectIdReq {
    /// ZITADEL's ActivateProjectRequest names this field `id`.
    #[serde(default, alias = "id")]
    project_id: String,
    name: Option<String>,
    project_role_assertion: Option<bool>,
    authorization_required: Option<bool>,
    project_access_required: Option<bool>,
}

async fn get(ctx: &Ctx<'_>, req: ProjectIdReq) -> ZResult<Value> {
    let project = ctx
        .find_project(required(&req.project_id, "projectId")?)
        .await?
        .ok_or_else(project_not_found)?;
    if !ctx.caller.can_manage_project(&project)
        && !ctx.reads_project_through_grant(&project).await?
    {
        return Err(project_not_found());
    }
    Ok(Msg::new().msg("project", project_json(&project)).into())
}

async fn update(ctx: &Ctx<'_>, req: ProjectIdReq) -> ZResult<Value> {
    let mut p = ctx.managed_project(&req.project_id).await?;
    if let Some(name) = req.name {
        p.name = required(&name, "name")?.trim().to_owned();
    }
    p.project_role_assertion = req
        .project_role_assertion
        .unwrap_or(p.project_role_assertion);
    p.project_role_check = req.authorization_required.unwrap_or(p.project_role_check);
    p.has_project_check = req.project_access_required.unwrap_or(p.has_project_check);
    p.changed_at = ctx.now;
    ctx.state
        .store
        .projects
        .update_project(&p)
        .await
        .map_err(ZError::on_conflict(
            "PROJECT-3M0fs",
            "Project name already exists",
            "project",
        ))?;
    Ok(Msg::new().ts("changeDate", ctx.now).into())
}

async fn set_state(ctx: &Ctx<'_>, req: ProjectIdReq, target: State) -> ZResult<Value> {
    let mut p = ctx.managed_project(&req.project_id).await?;
    if p.state != target {
        p.state = target;
        p.changed_at = ctx.now;
        ctx.state
            .store
            .projects
            .update_project(&p)
            .await
            .map_err(|e| ZError::storage(e, "project"))?;
    }
    Ok(Msg::new().ts("changeDate", p.changed_at).into())
}

async fn delete(ctx: &Ctx<'_>, req: ProjectIdReq) -> ZResult<Value> {
    // Deleting a missing project succeeds without a deletionDate (README §3.8); one
    // the caller cannot read is missing as far as it may know.
    let Some(p) = ctx.managed_project_if_visible(&req.project_id).await? else {
        return Ok(Msg::new().into());
    };
    ctx.state
        .store
        .projects
        .delete_project(&p.id)
        .await
        .map_err(|e| ZError::storage(e, "project"))?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RoleReq {
    #[serde(default)]
    project_id: String,
    #[serde(default)]
    role_key: String,
    display_name: Option<String>,
    group: Option<String>,
}

async fn add_role(ctx: &Ctx<'_>, req: RoleReq) -> ZResult<Value> {
    let p = ctx.managed_project(&req.project_id).await?;
    let role = ProjectRole {
        project_id: p.id,
        key: required(&req.role_key, "roleKey")?.to_owned(),
        display_name: required(req.display_name.as_deref().unwrap_or(""), "displayName")?
            .to_owned(),
        group: req.group.filter(|g| !g.is_empty()),
    };
    ctx.state
        .store
        .projects
        .add_role(&role)
        .await
        .map_err(ZError::on_conflict(
            "PROJECT-Bfg2a",
            format!("Role '{}' already exists", role.key),
            "project",
        ))?;
    Ok(Msg::new().ts("creationDate", ctx.now).into())
}

async fn find_role(ctx: &Ctx<'_>, project_id: &str, key: &str) -> ZResult<Option<ProjectRole>> {
    let roles = ctx
        .state
        .store
        .projects
        .list_roles(project_id)
        .await
        .map_err(ZError::from_storage)?;
    Ok(roles.into_iter().find(|r| r.key == key))
}

async fn update_role(ctx: &Ctx<'_>, req: RoleReq) -> ZResult<Value> {
    let p = ctx.managed_project(&req.project_id).await?;
    let key = required(&req.role_key, "roleKey")?;
    let mut role = find_role(ctx, &p.id, key)
        .await?
        .ok_or_else(|| ZError::not_found("PROJECT-ho2bm", format!("Role '{key}' not found")))?;
    if let Some(d) = req.display_name {
        role.display_name = required(&d, "displayName")?.to_owned();
    }
    if let Some(g) = req.group {
        role.group = Some(g).filter(|g| !g.is_empty());
    }
    ctx.state
        .store
        .projects
        .update_role(&role)
        .await
        .map_err(|e| ZError::storage(e, "role"))?;
    Ok(Msg::new().ts("changeDate", ctx.now).into())
}

async fn remove_role(ctx: &Ctx<'_>, req: RoleReq) -> ZResult<Value> {
    let p = ctx.managed_project(&req.project_id).await?;
    let key = required(&req.role_key, "roleKey")?;
    if find_role(ctx, &p.id, key).await?.is_none() {
        return Ok(Msg::new().into());
    }
    ctx.state
        .store
        .projects
        .delete_role(&p.id, key)
        .await
        .map_err(|e| ZError::storage(e, "role"))?;
    Ok(Msg::new().ts("removalDate", ctx.now).into())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListRolesReq {
    #[serde(default)]
    project_id: String,
    #[serde(default)]
    pagination: Option<PageIn>,
    #[serde(default)]
    sorting_column: Option<Value>,
    #[serde(default)]
    filters: Vec<Value>,
}

fn role_filter(f: &Value) -> ZResult<(bool, TextMethod, String)> {
    let (is_key, body, field) = match (f.get("roleKeyFilter"), f.get("displayNameFilter")) {
        (Some(b), _) => (true, b, "key"),
        (_, Some(b)) => (false, b, "displayName"),
        _ => {
            return Err(ZError::invalid(
                "MGMT-RF001",
                "invalid field filters: unknown filter",
            ));
        }
    };
    let text = body
        .get(field)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    Ok((
        is_key,
        TextMethod::parse(&body.get("method").cloned())?,
        text,
    ))
}

async fn list_roles(ctx: &Ctx<'_>, req: ListRolesReq) -> ZResult<Value> {
    let project = ctx
        .find_project(required(&req.project_id, "projectId")?)
        .await?
        .ok_or_else(project_not_found)?;
    if !ctx.caller.can_manage_project(&project)
        && !ctx.reads_project_through_grant(&project).await?
    {
        return Err(project_not_found());
    }
    let paging = Paging::from_request(req.pagination.as_ref())?;
    let sort = [
        "PROJECT_ROLE_FIELD_NAME_UNSPECIFIED",
        "PROJECT_ROLE_FIELD_NAME_KEY",
        "PROJECT_ROLE_FIELD_NAME_CREATION_DATE",
        "PROJECT_ROLE_FIELD_NAME_CHANGE_DATE",
    ];
    enum_in(&req.sorting_column, &sort, "sortingColumn")?;
    let filters = req
        .filters
        .iter()
        .map(role_filter)
        .collect::<ZResult<Vec<_>>>()?;
    let roles = ctx
        .state
        .store
        .projects
        .list_roles(&project.id)
        .await
        .map_err(ZError::from_storage)?;
    let kept: Vec<ProjectRole> = roles
        .into_iter()
        .filter(|r| {
            filters
                .iter()
                .all(|(is_key, m, t)| m.matches(if *is_key { &r.key } else { &r.display_name }, t))
        })
        .collect();
    // Roles carry no timestamps here; every sort column orders by key.
    let (page, total) = paging.apply(kept, |r| r.key.clone());
    let items = page
        .iter()
        .map(|r| {
            Msg::new()
                .str("projectId", &r.project_id)
                .str("key", &r.key)
                .str("displayName", &r.display_name)
                .opt_str("group", r.group.as_deref())
                .into()
        })
        .collect();
    Ok(Msg::new()
        .list("projectRoles", items)
        .into_value_with("pagination", pagination_out(total, &paging)))
}
