//! User metadata (4.x): SetUserMetadata (an empty value deletes the key),
//! ListUserMetadata (key filters, paging) and DeleteUserMetadata.

use serde::Deserialize;
use serde_json::Value;
use ws_storage::UserMetadata;

use super::create::MetadataIn;
use crate::management::Ctx;
use crate::management::paging::{PageIn, Paging, TextMethod, pagination_out};
use crate::management::protojson::{Msg, bytes, parse_bytes, required};
use crate::management::zerr::{ZError, ZResult};

/// SetUserMetadata's request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    metadata: Vec<MetadataIn>,
}

/// `SetUserMetadata` → `{setDate}`; all entries are validated before any is stored.
pub(crate) async fn set(ctx: &Ctx<'_>, req: SetReq) -> ZResult<Value> {
    let user = ctx.writable_user(required(&req.user_id, "userId")?).await?;
    if req.metadata.is_empty() {
        return Err(ZError::invalid(
            "MGMT-MD001",
            "invalid field metadata: at least one entry is required",
        ));
    }
    let mut entries = Vec::new();
    for (i, m) in req.metadata.iter().enumerate() {
        let key = required(&m.key, &format!("metadata[{i}].key"))?;
        let value = parse_bytes(&m.value, &format!("metadata[{i}].value"))?;
        entries.push((key.to_owned(), value));
    }
    let users = &ctx.state.store.users;
    for (key, value) in entries {
        if value.is_empty() {
            match users.delete_metadata(&user.id, &key).await {
                Ok(()) | Err(ws_storage::StorageError::NotFound) => {}
                Err(e) => return Err(ZError::internal(e)),
            }
        } else {
            let entry = UserMetadata {
                user_id: user.id.clone(),
                key,
                value,
            };
            users
                .set_metadata(&entry)
                .await
                .map_err(ZError::from_storage)?;
        }
    }
    Ok(Msg::new().ts("setDate", ctx.now).into())
}

/// ListUserMetadata's request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ListReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    pagination: Option<PageIn>,
    #[serde(default)]
    filters: Vec<Value>,
}

/// Parses `filters[{keyFilter{key, method}}]` into (method, key) pairs.
pub(crate) fn key_filters(filters: &[Value]) -> ZResult<Vec<(TextMethod, String)>> {
    filters
        .iter()
        .map(|f| {
            let kf = f.get("keyFilter").ok_or_else(|| {
                ZError::invalid(
                    "MGMT-MD002",
                    "invalid field filters: only keyFilter is supported",
                )
            })?;
            let key = kf.get("key").and_then(Value::as_str).unwrap_or_default();
            Ok((
                TextMethod::parse(&kf.get("method").cloned())?,
                key.to_owned(),
            ))
        })
        .collect()
}

/// `ListUserMetadata` → `{pagination, metadata[{key, value}]}` (sorted by key).
pub(crate) async fn list(ctx: &Ctx<'_>, req: ListReq) -> ZResult<Value> {
    let user = ctx.readable_user(required(&req.user_id, "userId")?).await?;
    let paging = Paging::from_request(req.pagination.as_ref())?;
    let filters = key_filters(&req.filters)?;
    let all = ctx
        .state
        .store
        .users
        .list_metadata(&user.id)
        .await
        .map_err(ZError::from_storage)?;
    let kept: Vec<_> = all
        .into_iter()
        .filter(|m| {
            filters
                .iter()
                .all(|(method, key)| method.matches(&m.key, key))
        })
        .collect();
    // Metadata is listed by key, ascending unless asked otherwise.
    let paging = Paging {
        asc: true,
        ..paging
    };
    let (page, total) = paging.apply(kept, |m| m.key.clone());
    let items = page
        .iter()
        .map(|m| {
            Msg::new()
                .str("key", &m.key)
                .str("value", &bytes(&m.value))
                .into()
        })
        .collect();
    Ok(Msg::new()
        .list("metadata", items)
        .into_value_with("pagination", pagination_out(total, &paging)))
}

/// DeleteUserMetadata's request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DeleteReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    keys: Vec<String>,
}

/// `DeleteUserMetadata` → `{deletionDate}`; every key must exist.
pub(crate) async fn delete(ctx: &Ctx<'_>, req: DeleteReq) -> ZResult<Value> {
    let user = ctx.writable_user(required(&req.user_id, "userId")?).await?;
    if req.keys.is_empty() {
        return Err(ZError::invalid(
            "MGMT-MD003",
            "invalid field keys: at least one key is required",
        ));
    }
    let users = &ctx.state.store.users;
    for key in &req.keys {
        if users
            .get_metadata(&user.id, key)
            .await
            .map_err(ZError::from_storage)?
            .is_none()
        {
            return Err(ZError::not_found(
                "META-ym3bk",
                format!("Metadata '{key}' not found"),
            ));
        }
    }
    for key in &req.keys {
        users
            .delete_metadata(&user.id, key)
            .await
            .map_err(|e| ZError::storage(e, "metadata"))?;
    }
    Ok(Msg::new().ts("deletionDate", ctx.now).into())
}
