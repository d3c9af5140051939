//! Authorizations and administrators read back from a row of either backend, how an
//! administrator's resource is stored, and the messages both backends give when a
//! write clashes.

use super::columns::Columns;
use super::{from_json, parse_enum};
use crate::StorageError;
use crate::model::{AdminResource, Administrator, Authorization, State};
use crate::repo::StoreResult;

pub(crate) fn authz_from_row(row: &impl Columns) -> StoreResult<Authorization> {
    Ok(Authorization {
        id: row.text("id")?,
        user_id: row.text("user_id")?,
        project_id: row.text("project_id")?,
        org_id: row.text("org_id")?,
        project_grant_id: row.opt_text("project_grant_id")?,
        role_keys: from_json(&row.text("role_keys")?)?,
        state: parse_enum(&row.text("state")?, "authorization state", State::parse)?,
        created_at: row.int("created_at")?,
        changed_at: row.int("changed_at")?,
    })
}

/// The `Conflict` message of an authorization the user has already.
pub(crate) fn authz_conflict(a: &Authorization) -> impl FnOnce() -> String + '_ {
    move || {
        format!(
            "user '{}' already has an authorization on project '{}' in organization '{}'",
            a.user_id, a.project_id, a.org_id
        )
    }
}

/// The `MissingReference` message of an authorization whose references are gone.
pub(crate) fn authz_missing() -> String {
    "the user, project, organization or project grant does not exist".to_owned()
}

/// `(resource_type, resource_id, project_id)` of a resource: a type name, an id (''
/// for the instance) and, for project grants, the project id.
pub(crate) fn admin_columns(resource: &AdminResource) -> (&'static str, &str, Option<&str>) {
    match resource {
        AdminResource::Instance => ("instance", "", None),
        AdminResource::Org(id) => ("org", id, None),
        AdminResource::Project(id) => ("project", id, None),
        AdminResource::ProjectGrant(project, grant) => ("project_grant", grant, Some(project)),
    }
}

fn resource_from_row(row: &impl Columns) -> StoreResult<AdminResource> {
    let id = row.text("resource_id")?;
    Ok(match row.text("resource_type")?.as_str() {
        "instance" => AdminResource::Instance,
        "org" => AdminResource::Org(id),
        "project" => AdminResource::Project(id),
        "project_grant" => {
            let project = row.opt_text("project_id")?;
            AdminResource::ProjectGrant(project.unwrap_or_default(), id)
        }
        other => return Err(StorageError::Corrupt(format!("admin resource '{other}'"))),
    })
}

pub(crate) fn admin_from_row(row: &impl Columns) -> StoreResult<Administrator> {
    Ok(Administrator {
        user_id: row.text("user_id")?,
        resource: resource_from_row(row)?,
        roles: from_json(&row.text("roles")?)?,
    })
}

/// The `Conflict` message of a user who administers the resource already.
pub(crate) fn admin_conflict(admin: &Administrator) -> impl FnOnce() -> String + '_ {
    move || {
        let (kind, _, _) = admin_columns(&admin.resource);
        format!(
            "user '{}' is already an administrator of this {kind}",
            admin.user_id
        )
    }
}
