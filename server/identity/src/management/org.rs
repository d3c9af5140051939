//! `zitadel.org.v2.OrganizationService`.

use serde_json::Value;

use super::Ctx;
use super::zerr::ZResult;

/// Runs one OrganizationService method.
pub(crate) async fn call(_ctx: &Ctx<'_>, method: &str, _body: Value) -> ZResult<Value> {
    Err(super::unimplemented(super::ORG_SERVICE, method))
}
