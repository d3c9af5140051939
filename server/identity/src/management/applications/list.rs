//! ListApplications: the apps of every project the caller manages, filtered by
//! project, name, state and type, sorted and paged.

use serde_json::Value;
use ws_storage::{App, AppType, State};

use super::app_json;
use super::wire::APPLICATION_TYPES;
use crate::management::Ctx;
use crate::management::ctx::collect_all;
use crate::management::paging::{ListIn, TextMethod, filter_parts, paged, text_field};
use crate::management::protojson::enum_in;
use crate::management::zerr::{ZError, ZResult};

/// `ApplicationSorting`: here the zero value (by id) is a real column.
const SORT: [&str; 5] = [
    "APPLICATION_SORT_BY_ID",
    "APPLICATION_SORT_BY_NAME",
    "APPLICATION_SORT_BY_STATE",
    "APPLICATION_SORT_BY_CREATION_DATE",
    "APPLICATION_SORT_BY_CHANGE_DATE",
];

const STATES: [&str; 4] = [
    "APPLICATION_STATE_UNSPECIFIED",
    "APPLICATION_STATE_ACTIVE",
    "APPLICATION_STATE_INACTIVE",
    "APPLICATION_STATE_REMOVED",
];

enum Filter {
    Project(String),
    Name(TextMethod, String),
    /// `None` matches nothing (REMOVED: deleted apps are gone).
    State(Option<State>),
    Api(bool),
}

fn parse(f: &Value) -> ZResult<Filter> {
    let Some((kind, body)) = filter_parts(f) else {
        return Err(ZError::invalid(
            "APP-LF001",
            "invalid field filters: empty filter",
        ));
    };
    let value = Some(body.clone());
    Ok(match kind {
        "projectIdFilter" => Filter::Project(text_field(body, "projectId")),
        "nameFilter" => Filter::Name(
            TextMethod::parse(&body.get("method").cloned())?,
            text_field(body, "name"),
        ),
        "stateFilter" => Filter::State(match enum_in(&value, &STATES, "stateFilter")? {
            Some("APPLICATION_STATE_ACTIVE") => Some(State::Active),
            Some("APPLICATION_STATE_INACTIVE") => Some(State::Inactive),
            _ => None,
        }),
        "typeFilter" => match enum_in(&value, &APPLICATION_TYPES, "typeFilter")? {
            Some("APPLICATION_TYPE_OIDC") => Filter::Api(false),
            Some("APPLICATION_TYPE_API") => Filter::Api(true),
            // SAML apps cannot exist here; unspecified is refused as ZITADEL does.
            Some(_) => Filter::State(None),
            None => {
                return Err(ZError::invalid(
                    "APP-LF003",
                    "invalid field filters.typeFilter: a type is required",
                ));
            }
        },
        other => {
            return Err(ZError::invalid(
                "APP-LF002",
                format!("invalid field filters: unknown filter {other}"),
            ));
        }
    })
}

fn keeps(f: &Filter, app: &App) -> bool {
    match f {
        Filter::Project(id) => &app.project_id == id,
        Filter::Name(m, n) => m.matches(&app.name, n),
        Filter::State(s) => s.is_some_and(|s| s == app.state),
        Filter::Api(api) => (app.app_type == AppType::Api) == *api,
    }
}

fn sort_index(value: &Option<Value>) -> ZResult<usize> {
    let index = match value {
        None | Some(Value::Null) => Some(0),
        Some(Value::String(s)) => SORT.iter().position(|n| n == s),
        Some(Value::Number(n)) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
        Some(_) => None,
    };
    index.filter(|i| *i < SORT.len()).ok_or_else(|| {
        ZError::invalid(
            "APP-LF004",
            format!(
                "invalid field sortingColumn: unknown value (one of {})",
                SORT.join(", ")
            ),
        )
    })
}

/// `ListApplications` → `{applications[], pagination}`.
pub(crate) async fn list(ctx: &Ctx<'_>, req: ListIn) -> ZResult<Value> {
    let paging = req.paging()?;
    let column = sort_index(&req.sorting_column)?;
    let filters = req.filters.iter().map(parse).collect::<ZResult<Vec<_>>>()?;
    let store = &ctx.state.store;
    let projects = collect_all(|q| store.projects.list_projects(None, q)).await?;
    let mut apps = Vec::new();
    for project in projects.iter().filter(|p| ctx.caller.can_manage_project(p)) {
        let wanted = filters.iter().all(|f| match f {
            Filter::Project(id) => id == &project.id,
            _ => true,
        });
        if wanted {
            apps.extend(collect_all(|q| store.apps.list_apps(&project.id, q)).await?);
        }
    }
    apps.retain(|a| filters.iter().all(|f| keeps(f, a)));
    let (page, total) = paging.apply(apps, |a| match column {
        1 => (a.name.to_lowercase(), 0, a.id.clone()),
        2 => (a.state.as_str().to_owned(), 0, a.id.clone()),
        3 => (String::new(), a.created_at, a.id.clone()),
        4 => (String::new(), a.changed_at, a.id.clone()),
        _ => (format!("{:0>20}", a.id), 0, String::new()),
    });
    let items = page.iter().map(app_json).collect();
    Ok(paged("applications", items, total, &paging))
}
