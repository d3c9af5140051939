//! Organization metadata and domains (org v2, ZITADEL 4.7+): Set/List/Delete
//! OrganizationMetadata and Add/List/DeleteOrganizationDomain, plus the domain
//! validation calls. Writing needs the org's management (ORG_OWNER, IAM_OWNER,
//! IAM_ORG_MANAGER); reading needs read access to the org.
//!
//! Domain validation: the embedded instance's domain policy does not require
//! organization domains to be validated (ZITADEL's `validateOrgDomains` off), so an
//! added domain is verified at once, and Generate/VerifyOrganizationDomain answer
//! as ZITADEL does for a verified domain (`failed_precondition`). Proving a domain
//! by DNS or HTTP would need the server to reach that domain, which a dev backend
//! cannot promise.

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{DomainValidation, Org, OrgDomain, StorageError};

use super::managed_org;
use crate::management::Ctx;
use crate::management::paging::{ListIn, Paging, TextMethod, filter_parts, paged, text_field};
use crate::management::protojson::{Msg, bytes, enum_in, parse_bytes, required};
use crate::management::users::create::MetadataIn;
use crate::management::users::meta::key_filters;
use crate::management::zerr::{ZError, ZResult};

/// Longest metadata key ZITADEL accepts.
const MAX_KEY_LEN: usize = 200;

/// Requests of the metadata and domain calls.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct OrgExtrasReq {
    #[serde(default)]
    organization_id: String,
    #[serde(default)]
    metadata: Vec<MetadataIn>,
    #[serde(default)]
    keys: Vec<String>,
    #[serde(default)]
    domain: String,
    #[serde(flatten)]
    list: ListIn,
}

/// An org the caller may read: not found otherwise.
async fn readable_org(ctx: &Ctx<'_>, id: &str) -> ZResult<Org> {
    let org = ctx.org(required(id, "organizationId")?).await?;
    if !ctx.caller.can_read_org(&org.id) {
        return Err(crate::management::ctx::org_not_found());
    }
    Ok(org)
}

/// `SetOrganizationMetadata` → `{setDate}`; every entry is checked before any is
/// stored, and all are stored in one transaction (an empty value removes the key).
pub(crate) async fn set_metadata(ctx: &Ctx<'_>, req: OrgExtrasReq) -> ZResult<Value> {
    let org = managed_org(ctx, &req.organization_id).await?;
    if req.metadata.is_empty() {
        return Err(ZError::invalid(
            "MGMT-OMD01",
            "invalid field metadata: at least one entry is required",
        ));
    }
    let mut entries = Vec::new();
    for (i, m) in req.metadata.iter().enumerate() {
        let key = required(&m.key, &format!("metadata[{i}].key"))?;
        if key.chars().count() > MAX_KEY_LEN {
            return Err(ZError::invalid(
                "MGMT-OMD02",
                format!("invalid field metadata[{i}].key: longer than {MAX_KEY_LEN} characters"),
            ));
        }
        let value = parse_bytes(&m.value, &format!("metadata[{i}].value"))?;
        entries.push((key.to_owned(), value));
    }
    ctx.state
        .store
        .org_extras
        .set_org_metadata(&org.id, &entries, ctx.now)
        .await
        .map_err(|e| ZError::storage(e, "organization"))?;
    Ok(Msg::new().ts("setDate", ctx.now).into())
}

/// `ListOrganizationMetadata` → `{pagination, metadata[{key, value}]}`, by key,
/// filtered and paged in the database.
pub(crate) async fn list_metadata(ctx: &Ctx<'_>, req: OrgExtrasReq) -> ZResult<Value> {
    let org = readable_org(ctx, &req.organization_id).await?;
    // Metadata has no sort column: always by key, ascending (as user metadata).
    let paging = Paging {
        asc: true,
        ..req.list.paging()?
    };
    let filters: Vec<_> = key_filters(&req.list.filters)?
        .into_iter()
        .map(|(method, key)| method.to_match(&key))
        .collect();
    let page = ctx
        .state
        .store
        .org_extras
        .list_org_metadata(&org.id, &filters, paging.query())
        .await
        .map_err(ZError::from_storage)?;
    let items = page
        .items
        .iter()
        .map(|m| {
            Msg::new()
                .str("key", &m.key)
                .str("value", &bytes(&m.value))
                .into()
        })
        .collect();
    Ok(paged("metadata", items, page.total, &paging))
}

/// `DeleteOrganizationMetadata` → `{deletionDate}`; every key must be set, and
/// nothing is removed when one is not.
pub(crate) async fn delete_metadata(ctx: &Ctx<'_>, req: OrgExtrasReq) -> ZResult<Value> {
    let org = managed_org(ctx, &req.organization_id).await?;
    if req.keys.is_empty() || req.keys.iter().any(String::is_empty) {
        return Err(ZError::invalid(
            "MGMT-OMD03",
            "invalid field keys: at least one non-empty key is required",
        ));
    }
    let store = &ctx.state.store.org_extras;
    match store.delete_org_metadata(&org.id, &req.keys).await {
        Ok(()) => Ok(Msg::new().ts("deletionDate", ctx.now).into()),
        Err(StorageError::NotFound) => Err(ZError::not_found(
            "META-ym3bk",
            "Metadata not found: one of the keys is not set on the organization",
        )),
        Err(e) => Err(ZError::internal(e)),
    }
}

/// A domain name as stored: trimmed, ASCII lower case, checked label by label.
fn domain_name(text: &str) -> ZResult<String> {
    let name = required(text.trim(), "domain")?.to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if name.len() > 253 || !name.split('.').all(label_ok) {
        return Err(ZError::invalid(
            "ORG-Dom01",
            format!(
                "invalid field domain: '{name}' is not a domain name (dot-separated labels of \
                 letters, digits and '-')"
            ),
        ));
    }
    Ok(name)
}

/// `AddOrganizationDomain` → `{creationDate}`; the domain is verified at once (see
/// the module docs) and must not belong to any organization yet.
pub(crate) async fn add_domain(ctx: &Ctx<'_>, req: OrgExtrasReq) -> ZResult<Value> {
    let org = managed_org(ctx, &req.organization_id).await?;
    let domain = OrgDomain {
        org_id: org.id,
        domain: domain_name(&req.domain)?,
        is_primary: false,
        is_verified: true,
        validation: DomainValidation::Unspecified,
        created_at: ctx.now,
    };
    let store = &ctx.state.store.org_extras;
    store
        .add_org_domain(&domain)
        .await
        .map_err(ZError::on_conflict(
            "ORG-i2Dao",
            format!("Domain '{}' already exists", domain.domain),
            "organization",
        ))?;
    Ok(Msg::new().ts("creationDate", ctx.now).into())
}

const DOMAIN_SORT: [&str; 3] = [
    "DOMAIN_FIELD_NAME_UNSPECIFIED",
    "DOMAIN_FIELD_NAME_NAME",
    "DOMAIN_FIELD_NAME_CREATION_DATE",
];

fn validation_name(v: DomainValidation) -> Option<&'static str> {
    match v {
        DomainValidation::Unspecified => None,
        DomainValidation::Http => Some("DOMAIN_VALIDATION_TYPE_HTTP"),
        DomainValidation::Dns => Some("DOMAIN_VALIDATION_TYPE_DNS"),
    }
}

/// `ListOrganizationDomains` → `{pagination, domains[]}`: the primary domain and
/// the added ones, filtered, sorted and paged in the database.
pub(crate) async fn list_domains(ctx: &Ctx<'_>, req: OrgExtrasReq) -> ZResult<Value> {
    let org = readable_org(ctx, &req.organization_id).await?;
    let paging = req.list.paging()?;
    let column = enum_in(&req.list.sorting_column, &DOMAIN_SORT, "sortingColumn")?;
    let mut filters = Vec::new();
    for f in &req.list.filters {
        match filter_parts(f) {
            Some(("domainFilter", body)) => {
                let method = TextMethod::parse(&body.get("method").cloned())?;
                filters.push(method.to_match(&text_field(body, "domain")));
            }
            _ => {
                return Err(ZError::invalid(
                    "MGMT-ODF01",
                    "invalid field filters: only domainFilter is supported",
                ));
            }
        }
    }
    let by_name = column == Some("DOMAIN_FIELD_NAME_NAME");
    let page = ctx
        .state
        .store
        .org_extras
        .list_org_domains(&org.id, &filters, by_name, paging.query())
        .await
        .map_err(ZError::from_storage)?;
    let items = page
        .items
        .iter()
        .map(|d| {
            Msg::new()
                .str("organizationId", &d.org_id)
                .str("domain", &d.domain)
                .bool("isVerified", d.is_verified)
                .bool("isPrimary", d.is_primary)
                .opt_str("validationType", validation_name(d.validation))
                .into()
        })
        .collect();
    Ok(paged("domains", items, page.total, &paging))
}

fn domain_not_found(domain: &str) -> ZError {
    ZError::not_found(
        "ORG-GDfA3",
        format!("Domain '{domain}' not found on the organization"),
    )
}

/// `DeleteOrganizationDomain` → `{deletionDate}`; the primary domain stays.
pub(crate) async fn delete_domain(ctx: &Ctx<'_>, req: OrgExtrasReq) -> ZResult<Value> {
    let org = managed_org(ctx, &req.organization_id).await?;
    let name = required(req.domain.trim(), "domain")?.to_ascii_lowercase();
    let store = &ctx.state.store.org_extras;
    let found = store
        .get_org_domain(&org.id, &name)
        .await
        .map_err(ZError::from_storage)?
        .ok_or_else(|| domain_not_found(&name))?;
    if found.is_primary {
        return Err(ZError::precondition(
            "ORG-Sjdi3",
            "The primary domain cannot be deleted; set another primary domain first",
        ));
    }
    store
        .delete_org_domain(&org.id, &name)
        .await
        .map_err(|e| match e {
            StorageError::NotFound => domain_not_found(&name),
            other => ZError::internal(other),
        })?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}

/// `GenerateOrganizationDomainValidation` / `VerifyOrganizationDomain`: every
/// domain here is verified already (see the module docs), which ZITADEL answers
/// with `failed_precondition`; a domain the org lacks is not found.
pub(crate) async fn validate_domain(ctx: &Ctx<'_>, req: OrgExtrasReq) -> ZResult<Value> {
    let org = managed_org(ctx, &req.organization_id).await?;
    let name = required(req.domain.trim(), "domain")?.to_ascii_lowercase();
    let store = &ctx.state.store.org_extras;
    store
        .get_org_domain(&org.id, &name)
        .await
        .map_err(ZError::from_storage)?
        .ok_or_else(|| domain_not_found(&name))?;
    Err(ZError::precondition(
        "ORG-Gsw31",
        format!(
            "Domain '{name}' is already verified: this server does not require domain \
             validation"
        ),
    ))
}
