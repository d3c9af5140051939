//! Machine-user credentials (4.x): client secret (AddSecret/RemoveSecret), keys for
//! the jwt-bearer grant (AddKey/RemoveKey/ListKeys) and personal access tokens
//! (AddPersonalAccessToken/RemovePersonalAccessToken/ListPersonalAccessTokens).
//! Secrets and tokens are shown once and stored only as digests.

use rsa::pkcs1::{DecodeRsaPublicKey, EncodeRsaPrivateKey};
use rsa::pkcs8::{DecodePublicKey, EncodePublicKey, LineEnding};
use serde::Deserialize;
use serde_json::{Value, json};
use ws_storage::{MachineKey, Pat, User, UserFilter, new_id};

use super::UserIdReq;
use super::cred_list::{CredFilter, CredRow, list_rows};
use crate::management::Ctx;
use crate::management::ctx::collect_all;
use crate::management::paging::PageIn;
use crate::management::protojson::{Msg, bytes, parse_bytes, parse_ts, required};
use crate::management::zerr::{ZError, ZResult};
use crate::secrets::{digest, random_token};

/// ZITADEL's "no expiry": 9999-01-01T00:00:00Z.
const NEVER: i64 = 253_370_764_800;

async fn machine(ctx: &Ctx<'_>, user_id: &str) -> ZResult<User> {
    let user = ctx.writable_user(required(user_id, "userId")?).await?;
    if user.machine().is_none() {
        return Err(ZError::precondition(
            "COMMAND-3M0fs",
            "User is not a machine user",
        ));
    }
    Ok(user)
}

/// `AddSecret` → `{creationDate, clientSecret}`; replaces an existing secret.
pub(crate) async fn add_secret(ctx: &Ctx<'_>, req: UserIdReq) -> ZResult<Value> {
    let user = machine(ctx, &req.user_id).await?;
    let secret = random_token(32);
    let users = &ctx.state.store.users;
    users
        .set_machine_secret(&user.id, Some(&digest(&secret)), ctx.now)
        .await
        .map_err(|e| ZError::storage(e, "user"))?;
    Ok(Msg::new()
        .ts("creationDate", ctx.now)
        .str("clientSecret", &secret)
        .into())
}

/// `RemoveSecret` → `{deletionDate}`; not_found when there is none.
pub(crate) async fn remove_secret(ctx: &Ctx<'_>, req: UserIdReq) -> ZResult<Value> {
    let user = machine(ctx, &req.user_id).await?;
    if user.machine().is_some_and(|m| m.secret_digest.is_none()) {
        return Err(ZError::not_found(
            "COMMAND-k6ac2",
            "Machine user has no secret",
        ));
    }
    let users = &ctx.state.store.users;
    users
        .set_machine_secret(&user.id, None, ctx.now)
        .await
        .map_err(|e| ZError::storage(e, "user"))?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}

/// AddKey / AddPersonalAccessToken request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AddCredReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    expiration_date: Option<String>,
    #[serde(default)]
    public_key: Option<String>,
}

fn expiry(ctx: &Ctx<'_>, text: Option<&str>) -> ZResult<i64> {
    match text.filter(|t| !t.is_empty()) {
        None => Ok(NEVER),
        Some(t) => {
            let at = parse_ts(t, "expirationDate")?;
            if at <= ctx.now {
                return Err(ZError::invalid(
                    "MGMT-EXP01",
                    "invalid field expirationDate: must lie in the future",
                ));
            }
            Ok(at)
        }
    }
}

/// A supplied public key (base64 of a PEM, SPKI or PKCS#1) as SPKI PEM.
fn supplied_key(b64: &str) -> ZResult<String> {
    let pem = String::from_utf8(parse_bytes(b64, "publicKey")?)
        .map_err(|_| ZError::invalid("MGMT-KEY01", "invalid field publicKey: not a PEM"))?;
    let key = rsa::RsaPublicKey::from_public_key_pem(pem.trim())
        .or_else(|_| rsa::RsaPublicKey::from_pkcs1_pem(pem.trim()))
        .map_err(|_| {
            ZError::invalid(
                "MGMT-KEY02",
                "invalid field publicKey: not an RSA public key PEM",
            )
        })?;
    key.to_public_key_pem(LineEnding::LF)
        .map_err(ZError::internal)
}

/// A new RSA key pair: (public SPKI PEM, private PKCS#1 PEM).
async fn generate_pair() -> ZResult<(String, String)> {
    tokio::task::spawn_blocking(|| {
        let private =
            rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).map_err(ZError::internal)?;
        let public = private
            .to_public_key()
            .to_public_key_pem(LineEnding::LF)
            .map_err(ZError::internal)?;
        let private = private
            .to_pkcs1_pem(LineEnding::LF)
            .map_err(ZError::internal)?;
        Ok((public, private.to_string()))
    })
    .await
    .map_err(ZError::internal)?
}

/// `AddKey` → `{creationDate, keyId, keyContent}`; `keyContent` (the JSON key file,
/// base64) only when the server generated the pair.
pub(crate) async fn add_key(ctx: &Ctx<'_>, req: AddCredReq) -> ZResult<Value> {
    let user = machine(ctx, &req.user_id).await?;
    let expires_at = expiry(ctx, req.expiration_date.as_deref())?;
    let id = new_id();
    let (public, key_file) = match req.public_key.as_deref().filter(|k| !k.is_empty()) {
        Some(b64) => (supplied_key(b64)?, None),
        None => {
            let (public, private) = generate_pair().await?;
            let file = json!({"type": "serviceaccount", "keyId": id, "key": private,
                              "expirationDate": crate::management::protojson::ts(expires_at), "userId": user.id});
            (public, Some(bytes(file.to_string().as_bytes())))
        }
    };
    let key = MachineKey {
        id: id.clone(),
        user_id: user.id.clone(),
        public_key_pem: public,
        expires_at,
        created_at: ctx.now,
    };
    ctx.state
        .store
        .users
        .add_machine_key(&key)
        .await
        .map_err(|e| ZError::storage(e, "key"))?;
    Ok(Msg::new()
        .ts("creationDate", ctx.now)
        .str("keyId", &id)
        .opt_str("keyContent", key_file.as_deref())
        .into())
}

/// RemoveKey / RemovePersonalAccessToken request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RemoveCredReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    key_id: String,
    #[serde(default)]
    token_id: String,
}

/// `RemoveKey` → `{deletionDate}`.
pub(crate) async fn remove_key(ctx: &Ctx<'_>, req: RemoveCredReq) -> ZResult<Value> {
    let user = ctx.writable_user(required(&req.user_id, "userId")?).await?;
    let users = &ctx.state.store.users;
    users
        .delete_machine_key(&user.id, required(&req.key_id, "keyId")?)
        .await
        .map_err(|e| ZError::storage(e, "key"))?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}

/// `AddPersonalAccessToken` → `{creationDate, tokenId, token}`.
pub(crate) async fn add_pat(ctx: &Ctx<'_>, req: AddCredReq) -> ZResult<Value> {
    let user = machine(ctx, &req.user_id).await?;
    let token = random_token(32);
    let pat = Pat {
        id: new_id(),
        user_id: user.id.clone(),
        token_digest: digest(&token),
        expires_at: expiry(ctx, req.expiration_date.as_deref())?,
        created_at: ctx.now,
    };
    ctx.state
        .store
        .users
        .add_pat(&pat)
        .await
        .map_err(|e| ZError::storage(e, "token"))?;
    Ok(Msg::new()
        .ts("creationDate", ctx.now)
        .str("tokenId", &pat.id)
        .str("token", &token)
        .into())
}

/// `RemovePersonalAccessToken` → `{deletionDate}`.
pub(crate) async fn remove_pat(ctx: &Ctx<'_>, req: RemoveCredReq) -> ZResult<Value> {
    let user = ctx.writable_user(required(&req.user_id, "userId")?).await?;
    let users = &ctx.state.store.users;
    users
        .delete_pat(&user.id, required(&req.token_id, "tokenId")?)
        .await
        .map_err(|e| ZError::storage(e, "personal access token"))?;
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}

/// ListKeys / ListPersonalAccessTokens request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ListCredReq {
    #[serde(default)]
    pub(crate) pagination: Option<PageIn>,
    #[serde(default)]
    pub(crate) sorting_column: Option<Value>,
    #[serde(default)]
    pub(crate) filters: Vec<Value>,
}

/// The machine users whose credentials a list may show.
async fn owners(ctx: &Ctx<'_>, filter: &CredFilter) -> ZResult<Vec<User>> {
    let store = &ctx.state.store;
    let users = match &filter.user_id {
        Some(id) => store
            .users
            .get_user(id)
            .await
            .map_err(ZError::from_storage)?
            .into_iter()
            .collect(),
        None => {
            let f = UserFilter {
                human: Some(false),
                ..UserFilter::default()
            };
            collect_all(|q| store.users.list_users(&f, q)).await?
        }
    };
    Ok(users
        .into_iter()
        .filter(|u| ctx.caller.can_read_user(&u.id, &u.org_id))
        .collect())
}

/// `ListKeys` → `{pagination, result[Key]}`.
pub(crate) async fn list_keys(ctx: &Ctx<'_>, req: ListCredReq) -> ZResult<Value> {
    let filter = CredFilter::parse(&req.filters, "keyIdFilter")?;
    let mut rows = Vec::new();
    for user in owners(ctx, &filter).await? {
        let keys = ctx
            .state
            .store
            .users
            .list_machine_keys(&user.id)
            .await
            .map_err(ZError::from_storage)?;
        rows.extend(keys.into_iter().map(|k| CredRow {
            id: k.id,
            user_id: user.id.clone(),
            org_id: user.org_id.clone(),
            created_at: k.created_at,
            expires_at: k.expires_at,
        }));
    }
    list_rows(rows, &filter, &req)
}

/// `ListPersonalAccessTokens` → `{pagination, result[PersonalAccessToken]}`.
pub(crate) async fn list_pats(ctx: &Ctx<'_>, req: ListCredReq) -> ZResult<Value> {
    let filter = CredFilter::parse(&req.filters, "tokenIdFilter")?;
    let mut rows = Vec::new();
    for user in owners(ctx, &filter).await? {
        let pats = ctx
            .state
            .store
            .users
            .list_pats(&user.id)
            .await
            .map_err(ZError::from_storage)?;
        rows.extend(pats.into_iter().map(|p| CredRow {
            id: p.id,
            user_id: user.id.clone(),
            org_id: user.org_id.clone(),
            created_at: p.created_at,
            expires_at: p.expires_at,
        }));
    }
    list_rows(rows, &filter, &req)
}
