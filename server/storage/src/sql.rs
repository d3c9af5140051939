//! Helpers both SQL backends share: sqlx error kinds mapped onto [`StorageError`], list
//! columns as JSON text, stored enum names, and the paging values of a [`ListQuery`].
//! sqlx reports unique and foreign key violations with the same [`ErrorKind`] on SQLite
//! and PostgreSQL, so one mapping gives callers the same errors on both. Records are
//! read back from a row of either backend by one mapper each (`*_from_row`).

mod access_rows;
mod columns;
mod oidc_delegate;
mod oidc_rows;
mod org_extras_rows;
mod project_rows;
mod second_factor_rows;
mod user_rows;
mod user_search;

use sqlx::error::ErrorKind;

use crate::StorageError;
use crate::model::ListQuery;

pub(crate) use access_rows::{
    admin_columns, admin_conflict, admin_from_row, authz_conflict, authz_from_row, authz_missing,
};
pub(crate) use oidc_delegate::oidc_repo_by_flow;
pub(crate) use oidc_rows::{
    code_from_row, device_from_row, device_status_columns, session_from_row, token_conflict,
    token_from_row,
};
pub(crate) use org_extras_rows::{
    domain_taken, org_domain_from_row, org_metadata_from_row, org_missing, org_policy_from_row,
};
pub(crate) use project_rows::{
    app_conflict, app_from_row, bind_app_fields, grant_from_row, project_conflict,
    project_from_row, role_from_row,
};
pub(crate) use second_factor_rows::{challenge_from_row, recovery_code_from_row, totp_from_row};
pub(crate) use user_rows::{
    bind_user_fields, machine_key_from_row, machine_key_taken, pat_from_row, pat_taken,
    user_from_row, user_metadata_from_row, user_missing, username_taken,
};
pub(crate) use user_search::{SearchSql, search_order, search_query};

/// Turns a write error into `Conflict` (unique violation) or `MissingReference`
/// (foreign key violation) with the caller's message; other errors pass through.
pub(crate) fn write_err(
    e: sqlx::Error,
    conflict: impl FnOnce() -> String,
    missing: impl FnOnce() -> String,
) -> StorageError {
    if let sqlx::Error::Database(db) = &e {
        match db.kind() {
            ErrorKind::UniqueViolation => return StorageError::Conflict(conflict()),
            ErrorKind::ForeignKeyViolation => return StorageError::MissingReference(missing()),
            _ => {}
        }
    }
    e.into()
}

/// The message for a foreign key violation no caller foresaw (a write whose
/// references cannot normally dangle).
pub(crate) fn missing_reference() -> String {
    "a record this one refers to does not exist".to_owned()
}

/// The message for a uniqueness violation no caller foresaw.
pub(crate) fn duplicate() -> String {
    "a record with the same key already exists".to_owned()
}

/// A list of strings as the JSON text stored in list columns.
pub(crate) fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".to_owned())
}

/// A list column read back.
pub(crate) fn from_json(text: &str) -> Result<Vec<String>, StorageError> {
    serde_json::from_str(text).map_err(|e| StorageError::Corrupt(format!("string list: {e}")))
}

/// A stored enum name read back.
pub(crate) fn parse_enum<T>(
    text: &str,
    what: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, StorageError> {
    parse(text).ok_or_else(|| StorageError::Corrupt(format!("{what} '{text}'")))
}

/// `LIMIT`, `OFFSET` and the sort direction flag of a list query, as bind values.
/// Queries sort with `ORDER BY CASE WHEN ?asc THEN created_at END ASC, CASE WHEN NOT
/// ?asc THEN created_at END DESC` so the SQL stays static.
pub(crate) fn paging(q: ListQuery) -> (i64, i64, bool) {
    let limit = i64::try_from(q.effective_limit()).unwrap_or(1000);
    let offset = i64::try_from(q.offset).unwrap_or(i64::MAX);
    (limit, offset, q.asc)
}

/// A `LIKE` pattern matching text that contains `needle` literally (with `ESCAPE '\'`).
pub(crate) fn contains_pattern(needle: &str) -> String {
    let escaped = needle
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}
