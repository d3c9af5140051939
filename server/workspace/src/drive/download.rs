//! `GET /drive/files/{id}/content`: streamed downloads with `ETag` (the sha256),
//! `If-None-Match` (304) and single `Range` requests (206; 416 outside the file).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::TryStreamExt;
use http_range_header::RangeInvalid;
use http_range_header::RangeUnsatisfiableError::{Invalid, Unsatisfiable};
use ws_api::ErrorBody;
use ws_api::workspace::drive::SHA256_HEADER;
use ws_storage::{DriveItemRecord, DriveKind};

use super::access;
use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::sharing::ShareRole;
use crate::state::WorkspaceState;

/// The byte range to send: `None` for the whole file; 416 when the single range asked
/// for lies outside it. A suffix longer than the file selects all of it (RFC 9110
/// §14.1.2). Several ranges, and ones the parser will not take, are answered with
/// the whole file (RFC 9110 lets a server ignore `Range`).
fn wanted_range(headers: &HeaderMap, size: u64) -> ApiResult<Option<(u64, u64)>> {
    let Some(value) = headers.get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    let ranges = http_range_header::parse_range_header(value).and_then(|r| r.validate(size));
    match ranges.as_deref() {
        Ok([one]) => Ok(Some((*one.start(), *one.end()))),
        Ok(_) => Ok(None),
        // A reversed range (`5-2`) may be ignored or refused (RFC 9110 §14.2): refused,
        // so a client's bug shows.
        Err(Unsatisfiable | Invalid(RangeInvalid::Reversed)) => {
            Err(ApiError::range_not_satisfiable(size))
        }
        Err(_) => Ok(None),
    }
}

fn set(out: &mut HeaderMap, name: header::HeaderName, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        out.insert(name, v);
    }
}

fn matches_etag(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|t| t == "*" || t == etag || t.strip_prefix("W/") == Some(etag))
}

/// `GET /drive/files/{id}/content`.
#[utoipa::path(get, path = "/drive/files/{id}/content", tag = "drive",
    params(("id" = String, Path, description = "Item id"),
        ("Range" = Option<String>, Header, description = "One byte range, e.g. `bytes=0-1023` or `bytes=-500`; \
        several ranges are answered with the whole file"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier download (or `*`): \
        304 while the content is unchanged")),
    responses(
        (status = 200, description = "The whole content, streamed with the file's detected `Content-Type`",
            content_type = "*/*", body = crate::openapi::FileBytes, headers(
            ("ETag" = String, description = "`\"<sha256>\"` of the content"),
            ("x-content-sha256" = String, description = "The content's sha256 (hex)"),
            ("Accept-Ranges" = String, description = "`bytes`"),
            ("Content-Length" = u64, description = "Bytes in the body"))),
        (status = 206, description = "The asked-for range, with the file's `Content-Type`",
            content_type = "*/*", body = crate::openapi::FileBytes, headers(
            ("Content-Range" = String, description = "`bytes FIRST-LAST/SIZE`"),
            ("ETag" = String, description = "`\"<sha256>\"` of the whole content"),
            ("x-content-sha256" = String, description = "The whole content's sha256 (hex)"),
            ("Content-Length" = u64, description = "Bytes in the body"))),
        (status = 304, description = "Unchanged since the `If-None-Match` tag; no body", headers(
            ("ETag" = String, description = "`\"<sha256>\"` of the content"))),
        (status = 400, description = "`id` names a folder, which has no content", body = ErrorBody),
        (status = 404, description = "No such item, or none the caller may see", body = ErrorBody),
        (status = 416, description = "`range_not_satisfiable`: the range lies outside the file", body = ErrorBody,
            headers(("Content-Range" = String, description = "`bytes */SIZE`")))))]
pub(crate) async fn content(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let found = access::require(&state, &actor, &id, ShareRole::Viewer).await?;
    serve(&state, &found.item, &headers).await
}

/// The content of a file the caller may read (ranges, `If-None-Match`), streamed;
/// also what a link to the file serves.
pub(crate) async fn serve(
    state: &WorkspaceState,
    item: &DriveItemRecord,
    headers: &HeaderMap,
) -> ApiResult<Response> {
    let (DriveKind::File, Some(sha)) = (item.kind, item.sha256.as_deref()) else {
        return Err(ApiError::invalid(
            "id",
            "names a folder, which has no content",
        ));
    };
    let size = u64::try_from(item.size).unwrap_or_default();
    let etag = format!("\"{sha}\"");
    let mut out = HeaderMap::new();
    set(&mut out, header::ETAG, &etag);
    set(&mut out, header::ACCEPT_RANGES, "bytes");
    set(
        &mut out,
        header::HeaderName::from_static(SHA256_HEADER),
        sha,
    );
    if matches_etag(headers, &etag) {
        return Ok((StatusCode::NOT_MODIFIED, out).into_response());
    }
    let range = wanted_range(headers, size)?;
    set(
        &mut out,
        header::CONTENT_TYPE,
        item.content_type
            .as_deref()
            .unwrap_or("application/octet-stream"),
    );
    let (status, read, len) = match range {
        Some((first, last)) => {
            set(
                &mut out,
                header::CONTENT_RANGE,
                &format!("bytes {first}-{last}/{size}"),
            );
            (
                StatusCode::PARTIAL_CONTENT,
                Some(first..last + 1),
                last - first + 1,
            )
        }
        None => (StatusCode::OK, None, size),
    };
    set(&mut out, header::CONTENT_LENGTH, &len.to_string());
    let stream = if len == 0 {
        Body::empty()
    } else {
        let bytes = state
            .blobs
            .read(sha, read)
            .await
            .map_err(super::upload::blob_error)?;
        Body::from_stream(bytes.map_err(std::io::Error::other))
    };
    Ok((status, out, stream).into_response())
}

#[cfg(test)]
mod props;
