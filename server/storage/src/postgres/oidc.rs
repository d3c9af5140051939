//! [`OidcRepo`](crate::repo::OidcRepo) on PostgreSQL. The trait impl only delegates
//! (written by `sql::oidc_repo_by_flow`): each flow's queries live in their own file below
//! `oidc/`.

mod codes;
mod device;
mod refresh;
pub(super) mod sessions;

use super::PgDb;
use crate::sql::oidc_repo_by_flow;

oidc_repo_by_flow!(PgDb);
