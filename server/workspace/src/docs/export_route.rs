//! `GET /api/v1/docs/{id}/export?format=md|html|txt`: the doc as a file, with its
//! content type and a `Content-Disposition` attachment name (viewers and up).

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use serde::Deserialize;
use ws_api::ErrorBody;
use ws_api::workspace::docs::ExportFormat;
use ws_storage::WsDoc;

use super::access::load;
use super::export;
use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiQuery;
use crate::sharing::ShareRole;
use crate::state::WorkspaceState;

/// `?format=` (default `md`).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExportParams {
    /// `md`, `html` or `txt`.
    format: Option<String>,
}

/// The export.
#[utoipa::path(get, path = "/docs/{id}/export", tag = "docs",
    params(("id" = String, Path, description = "Doc id"), ExportParams),
    responses(
        (status = 200, description = "The doc as a file, with `Content-Disposition: attachment`",
            content((String = "text/markdown"), (String = "text/html"), (String = "text/plain"))),
        (status = 400, description = "Unknown `format`", body = ErrorBody),
        (status = 404, description = "No such doc, or none the caller may see", body = ErrorBody)))]
pub(crate) async fn export(
    State(state): State<WorkspaceState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> ApiResult<impl IntoResponse> {
    let format = parse_format(params.format.as_deref())?;
    let (doc, _) = load(&state, &actor, &id, ShareRole::Viewer).await?;
    Ok(file(&doc, format))
}

/// `?format=` as an [`ExportFormat`] (default `md`).
pub(crate) fn parse_format(name: Option<&str>) -> ApiResult<ExportFormat> {
    match name {
        None | Some("") => Ok(ExportFormat::Md),
        Some(name) => ExportFormat::parse(name)
            .ok_or_else(|| ApiError::invalid("format", "expected md, html or txt")),
    }
}

/// The doc as a file of `format`, with its type and attachment name; also what a
/// link to the doc serves.
pub(crate) fn file(doc: &WsDoc, format: ExportFormat) -> impl IntoResponse + use<> {
    let body = match format {
        ExportFormat::Md => doc.body.clone(),
        ExportFormat::Html => export::to_html(&doc.title, &doc.body),
        ExportFormat::Txt => export::to_text(&doc.body),
    };
    let disposition = export::content_disposition(&doc.title, format);
    // No ETag: the doc's tag names its JSON form, not this representation.
    let mut headers = HeaderMap::new();
    if let (Ok(ct), Ok(cd)) = (format.content_type().parse(), disposition.parse()) {
        headers.insert(CONTENT_TYPE, ct);
        headers.insert(CONTENT_DISPOSITION, cd);
    }
    (headers, body)
}
