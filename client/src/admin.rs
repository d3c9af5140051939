//! Typed wrappers over ZITADEL's v2 Connect services for identity administration:
//! [`paging`] (all pages of a list call, sorted), [`resolve`] (names → ids, with
//! ambiguity and not-found errors), [`orgs`] (`OrganizationService`), [`projects`]
//! (`ProjectService`), [`apps`] (`ApplicationService`) and [`users`]
//! (`UserService`). Only documented v2 calls are used, so a real ZITADEL ≥ 4.7 works too.

pub mod admins;
pub mod apps;
pub mod authz;
pub mod grants;
pub mod limiter;
pub mod machine;
pub mod orgs;
pub mod paging;
pub mod placement;
pub mod projects;
pub mod resolve;
pub mod users;

pub use resolve::ResolveError;

/// What an administration call can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// The server or the transport failed.
    #[error(transparent)]
    Api(#[from] Error),
    /// A name did not name exactly one object.
    #[error(transparent)]
    Resolve(#[from] ResolveError),
}

use serde_json::Value;

use crate::error::{Error, ErrorCode};

/// Whether an error is the server's `not_found` (or an id it could not parse).
pub(crate) fn is_not_found(e: &Error) -> bool {
    matches!(e, Error::Api(a) if matches!(a.code, ErrorCode::NotFound | ErrorCode::InvalidArgument))
}

/// The text filter method ZITADEL's user/org v2 queries use for "contains, any case".
pub(crate) const CONTAINS: &str = "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE";
/// Exact match, any case.
pub(crate) const EQUALS: &str = "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE";

/// A string field of a JSON object ("" when absent: protojson omits zero values).
pub fn str_field<'v>(v: &'v Value, path: &str) -> &'v str {
    path.split('.')
        .try_fold(v, |v, k| v.get(k))
        .and_then(Value::as_str)
        .unwrap_or("")
}
