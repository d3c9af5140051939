//! Who may touch a doc, and the request pieces every docs route shares: loading a
//! doc behind the ACL, `If-Match` preconditions, `ETag` headers and paging.

use axum::http::header::{ETAG, IF_MATCH};
use axum::http::{HeaderMap, HeaderValue};
use serde::Deserialize;
use ws_api::workspace::docs::{etag, parse_etag};
use ws_storage::{ListQuery, WsDoc};

use crate::actor::Actor;
use crate::error::{ApiError, ApiResult};
use crate::sharing::{self, Resource, ResourceKind, ResourceRef, ShareRole};
use crate::state::WorkspaceState;

/// A doc as the ACL sees it.
pub(crate) fn resource_of(doc: &WsDoc) -> Resource {
    Resource {
        kind: ResourceKind::Doc,
        id: doc.id.clone(),
        owner_org: doc.org_id.clone(),
        owner_user: doc.owner_id.clone(),
    }
}

/// The doc `id` if the caller holds at least `needed` on it; 404 when it is missing
/// or the caller has no role on it (one answer for both), 403 when they can see it
/// but their role is too small.
pub(crate) async fn load(
    state: &WorkspaceState,
    actor: &Actor,
    id: &str,
    needed: ShareRole,
) -> ApiResult<(WsDoc, ShareRole)> {
    let Some(doc) = state.store.ws_docs.get_doc(id).await? else {
        // Ask the ACL anyway, so a missing doc costs what a hidden one does and the
        // answer's timing does not tell them apart.
        let ghost = ResourceRef {
            kind: ResourceKind::Doc,
            id,
            owner_org: "",
            owner_user: "",
        };
        let _ = sharing::effective_role(state, actor, ghost).await?;
        return Err(ApiError::not_found("doc"));
    };
    let res = resource_of(&doc);
    let role = sharing::require(state, actor, res.as_ref(), needed).await?;
    Ok((doc, role))
}

/// The version a write may apply to, from `If-Match`: `None` without the header or
/// with `*` (apply to whatever is current); `Some(current)` when one of its tags
/// names the current version; 412 `stale_version` otherwise.
pub(crate) fn if_match(headers: &HeaderMap, current: i64) -> ApiResult<Option<i64>> {
    let values: Vec<&HeaderValue> = headers.get_all(IF_MATCH).iter().collect();
    if values.is_empty() {
        return Ok(None);
    }
    let mut given = Vec::new();
    for value in values {
        let text = value.to_str().unwrap_or_default();
        for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            if tag == "*" {
                return Ok(None);
            }
            if parse_etag(tag).and_then(|v| i64::try_from(v).ok()) == Some(current) {
                return Ok(Some(current));
            }
            given.push(tag.to_owned());
        }
    }
    Err(stale(&given.join(", "), current))
}

/// 412 for a write based on `given` while the doc is at `current`.
pub(crate) fn stale(given: &str, current: i64) -> ApiError {
    ApiError::precondition_failed(format!(
        "the doc changed: If-Match {given} no longer matches; it is now at version {current} \
         (ETag {}); fetch it, reapply your change and retry",
        etag(version_u64(current))
    ))
}

/// A stored version number on the wire (never negative; the schema checks `>= 1`).
pub(crate) fn version_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or_default()
}

/// Response headers carrying the doc's `ETag`.
pub(crate) fn etag_headers(version: i64) -> HeaderMap {
    let mut h = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&etag(version_u64(version))) {
        h.insert(ETAG, v);
    }
    h
}

/// `?page_size=&page_token=` of a docs list; the token is the offset of the next page.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Paging {
    /// Items per page (default 100, 1–1000).
    pub(crate) page_size: Option<u64>,
    /// The `next_page_token` of the previous page.
    pub(crate) page_token: Option<String>,
}

impl Paging {
    /// The storage query, or 400 naming the bad parameter.
    pub(crate) fn query(&self) -> ApiResult<ListQuery> {
        let limit = self.page_size.unwrap_or(100);
        if !(1..=1000).contains(&limit) {
            return Err(ApiError::invalid("page_size", "must be between 1 and 1000"));
        }
        let offset = match self.page_token.as_deref().filter(|t| !t.is_empty()) {
            None => 0,
            Some(t) => t
                .parse::<u64>()
                .map_err(|_| ApiError::invalid("page_token", "not a token from a previous page"))?,
        };
        Ok(ListQuery {
            offset,
            limit,
            asc: false,
        })
    }

    /// The token of the page after `q`, when `total` items exist.
    pub(crate) fn next(q: ListQuery, shown: usize, total: u64) -> Option<String> {
        let end = q.offset + shown as u64;
        (shown > 0 && end < total).then(|| end.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_if_match(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(IF_MATCH, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn if_match_accepts_the_current_version_or_a_star_and_refuses_the_rest() {
        assert_eq!(if_match(&HeaderMap::new(), 3).unwrap(), None);
        assert_eq!(if_match(&with_if_match(&["*"]), 3).unwrap(), None);
        assert_eq!(if_match(&with_if_match(&["\"v3\""]), 3).unwrap(), Some(3));
        assert_eq!(
            if_match(&with_if_match(&["\"v1\", W/\"v3\""]), 3).unwrap(),
            Some(3)
        );
        assert_eq!(
            if_match(&with_if_match(&["\"v1\"", "\"v3\""]), 3).unwrap(),
            Some(3)
        );
        for stale_tags in [&["\"v2\""][..], &["garbage"], &["\"v2\"", "\"v4\""]] {
            let err = if_match(&with_if_match(stale_tags), 3).unwrap_err();
            assert_eq!(err.status, 412);
            assert_eq!(err.code, "stale_version");
            assert!(err.message.contains("version 3"), "{}", err.message);
        }
    }

    #[test]
    fn paging_checks_its_parameters_and_offers_a_next_token_only_when_more_exist() {
        let p = Paging {
            page_size: Some(2),
            page_token: Some("4".into()),
        };
        let q = p.query().unwrap();
        assert_eq!((q.offset, q.limit), (4, 2));
        assert_eq!(Paging::next(q, 2, 7).as_deref(), Some("6"));
        assert_eq!(Paging::next(q, 2, 6), None);
        let bad = Paging {
            page_size: Some(0),
            page_token: None,
        }
        .query()
        .unwrap_err();
        assert!(bad.message.starts_with("page_size"));
        let bad = Paging {
            page_size: None,
            page_token: Some("x".into()),
        }
        .query()
        .unwrap_err();
        assert!(bad.message.starts_with("page_token"));
    }
}
