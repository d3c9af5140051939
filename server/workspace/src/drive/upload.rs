//! Uploads: one streaming `PUT /drive/content` (for pipes and curl), and resumable
//! sessions (`POST /drive/uploads`, `PUT` chunks with `Content-Range`, `GET` the
//! committed offset, `POST …/finish` with the sha256 the server verifies).
//!
//! Bodies stream to staging (a local file, or pieces of at most 16 MiB in a remote
//! store, see `segments`) and are never held whole in memory; the JSON body limit
//! does not apply (the route disables it), the quota does: a declared size over the
//! free space is refused before a byte is written, and a body that grows past it is
//! cut off. A file becomes visible in one transaction after its blob is in place.
//!
//! Two uploads of one name: the first to commit wins and the second gets 409
//! `conflict` (its bytes are discarded), unless it asked to `overwrite`, in
//! which case the last commit wins. Sessions check the name when they start too, so
//! the loser usually learns before sending anything.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use futures::TryStreamExt;
use headers::{ContentRange, HeaderMapExt};
use serde::Deserialize;
use serde_json::json;
use ws_api::ErrorBody;
use ws_api::workspace::drive::{CreateUpload, DriveItem, FinishUpload, UploadSession};
use ws_storage::{DriveItemRecord, DriveKind, DriveUploadRecord, FileCommit, StorageError, new_id};

use super::access;
use super::blobs::{BlobError, Staged};
use super::names::detect_content_type;
use crate::actor::Actor;
use crate::audit::{AuditEntry, Outcome};
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery};
use crate::state::WorkspaceState;

/// The staging file name prefix of a resumable session (`s-<session id>`).
pub(super) const SESSION_PREFIX: &str = "s-";

/// `PUT /drive/content` parameters.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PutParams {
    /// Target folder; the caller's root when absent.
    parent: Option<String>,
    /// File name.
    name: String,
    /// Replace an existing file of that name.
    #[serde(default)]
    overwrite: bool,
}

/// The answer to a failed blob operation. A store that does not answer (S3 down or
/// unreachable) is 503 with `Retry-After`: nothing was made visible, the client may
/// retry the same request.
pub(super) fn blob_error(e: BlobError) -> ApiError {
    match e {
        BlobError::TooLarge(n) => {
            ApiError::too_large(format!("body: longer than the {n} bytes it may take here"))
        }
        BlobError::Body(why) => ApiError::invalid("body", format!("was interrupted ({why})")),
        BlobError::Busy => ApiError::conflict(
            "another request is writing to this upload session; ask for its offset and retry",
        ),
        BlobError::Store(e) if !matches!(e, object_store::Error::NotFound { .. }) => {
            tracing::warn!(error = %e, "the blob store failed");
            ApiError::unavailable("the file store is not answering; retry shortly")
        }
        e @ (BlobError::Io(_) | BlobError::Store(_)) => ApiError::internal(e),
    }
}

fn bytes(n: i64) -> u64 {
    u64::try_from(n).unwrap_or_default()
}

/// 409 early when `name` is taken in `parent` (and not to be overwritten).
async fn refuse_taken(
    state: &WorkspaceState,
    parent: &DriveItemRecord,
    name: &str,
    overwrite: bool,
) -> ApiResult<()> {
    match state.store.ws_drive.find_child(&parent.id, name).await? {
        Some(existing) if !(overwrite && existing.kind == DriveKind::File) => {
            Err(ApiError::conflict(format!(
                "name: an item named '{name}' already exists in this folder"
            )))
        }
        _ => Ok(()),
    }
}

/// Staged bytes on their way to becoming a file.
struct Landing<'a> {
    /// Target folder.
    parent: &'a DriveItemRecord,
    /// File name.
    name: &'a str,
    /// Staging file name.
    staging: &'a str,
    /// What was staged.
    staged: &'a Staged,
    /// Replace a file of that name.
    overwrite: bool,
    /// The session it ends, if any.
    session_id: Option<String>,
}

/// Promotes staged bytes and commits the file row (see the module rule on names).
async fn commit(
    state: &WorkspaceState,
    actor: &Actor,
    landing: Landing<'_>,
) -> ApiResult<DriveItemRecord> {
    let Landing {
        parent,
        name,
        staging,
        staged,
        overwrite,
        session_id,
    } = landing;
    // The collector keeps a claimed digest even before a file references it.
    super::gc::claim(state, &staged.sha256).await?;
    state
        .blobs
        .promote(staging, &staged.sha256, staged.size)
        .await
        .map_err(blob_error)?;
    let now = state.now();
    let size = i64::try_from(staged.size).unwrap_or(i64::MAX);
    let commit = FileCommit {
        item: DriveItemRecord {
            id: new_id(),
            org_id: parent.org_id.clone(),
            owner_id: actor.user_id.clone(),
            parent_id: Some(parent.id.clone()),
            name: name.to_owned(),
            kind: DriveKind::File,
            size,
            sha256: Some(staged.sha256.clone()),
            content_type: Some(detect_content_type(name, &staged.head)),
            trashed_at: None,
            created_at: now,
            changed_at: now,
        },
        overwrite,
        session_id: session_id.clone(),
        limit: access::quota_limit(state, &parent.org_id).await?,
    };
    match state.store.ws_drive.commit_file(&commit).await {
        Ok(Ok(item)) => Ok(item),
        Ok(Err(q)) => Err(access::over_quota(size, q)),
        Err(e) => {
            // The loser of a name race: its session ends (its bytes are no longer staged).
            if let (StorageError::Conflict(_), Some(sid)) = (&e, &session_id) {
                let _ = state.store.ws_drive.delete_upload(sid).await;
            }
            Err(e.into())
        }
    }
}

/// Records an upload-related write with its byte counts.
async fn record<T>(
    state: &WorkspaceState,
    actor: &Actor,
    action: &str,
    target: String,
    result: &ApiResult<T>,
    detail: serde_json::Value,
) {
    let outcome = match result {
        Ok(_) => Outcome::Ok,
        Err(e) if matches!(e.status.as_u16(), 401 | 403 | 404) => Outcome::Denied,
        Err(_) => Outcome::Failed,
    };
    let entry = AuditEntry::new(actor, action, target, outcome).detail(detail);
    crate::audit::record_entry(state, entry).await;
}

/// `PUT /drive/content?parent=&name=&overwrite=`: the whole file in one body.
#[utoipa::path(put, path = "/drive/content", tag = "drive", params(PutParams),
    request_body(content = crate::openapi::FileBytes, content_type = "application/octet-stream",
        description = "The whole file; with `Content-Length`, a file over the quota is refused before any byte is read"),
    responses(
        (status = 201, description = "The stored file, visible only now that bytes and metadata are committed", body = DriveItem),
        (status = 400, description = "A bad name or parent, or the body broke off; named in the message", body = ErrorBody),
        (status = 403, description = "The caller may not write in the folder", body = ErrorBody),
        (status = 404, description = "No such parent folder, or none the caller may see", body = ErrorBody),
        (status = 409, description = "A file of that name exists (and `overwrite` was not asked), or another upload of the name won", body = ErrorBody),
        (status = 413, description = "`too_large`: the file does not fit in the organization's drive quota (used, reserved and limit in the message); nothing is stored", body = ErrorBody)))]
pub(crate) async fn put_content(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiQuery(p): ApiQuery<PutParams>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<(StatusCode, ApiJson<DriveItem>)> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let result = put_file(&state, &actor, &p, declared, body).await;
    let target = match &result {
        Ok(item) => access::target(item),
        Err(_) => format!("folder:{}", p.parent.as_deref().unwrap_or("root")),
    };
    let detail = match &result {
        Ok(item) => json!({"name": p.name, "size": item.size, "sha256": item.sha256}),
        Err(_) => json!({"name": p.name}),
    };
    record(&state, &actor, "drive.upload", target, &result, detail).await;
    Ok((
        StatusCode::CREATED,
        ApiJson(access::to_wire(result?, false)),
    ))
}

async fn put_file(
    state: &WorkspaceState,
    actor: &Actor,
    p: &PutParams,
    declared: Option<u64>,
    body: Body,
) -> ApiResult<DriveItemRecord> {
    access::check_name("name", &p.name)?;
    let parent = access::target_folder(state, actor, p.parent.as_deref(), "parent").await?;
    refuse_taken(state, &parent, &p.name, p.overwrite).await?;
    let limit = access::quota_limit(state, &parent.org_id).await?;
    let usage = state.store.ws_drive.usage(&parent.org_id).await?;
    let room = bytes(limit - usage.used - usage.reserved);
    if let Some(n) = declared.filter(|n| *n > room) {
        let q = ws_storage::QuotaExceeded { usage, limit };
        return Err(access::over_quota(i64::try_from(n).unwrap_or(i64::MAX), q));
    }
    let staging = format!("p-{}", new_id());
    let stream = body.into_data_stream().map_err(|e| e.to_string());
    let staged = state
        .blobs
        .stage(&staging, stream, room)
        .await
        .map_err(blob_error)?;
    let landing = Landing {
        parent: &parent,
        name: &p.name,
        staging: &staging,
        staged: &staged,
        overwrite: p.overwrite,
        session_id: None,
    };
    let result = commit(state, actor, landing).await;
    state.blobs.discard(&staging).await;
    result
}

fn session_wire(s: DriveUploadRecord) -> UploadSession {
    UploadSession {
        size: bytes(s.size),
        committed: bytes(s.committed),
        received: bytes(s.received),
        expires_at: access::rfc3339(s.expires_at),
        id: s.id,
        parent_id: s.parent_id,
        name: s.name,
        overwrite: s.overwrite,
    }
}

fn secs(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
}

pub(super) fn staging_name(session_id: &str) -> String {
    format!("{SESSION_PREFIX}{session_id}")
}

/// The caller's own session `id` (404 for anyone else's).
async fn own_session(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
) -> ApiResult<DriveUploadRecord> {
    state
        .store
        .ws_drive
        .get_upload(id)
        .await?
        .filter(|s| s.user_id == actor.user_id && s.expires_at >= state.now())
        .ok_or_else(|| ApiError::not_found("upload session"))
}

/// Drops expired sessions and their staged bytes.
async fn sweep_expired(state: &WorkspaceState) -> ApiResult<()> {
    for id in state.store.ws_drive.expired_uploads(state.now()).await? {
        state.blobs.discard(&staging_name(&id)).await;
        let _ = state.store.ws_drive.delete_upload(&id).await;
    }
    Ok(())
}

/// `POST /drive/uploads`: opens a session, reserving its size against the quota.
#[utoipa::path(post, path = "/drive/uploads", tag = "drive", request_body = CreateUpload,
    responses(
        (status = 201, description = "The session, its size reserved against the quota", body = UploadSession),
        (status = 400, description = "A bad name, parent or size, named in the message", body = ErrorBody),
        (status = 403, description = "The caller may not write in the folder", body = ErrorBody),
        (status = 404, description = "No such parent folder, or none the caller may see", body = ErrorBody),
        (status = 409, description = "A file of that name exists and `overwrite` was not asked", body = ErrorBody),
        (status = 413, description = "`too_large`: the file does not fit in the organization's drive quota (used, reserved and limit in the message); nothing is stored", body = ErrorBody)))]
pub(crate) async fn create_session(
    State(state): State<WorkspaceState>,
    actor: Actor,
    ApiJson(body): ApiJson<CreateUpload>,
) -> ApiResult<(StatusCode, ApiJson<UploadSession>)> {
    let result = open_session(&state, &actor, &body).await;
    let target = match &result {
        Ok(s) => format!("upload:{}", s.id),
        Err(_) => format!("folder:{}", body.parent_id.as_deref().unwrap_or("root")),
    };
    let detail = json!({"name": body.name, "size": body.size});
    record(
        &state,
        &actor,
        "drive.upload.begin",
        target,
        &result,
        detail,
    )
    .await;
    Ok((StatusCode::CREATED, ApiJson(session_wire(result?))))
}

async fn open_session(
    state: &WorkspaceState,
    actor: &Actor,
    body: &CreateUpload,
) -> ApiResult<DriveUploadRecord> {
    access::check_name("name", &body.name)?;
    let size = i64::try_from(body.size).map_err(|_| ApiError::invalid("size", "is too large"))?;
    let parent =
        access::target_folder(state, actor, body.parent_id.as_deref(), "parent_id").await?;
    refuse_taken(state, &parent, &body.name, body.overwrite).await?;
    sweep_expired(state).await?;
    let now = state.now();
    let session = DriveUploadRecord {
        id: new_id(),
        org_id: parent.org_id.clone(),
        user_id: actor.user_id.clone(),
        parent_id: parent.id.clone(),
        name: body.name.clone(),
        size,
        committed: 0,
        received: 0,
        overwrite: body.overwrite,
        created_at: now,
        expires_at: now + secs(state.config.upload_session_ttl),
    };
    let limit = access::quota_limit(state, &parent.org_id).await?;
    state
        .store
        .ws_drive
        .create_upload(&session, limit)
        .await?
        .map_err(|q| access::over_quota(size, q))?;
    state.blobs.begin_session(&staging_name(&session.id));
    Ok(session)
}

/// `GET /drive/uploads/{id}`: the committed offset to resume from.
#[utoipa::path(get, path = "/drive/uploads/{id}", tag = "drive", params(("id" = String, Path, description = "Upload session id")),
    responses((status = 200, description = "The session; `committed` is where to resume", body = UploadSession), (status = 404, description = "No such session of the caller's (or it expired)", body = ErrorBody)))]
pub(crate) async fn get_session(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
) -> ApiResult<ApiJson<UploadSession>> {
    Ok(ApiJson(session_wire(
        own_session(&state, &actor, &id).await?,
    )))
}

/// `PUT /drive/uploads/{id}` with `Content-Range: bytes FIRST-LAST/TOTAL`, where
/// FIRST is the committed offset. Bytes that arrive before a body breaks off are kept.
#[utoipa::path(put, path = "/drive/uploads/{id}", tag = "drive",
    params(("id" = String, Path, description = "Upload session id"),
        ("Content-Range" = String, Header, description = "`bytes FIRST-LAST/TOTAL`: FIRST the session's \
        committed offset, TOTAL its size")),
    request_body(content = crate::openapi::FileBytes, content_type = "application/octet-stream",
        description = "The bytes FIRST..=LAST; those that arrive before a body breaks off are kept"),
    responses(
        (status = 200, description = "The session after the chunk", body = UploadSession),
        (status = 400, description = "A missing or malformed `Content-Range`, or one that does not fit the session", body = ErrorBody),
        (status = 404, description = "No such session of the caller's (or it expired)", body = ErrorBody),
        (status = 409, description = "The chunk does not start at the committed offset, or another request is writing; ask for the offset and resume", body = ErrorBody)))]
pub(crate) async fn put_chunk(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<ApiJson<UploadSession>> {
    let session = own_session(&state, &actor, &id).await?;
    let (first, last) = chunk_range(&headers, &session)?;
    let stream = body.into_data_stream().map_err(|e| e.to_string());
    let (to, result) = write_chunk(&state, &session, last, stream).await;
    let detail = json!({"from": first, "to": bytes(to)});
    record(
        &state,
        &actor,
        "drive.upload.chunk",
        format!("upload:{id}"),
        &result,
        detail,
    )
    .await;
    result?;
    Ok(ApiJson(session_wire(
        own_session(&state, &actor, &id).await?,
    )))
}

/// Bytes of a chunk made durable and committed at a time: a client may send the whole
/// rest of a file in one request, and a server killed meanwhile keeps all but the
/// last two segments (each is synced while the next one arrives).
const CHECKPOINT: u64 = 64 * 1024 * 1024;

/// Streams a chunk (bytes from the committed offset through `last`) into the session,
/// committing it segment by segment; returns the committed offset reached, with the
/// outcome.
async fn write_chunk<S>(
    state: &WorkspaceState,
    session: &DriveUploadRecord,
    last: u64,
    mut body: S,
) -> (i64, ApiResult<()>)
where
    S: futures::Stream<Item = Result<bytes::Bytes, String>> + Unpin,
{
    let mut committed = session.committed;
    let mut writer = match state
        .blobs
        .chunk_writer(&staging_name(&session.id), bytes(committed))
        .await
    {
        Ok(w) => w,
        Err(e) => return (committed, Err(blob_error(e))),
    };
    loop {
        let left = last + 1 - writer.written();
        let outcome = writer.write_segment(&mut body, left, CHECKPOINT).await;
        if matches!(outcome, Ok(true)) && writer.written() <= last {
            // The body ended cleanly before the range it announced: a client bug, not
            // a broken connection, so its last segment is not committed.
            return (
                committed,
                Err(short_chunk(session.committed, last, writer.written())),
            );
        }
        let durable = i64::try_from(writer.durable()).unwrap_or(i64::MAX);
        if durable > committed {
            match state
                .store
                .ws_drive
                .advance_upload(&session.id, committed, durable, durable - committed)
                .await
            {
                Ok(true) => committed = durable,
                Ok(false) => {
                    let e = ApiError::conflict("the upload moved on meanwhile; ask for its offset");
                    return (committed, Err(e));
                }
                Err(e) => return (committed, Err(e.into())),
            }
        }
        match outcome {
            Ok(false) => {}
            Ok(true) => return (committed, Ok(())),
            Err(e) => return (committed, Err(blob_error(e))),
        }
    }
}

/// The 400 for a body that ended at `end` before the `last` byte it announced.
fn short_chunk(first: i64, last: u64, end: u64) -> ApiError {
    ApiError::invalid(
        "Content-Range",
        format!(
            "announced bytes {first}-{last}, but the body ended after {} of them; \
             nothing of it was stored: send exactly the bytes the range names",
            end.saturating_sub(bytes(first))
        ),
    )
}

/// The chunk's byte range, checked against the session.
fn chunk_range(headers: &HeaderMap, s: &DriveUploadRecord) -> ApiResult<(u64, u64)> {
    let field = "Content-Range";
    let range: ContentRange = headers
        .typed_get()
        .ok_or_else(|| ApiError::invalid(field, "is required, as `bytes FIRST-LAST/TOTAL`"))?;
    let (first, last) = range.bytes_range().ok_or_else(|| {
        ApiError::invalid(
            field,
            "must name the bytes sent, as `bytes FIRST-LAST/TOTAL`",
        )
    })?;
    if range.bytes_len() != Some(bytes(s.size)) {
        return Err(ApiError::invalid(
            field,
            format!("total must be the session's size, {}", s.size),
        ));
    }
    if last >= bytes(s.size) {
        return Err(ApiError::invalid(
            field,
            format!("last byte must be below the size, {}", s.size),
        ));
    }
    if first != bytes(s.committed) {
        return Err(ApiError::conflict(format!(
            "{field}: starts at {first}, but the session holds {} bytes; continue from there",
            s.committed
        )));
    }
    Ok((first, last))
}

/// `POST /drive/uploads/{id}/finish`: verifies the sha256 and makes the file visible.
#[utoipa::path(post, path = "/drive/uploads/{id}/finish", tag = "drive", request_body = FinishUpload, params(("id" = String, Path, description = "Upload session id")),
    responses(
        (status = 201, description = "The file, visible only now that bytes and metadata are committed", body = DriveItem),
        (status = 400, description = "`sha256` is malformed, or does not match the bytes received (the session is dropped)", body = ErrorBody),
        (status = 404, description = "No such session of the caller's (or it expired)", body = ErrorBody),
        (status = 409, description = "The upload is incomplete, or another upload of the name won", body = ErrorBody)))]
pub(crate) async fn finish(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<FinishUpload>,
) -> ApiResult<(StatusCode, ApiJson<DriveItem>)> {
    let session = own_session(&state, &actor, &id).await;
    let received = session.as_ref().map(|s| s.received).unwrap_or_default();
    let result = match session {
        Ok(s) => finish_session(&state, &actor, s, &body.sha256).await,
        Err(e) => Err(e),
    };
    let target = match &result {
        Ok(item) => access::target(item),
        Err(_) => format!("upload:{id}"),
    };
    let detail = json!({"session": id, "sha256": body.sha256, "received": received});
    record(&state, &actor, "drive.upload", target, &result, detail).await;
    Ok((
        StatusCode::CREATED,
        ApiJson(access::to_wire(result?, false)),
    ))
}

async fn finish_session(
    state: &WorkspaceState,
    actor: &Actor,
    s: DriveUploadRecord,
    sha256: &str,
) -> ApiResult<DriveItemRecord> {
    if sha256.len() != 64
        || !sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(ApiError::invalid(
            "sha256",
            "must be 64 lower-case hex digits",
        ));
    }
    if s.committed != s.size {
        return Err(ApiError::conflict(format!(
            "the upload is incomplete: {} of {} bytes received; send the rest first",
            s.committed, s.size
        )));
    }
    let name = staging_name(&s.id);
    if s.size == 0 {
        // No chunk ever opens the staging file of an empty upload: open it here so
        // the digest and promotion find it (dropping the writer keeps the session hash).
        drop(
            state
                .blobs
                .chunk_writer(&name, 0)
                .await
                .map_err(blob_error)?,
        );
    }
    let staged = state
        .blobs
        .session_digest(&name, bytes(s.size))
        .await
        .map_err(blob_error)?;
    let discard = || async {
        state.blobs.discard(&name).await;
        let _ = state.store.ws_drive.delete_upload(&s.id).await;
    };
    if staged.sha256 != sha256 {
        discard().await;
        return Err(ApiError::invalid(
            "sha256",
            format!(
                "does not match the {} bytes received (their sha256 is {}); nothing was stored, start the upload again",
                s.size, staged.sha256
            ),
        ));
    }
    let Some(parent) = state.store.ws_drive.get_item(&s.parent_id).await? else {
        discard().await;
        return Err(ApiError::not_found("parent folder"));
    };
    let landing = Landing {
        parent: &parent,
        name: &s.name,
        staging: &name,
        staged: &staged,
        overwrite: s.overwrite,
        session_id: Some(s.id.clone()),
    };
    commit(state, actor, landing).await
}

#[cfg(test)]
mod props;
