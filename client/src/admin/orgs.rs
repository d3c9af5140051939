//! `zitadel.org.v2.OrganizationService`: list (all pages), get, resolve a name or
//! primary domain, add, rename, deactivate, activate, delete.

use serde_json::{Value, json};

use super::paging::{self, ListCall, Style};
use super::resolve::exactly_one;
use super::{AdminError, CONTAINS, EQUALS, str_field};
use crate::error::Error;
use crate::zitadel::ZitadelApi;

const SERVICE: &str = "zitadel.org.v2.OrganizationService";

/// Filters of `ListOrganizations`.
#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    /// Name contains (any case).
    pub search: Option<String>,
    /// `ORGANIZATION_STATE_ACTIVE` / `…_INACTIVE`.
    pub state: Option<String>,
}

/// The organization state enum name for a short word ("active" → `ORGANIZATION_STATE_ACTIVE`).
pub fn state_name(word: &str) -> String {
    format!("ORGANIZATION_STATE_{}", word.to_ascii_uppercase())
}

/// The list call for a filter, sorted by name.
pub fn list_call(filter: &OrgFilter) -> ListCall<'static> {
    let mut queries = Vec::new();
    if let Some(s) = &filter.search {
        queries.push(json!({"nameQuery": {"name": s, "method": CONTAINS}}));
    }
    if let Some(st) = &filter.state {
        queries.push(json!({"stateQuery": {"state": st}}));
    }
    ListCall {
        service: SERVICE,
        method: "ListOrganizations",
        body: json!({"sortingColumn": "ORGANIZATION_FIELD_NAME_NAME", "queries": queries}),
        style: Style::Query,
        list_key: "result",
    }
}

async fn query(api: &ZitadelApi<'_>, q: Value) -> Result<Vec<Value>, Error> {
    let call = ListCall {
        body: json!({"sortingColumn": "ORGANIZATION_FIELD_NAME_NAME", "queries": [q]}),
        ..list_call(&OrgFilter::default())
    };
    paging::all(api, &call, Some(20)).await
}

/// The organization with this id, or not found.
pub async fn get(api: &ZitadelApi<'_>, id: &str) -> Result<Value, AdminError> {
    let found = query(api, json!({"idQuery": {"id": id}})).await?;
    Ok(exactly_one("organization", id, found, id_of, label_of)?)
}

/// The organization an id, a name or a domain names (any case).
pub async fn resolve(api: &ZitadelApi<'_>, name: &str) -> Result<Value, AdminError> {
    let mut found = query(api, json!({"idQuery": {"id": name}})).await?;
    if found.is_empty() {
        found = query(api, json!({"nameQuery": {"name": name, "method": EQUALS}})).await?;
        found.extend(
            query(
                api,
                json!({"domainQuery": {"domain": name, "method": EQUALS}}),
            )
            .await?,
        );
    }
    Ok(exactly_one("organization", name, found, id_of, label_of)?)
}

/// The id of a listed organization.
pub fn id_of(v: &Value) -> String {
    str_field(v, "id").to_owned()
}

fn label_of(v: &Value) -> String {
    format!(
        "{}, {}",
        str_field(v, "name"),
        str_field(v, "primaryDomain")
    )
}

/// Adds an organization (admins: user ids made ORG_OWNER); returns its id.
pub async fn create(api: &ZitadelApi<'_>, name: &str, admins: &[String]) -> Result<String, Error> {
    let admins: Vec<Value> = admins.iter().map(|u| json!({"userId": u})).collect();
    let resp = api
        .connect(
            SERVICE,
            "AddOrganization",
            &json!({"name": name, "admins": admins}),
        )
        .await?;
    Ok(str_field(&resp, "organizationId").to_owned())
}

/// Renames an organization.
pub async fn rename(api: &ZitadelApi<'_>, id: &str, name: &str) -> Result<Value, Error> {
    api.connect(
        SERVICE,
        "UpdateOrganization",
        &json!({"organizationId": id, "name": name}),
    )
    .await
}

/// `DeactivateOrganization`, `ActivateOrganization` or `DeleteOrganization` by id.
pub async fn call(api: &ZitadelApi<'_>, method: &str, id: &str) -> Result<Value, Error> {
    api.connect(SERVICE, method, &json!({"organizationId": id}))
        .await
}
