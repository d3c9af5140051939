//! Machine-user credentials on `zitadel.user.v2.UserService` (4.x): keys for the
//! jwt-bearer grant (`AddKey`/`ListKeys`/`RemoveKey`), personal access tokens
//! (`AddPersonalAccessToken`/`ListPersonalAccessTokens`/`RemovePersonalAccessToken`)
//! and the client secret (`AddSecret`/`RemoveSecret`). Key files, tokens and secrets
//! are returned to the caller once and never logged here.

use base64::Engine;
use serde_json::{Value, json};

use super::paging::{ListCall, Style};
use super::str_field;
use crate::error::Error;
use crate::zitadel::ZitadelApi;

const SERVICE: &str = "zitadel.user.v2.UserService";

/// What kind of credential a list or removal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cred {
    /// A key (`ListKeys`, `RemoveKey`, id field `keyId`).
    Key,
    /// A personal access token (`ListPersonalAccessTokens`, `tokenId`).
    Pat,
}

impl Cred {
    fn list_method(self) -> &'static str {
        match self {
            Cred::Key => "ListKeys",
            Cred::Pat => "ListPersonalAccessTokens",
        }
    }
}

/// The list call of one user's keys or tokens, sorted by creation date.
pub fn list_call(cred: Cred, user_id: &str) -> ListCall<'static> {
    let sort = match cred {
        Cred::Key => "KEY_FIELD_NAME_CREATED_DATE",
        Cred::Pat => "PAT_FIELD_NAME_CREATED_DATE",
    };
    ListCall {
        service: SERVICE,
        method: cred.list_method(),
        body: json!({"sortingColumn": sort, "filters": [{"userIdFilter": {"id": user_id}}]}),
        style: Style::Pagination,
        list_key: "result",
    }
}

/// A new key: its id and, when the server generated the pair, the JSON key file.
#[derive(Debug)]
pub struct NewKey {
    /// The key id.
    pub id: String,
    /// The decoded key file (`{"type":"serviceaccount","keyId",…,"key":PEM}`).
    pub key_file: Option<Vec<u8>>,
}

/// `AddKey`: `expires` is an RFC 3339 time (none = never); `public_key_pem` uploads
/// the caller's own public key instead of having the server generate a pair.
pub async fn add_key(
    api: &ZitadelApi<'_>,
    user_id: &str,
    expires: Option<&str>,
    public_key_pem: Option<&str>,
) -> Result<NewKey, Error> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut body = json!({"userId": user_id});
    if let Some(e) = expires {
        body["expirationDate"] = json!(e);
    }
    if let Some(pem) = public_key_pem {
        body["publicKey"] = json!(b64.encode(pem));
    }
    let resp = api.connect(SERVICE, "AddKey", &body).await?;
    let content = str_field(&resp, "keyContent");
    let key_file = if content.is_empty() {
        None
    } else {
        Some(b64.decode(content).map_err(|e| Error::Protocol {
            url: format!("{SERVICE}/AddKey"),
            reason: format!("keyContent is not base64: {e}"),
        })?)
    };
    Ok(NewKey {
        id: str_field(&resp, "keyId").to_owned(),
        key_file,
    })
}

/// `AddPersonalAccessToken` → (token id, token). The token is shown only this once.
pub async fn add_pat(
    api: &ZitadelApi<'_>,
    user_id: &str,
    expires: Option<&str>,
) -> Result<(String, String), Error> {
    let mut body = json!({"userId": user_id});
    if let Some(e) = expires {
        body["expirationDate"] = json!(e);
    }
    let resp = api
        .connect(SERVICE, "AddPersonalAccessToken", &body)
        .await?;
    Ok((
        str_field(&resp, "tokenId").to_owned(),
        str_field(&resp, "token").to_owned(),
    ))
}

/// `RemoveKey` / `RemovePersonalAccessToken`.
pub async fn remove(
    api: &ZitadelApi<'_>,
    cred: Cred,
    user_id: &str,
    id: &str,
) -> Result<Value, Error> {
    let (method, field) = match cred {
        Cred::Key => ("RemoveKey", "keyId"),
        Cred::Pat => ("RemovePersonalAccessToken", "tokenId"),
    };
    api.connect(SERVICE, method, &json!({"userId": user_id, field: id}))
        .await
}

/// `AddSecret` → the new client secret (replacing any old one), shown only once.
pub async fn generate_secret(api: &ZitadelApi<'_>, user_id: &str) -> Result<String, Error> {
    let resp = api
        .connect(SERVICE, "AddSecret", &json!({"userId": user_id}))
        .await?;
    Ok(str_field(&resp, "clientSecret").to_owned())
}

/// `RemoveSecret`.
pub async fn remove_secret(api: &ZitadelApi<'_>, user_id: &str) -> Result<Value, Error> {
    api.connect(SERVICE, "RemoveSecret", &json!({"userId": user_id}))
        .await
}
