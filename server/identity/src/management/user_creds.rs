//! Machine credentials: secrets, keys, personal access tokens.

use serde_json::Value;

use super::Ctx;
use super::zerr::ZResult;

macro_rules! todo_op {
    ($($name:ident = $method:literal),*) => {$(
        pub(crate) async fn $name(_ctx: &Ctx<'_>, _req: Value) -> ZResult<Value> {
            Err(super::unimplemented(super::USER_SERVICE, $method))
        }
    )*};
}
todo_op!(
    add_secret = "AddSecret",
    remove_secret = "RemoveSecret",
    add_key = "AddKey",
    remove_key = "RemoveKey",
    list_keys = "ListKeys",
    add_pat = "AddPersonalAccessToken",
    remove_pat = "RemovePersonalAccessToken",
    list_pats = "ListPersonalAccessTokens"
);
