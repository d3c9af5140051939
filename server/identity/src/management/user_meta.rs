//! User metadata: SetUserMetadata, ListUserMetadata, DeleteUserMetadata.

use serde_json::Value;

use super::Ctx;
use super::zerr::ZResult;

pub(crate) async fn set(_ctx: &Ctx<'_>, _req: Value) -> ZResult<Value> {
    Err(super::unimplemented(super::USER_SERVICE, "SetUserMetadata"))
}
pub(crate) async fn list(_ctx: &Ctx<'_>, _req: Value) -> ZResult<Value> {
    Err(super::unimplemented(
        super::USER_SERVICE,
        "ListUserMetadata",
    ))
}
pub(crate) async fn delete(_ctx: &Ctx<'_>, _req: Value) -> ZResult<Value> {
    Err(super::unimplemented(
        super::USER_SERVICE,
        "DeleteUserMetadata",
    ))
}
