//! Organization metadata and domains read back from a row of either backend, and the
//! messages both backends give when a write clashes.

use super::columns::Columns;
use super::parse_enum;
use crate::StorageError;
use crate::model::{DomainValidation, OrgDomain, OrgMetadata, OrgPolicy, PolicyKind};
use crate::repo::StoreResult;

pub(crate) fn org_metadata_from_row(row: &impl Columns) -> StoreResult<OrgMetadata> {
    Ok(OrgMetadata {
        org_id: row.text("org_id")?,
        key: row.text("key")?,
        value: row.bytes("value")?,
        created_at: row.int("created_at")?,
        changed_at: row.int("changed_at")?,
    })
}

pub(crate) fn org_domain_from_row(row: &impl Columns) -> StoreResult<OrgDomain> {
    Ok(OrgDomain {
        org_id: row.text("org_id")?,
        domain: row.text("domain")?,
        is_primary: row.flag("is_primary")?,
        is_verified: row.flag("is_verified")?,
        validation: parse_enum(
            &row.text("validation_type")?,
            "domain validation",
            DomainValidation::parse,
        )?,
        created_at: row.int("created_at")?,
    })
}

/// The `MissingReference` message of a write for an organization that does not exist.
pub(crate) fn org_missing(org_id: &str) -> impl FnOnce() -> String + '_ {
    move || format!("organization '{org_id}' does not exist")
}

/// The `Conflict` message of a domain another organization (or this one) has.
pub(crate) fn domain_taken(d: &OrgDomain) -> impl FnOnce() -> String + '_ {
    move || format!("domain '{}' is taken", d.domain)
}

pub(crate) fn org_policy_from_row(row: &impl Columns) -> StoreResult<OrgPolicy> {
    let kind = row.text("kind")?;
    Ok(OrgPolicy {
        org_id: row.text("org_id")?,
        kind: PolicyKind::parse(&kind)
            .ok_or_else(|| StorageError::Corrupt(format!("org policy kind '{kind}'")))?,
        settings: row.text("settings")?,
        changed_at: row.int("changed_at")?,
    })
}
