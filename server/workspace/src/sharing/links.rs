//! Link shares that open something: `GET /api/v1/links/{kind}/{id}/{secret}` serves
//! the doc (as a file, `?format=md|html|txt`), the file's content (ranges too) or the
//! calendar (iCalendar) to anyone holding the link, without signing in, and read
//! only whatever role the link carries (a link never writes).
//!
//! The secret is the link's stored grantee id. A link made with an expiry carries it
//! in the secret (`<random>.<unix seconds>`), so it cannot be changed without
//! changing the secret, and needs no column of its own. A removed link, an expired
//! one, a trashed file, a folder and a random secret all get the same 404.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use ws_api::ErrorBody;

use super::{ResourceKind, link_role};
use crate::audit::rfc3339_ms;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiQuery;
use crate::state::WorkspaceState;

/// The link route (nested under `/api/v1`, no authentication).
pub(crate) fn routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new().routes(routes!(open))
}

/// The path that opens a link share of `kind` `id` with secret `secret`, for the
/// kinds a link can open.
pub(crate) fn path(kind: ResourceKind, id: &str, secret: &str) -> Option<String> {
    (kind != ResourceKind::Folder).then(|| {
        format!(
            "{}/links/{}/{id}/{secret}",
            crate::openapi::API_PREFIX,
            kind.as_str()
        )
    })
}

/// A fresh secret: `random`, with `.<unix seconds>` when it expires.
pub(super) fn secret(random: String, expires_at: Option<i64>) -> String {
    match expires_at {
        Some(t) => format!("{random}.{t}"),
        None => random,
    }
}

/// When a secret stops working (RFC 3339), if it expires.
pub(super) fn expiry(secret: &str) -> Option<i64> {
    secret.rsplit_once('.').and_then(|(_, t)| t.parse().ok())
}

/// The expiry as the API shows it.
pub(super) fn expiry_text(secret: &str) -> Option<String> {
    expiry(secret).map(|t| rfc3339_ms(t.saturating_mul(1000)))
}

/// `?format=` of a doc link.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct LinkParams {
    /// Docs: `md` (default), `html` or `txt`.
    format: Option<String>,
}

/// Opens a link share read-only.
#[utoipa::path(get, path = "/links/{kind}/{id}/{secret}", tag = "sharing",
    params(("kind" = String, Path, description = "`doc`, `file` or `calendar`"),
           ("id" = String, Path, description = "Resource id"),
           ("secret" = String, Path, description = "The link's secret (its share's grantee id)"),
           LinkParams),
    responses(
        (status = 200, description = "The doc as a file, the file's content, or the calendar as iCalendar",
            content_type = "*/*", body = crate::openapi::FileBytes),
        (status = 206, description = "A range of a file", content_type = "*/*", body = crate::openapi::FileBytes),
        (status = 404, description = "No such link: removed, expired, or never made (one answer for all)", body = ErrorBody)))]
pub(crate) async fn open(
    State(state): State<WorkspaceState>,
    Path((kind, id, secret)): Path<(String, String, String)>,
    ApiQuery(params): ApiQuery<LinkParams>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let gone = || ApiError::not_found("link");
    let kind = ResourceKind::parse(&kind).ok_or_else(gone)?;
    if link_role(&state, kind, &id, &secret).await?.is_none()
        || expiry(&secret).is_some_and(|t| t <= state.now())
    {
        return Err(gone());
    }
    match kind {
        ResourceKind::Doc => {
            let format = crate::docs::export_route::parse_format(params.format.as_deref())?;
            let doc = state.store.ws_docs.get_doc(&id).await?.ok_or_else(gone)?;
            Ok(crate::docs::export_route::file(&doc, format).into_response())
        }
        ResourceKind::File => {
            let item = state.store.ws_drive.get_item(&id).await?.ok_or_else(gone)?;
            let mut trashed = item.trashed_at.is_some();
            for folder in state.store.ws_drive.ancestors(&item.id).await? {
                trashed |= folder.trashed_at.is_some();
            }
            if trashed {
                return Err(gone());
            }
            crate::drive::download::serve(&state, &item, &headers).await
        }
        ResourceKind::Calendar => {
            let cal = state.store.ws_calendars.get_calendar(&id).await?;
            crate::calendar::transfer::ics_file(&state, &cal.ok_or_else(gone)?).await
        }
        ResourceKind::Folder => Err(gone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expiry_is_part_of_the_secret() {
        assert_eq!(
            expiry(&secret("abc".into(), Some(1_700_000_000))),
            Some(1_700_000_000)
        );
        assert_eq!(expiry(&secret("abc".into(), None)), None);
        assert_eq!(path(ResourceKind::Folder, "f", "s"), None);
        assert_eq!(
            path(ResourceKind::Doc, "d", "s").as_deref(),
            Some("/api/v1/links/doc/d/s")
        );
    }
}
