//! ListOrganizations: name/domain/state/id/default queries, sorting, paging, only
//! the organizations the caller may read.

use serde::Deserialize;
use serde_json::Value;
use ws_storage::Org;

use super::org_json;
use crate::bootstrap::DEFAULT_ORG_NAME;
use crate::management::Ctx;
use crate::management::paging::{PageIn, Paging, TextMethod, list_details};
use crate::management::protojson::{Msg, enum_in};
use crate::management::zerr::{ZError, ZResult};

/// ListOrganizations' request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ListOrgsReq {
    #[serde(default)]
    query: Option<PageIn>,
    #[serde(default)]
    sorting_column: Option<Value>,
    #[serde(default)]
    queries: Vec<Value>,
}

const SORT: [&str; 3] = [
    "ORGANIZATION_FIELD_NAME_UNSPECIFIED",
    "ORGANIZATION_FIELD_NAME_NAME",
    "ORGANIZATION_FIELD_NAME_CREATION_DATE",
];

const STATES: [&str; 4] = [
    "ORGANIZATION_STATE_UNSPECIFIED",
    "ORGANIZATION_STATE_ACTIVE",
    "ORGANIZATION_STATE_INACTIVE",
    "ORGANIZATION_STATE_REMOVED",
];

enum OrgQuery {
    Name(TextMethod, String),
    Domain(TextMethod, String),
    State(Option<&'static str>),
    Id(String),
    Default,
}

fn text(body: &Value, key: &str) -> String {
    body.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn parse(q: &Value) -> ZResult<OrgQuery> {
    let Some((kind, body)) = q.as_object().and_then(|m| m.iter().next()) else {
        return Err(ZError::invalid(
            "MGMT-OQ001",
            "invalid field queries: empty query",
        ));
    };
    let method = || TextMethod::parse(&body.get("method").cloned());
    Ok(match kind.as_str() {
        "nameQuery" => OrgQuery::Name(method()?, text(body, "name")),
        "domainQuery" => OrgQuery::Domain(method()?, text(body, "domain")),
        "stateQuery" => OrgQuery::State(enum_in(
            &body.get("state").cloned(),
            &STATES,
            "stateQuery.state",
        )?),
        "idQuery" => OrgQuery::Id(text(body, "id")),
        "defaultQuery" => OrgQuery::Default,
        other => {
            return Err(ZError::invalid(
                "MGMT-OQ002",
                format!("invalid field queries: unknown query {other}"),
            ));
        }
    })
}

fn keeps(q: &OrgQuery, org: &Org) -> bool {
    match q {
        OrgQuery::Name(m, n) => m.matches(&org.name, n),
        OrgQuery::Domain(m, d) => m.matches(&org.primary_domain, d),
        OrgQuery::State(s) => s.is_none_or(|s| s == super::state_name(org.state)),
        OrgQuery::Id(id) => &org.id == id,
        OrgQuery::Default => org.name == DEFAULT_ORG_NAME,
    }
}

/// `ListOrganizations` → `{details, sortingColumn, result[Organization]}`.
pub(crate) async fn list_orgs(ctx: &Ctx<'_>, req: ListOrgsReq) -> ZResult<Value> {
    let paging = Paging::from_request(req.query.as_ref())?;
    let column = enum_in(&req.sorting_column, &SORT, "sortingColumn")?;
    let queries = req.queries.iter().map(parse).collect::<ZResult<Vec<_>>>()?;
    let orgs: Vec<Org> = ctx
        .all_orgs()
        .await?
        .into_iter()
        .filter(|o| ctx.caller.can_read_org(&o.id))
        .filter(|o| queries.iter().all(|q| keeps(q, o)))
        .collect();
    let (page, total) = paging.apply(orgs, |o| match column {
        Some("ORGANIZATION_FIELD_NAME_NAME") => (o.name.to_lowercase(), 0),
        _ => (String::new(), o.created_at),
    });
    Ok(Msg::new()
        .opt_str("sortingColumn", column)
        .list("result", page.iter().map(org_json).collect())
        .into_value_with("details", list_details(total, ctx.now)))
}
