//! ListProjects: owned projects (for those who manage them) and granted projects
//! (one entry per grant, for the granted side), filtered, sorted and paged.

use std::collections::HashMap;

use serde_json::Value;
use ws_storage::{Org, Project, ProjectGrant, State};

use super::project_json;
use crate::management::Ctx;
use crate::management::ctx::collect_all;
use crate::management::paging::{ListIn, TextMethod, filter_parts, paged, text_field};
use crate::management::protojson::enum_in;
use crate::management::zerr::{ZError, ZResult};

const SORT: [&str; 5] = [
    "PROJECT_FIELD_NAME_UNSPECIFIED",
    "PROJECT_FIELD_NAME_ID",
    "PROJECT_FIELD_NAME_CREATION_DATE",
    "PROJECT_FIELD_NAME_CHANGE_DATE",
    "PROJECT_FIELD_NAME_NAME",
];

/// One entry: a project, and the grant when it is the granted view.
struct Entry<'a> {
    project: &'a Project,
    grant: Option<&'a ProjectGrant>,
}

enum Filter {
    Name(TextMethod, String),
    Ids(Vec<String>),
    /// Organization id, and whether owned / granted entries count.
    Org(String, bool, bool),
}

fn parse(f: &Value) -> ZResult<Filter> {
    let Some((kind, body)) = filter_parts(f) else {
        return Err(ZError::invalid(
            "MGMT-PF001",
            "invalid field filters: empty filter",
        ));
    };
    let text = |k: &str| text_field(body, k);
    Ok(match kind {
        "projectNameFilter" => Filter::Name(
            TextMethod::parse(&body.get("method").cloned())?,
            text("projectName"),
        ),
        "inProjectIdsFilter" => {
            let ids = body.get("projectIds").or_else(|| body.get("ids"));
            let ids = ids.and_then(Value::as_array).map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            });
            Filter::Ids(ids.unwrap_or_default())
        }
        "organizationIdFilter" => {
            let t = body.get("type").and_then(Value::as_str).unwrap_or("");
            let owned = !t.ends_with("_GRANTED") || t.ends_with("OWNED_OR_GRANTED");
            let granted = !t.ends_with("_OWNED");
            Filter::Org(text("organizationId"), owned, granted)
        }
        other => {
            return Err(ZError::invalid(
                "MGMT-PF002",
                format!("invalid field filters: unknown filter {other}"),
            ));
        }
    })
}

fn keeps(f: &Filter, e: &Entry<'_>) -> bool {
    match f {
        Filter::Name(m, n) => m.matches(&e.project.name, n),
        Filter::Ids(ids) => ids.contains(&e.project.id),
        Filter::Org(org, owned, granted) => match e.grant {
            None => *owned && &e.project.org_id == org,
            Some(g) => *granted && &g.granted_org_id == org,
        },
    }
}

fn entry_json(e: &Entry<'_>, orgs: &HashMap<String, Org>) -> Value {
    let msg = project_json(e.project);
    match e.grant {
        None => msg.into(),
        Some(g) => {
            let name = orgs
                .get(&g.granted_org_id)
                .map(|o| o.name.as_str())
                .unwrap_or_default();
            let state = match g.state {
                State::Active => "GRANTED_PROJECT_STATE_ACTIVE",
                State::Inactive => "GRANTED_PROJECT_STATE_INACTIVE",
            };
            msg.str("grantedOrganizationId", &g.granted_org_id)
                .str("grantedOrganizationName", name)
                .str("grantedState", state)
                .into()
        }
    }
}

/// `ListProjects` → `{pagination, projects[]}`.
pub(crate) async fn list_projects(ctx: &Ctx<'_>, req: ListIn) -> ZResult<Value> {
    let paging = req.paging()?;
    let column = enum_in(&req.sorting_column, &SORT, "sortingColumn")?;
    let filters = req.filters.iter().map(parse).collect::<ZResult<Vec<_>>>()?;
    let store = &ctx.state.store;
    let projects = collect_all(|q| store.projects.list_projects(None, q)).await?;
    let grants = collect_all(|q| store.projects.list_grants(None, None, q)).await?;
    let by_id: HashMap<&str, &Project> = projects.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut entries: Vec<Entry<'_>> = projects
        .iter()
        .filter(|p| ctx.caller.can_manage_project(p))
        .map(|p| Entry {
            project: p,
            grant: None,
        })
        .collect();
    for g in &grants {
        let Some(p) = by_id.get(g.project_id.as_str()) else {
            continue;
        };
        if ctx
            .caller
            .can_manage_granted_side(&p.id, &g.id, &g.granted_org_id)
        {
            entries.push(Entry {
                project: p,
                grant: Some(g),
            });
        }
    }
    entries.retain(|e| filters.iter().all(|f| keeps(f, e)));
    let (page, total) = paging.apply(entries, |e| match column {
        Some("PROJECT_FIELD_NAME_ID") => (format!("{:0>20}", e.project.id), 0),
        Some("PROJECT_FIELD_NAME_NAME") => (e.project.name.to_lowercase(), 0),
        Some("PROJECT_FIELD_NAME_CHANGE_DATE") => (String::new(), e.project.changed_at),
        _ => (String::new(), e.project.created_at),
    });
    let orgs = ctx.orgs_by_id().await?;
    let items = page.iter().map(|e| entry_json(e, &orgs)).collect();
    Ok(paged("projects", items, total, &paging))
}
