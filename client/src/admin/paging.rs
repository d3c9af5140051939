//! Fetching every page of a v2 list call. Two request generations exist (README §3.6):
//! user/org lists take `query{offset,limit,asc}` and answer `result[]` with
//! `details.totalResult`; newer services take `pagination{…}` and answer a named list
//! with `pagination.totalResult`. A sorting column is always sent so pages are stable.

use serde_json::{Value, json};

use crate::error::Error;
use crate::zitadel::ZitadelApi;

/// The largest page ZITADEL accepts (`MaxQueryLimit`).
pub const MAX_PAGE: usize = 1000;

/// Which paging shape a list call uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `query{offset, limit, asc}` → `result[]`, `details.totalResult` (user and org v2).
    Query,
    /// `pagination{offset, limit, asc}` → `<list_key>[]`, `pagination.totalResult`.
    Pagination,
}

/// One list call: service, method, the body without paging, and where results are.
#[derive(Debug, Clone)]
pub struct ListCall<'a> {
    /// Connect service, e.g. `zitadel.user.v2.UserService`.
    pub service: &'a str,
    /// Method, e.g. `ListUsers`.
    pub method: &'a str,
    /// Filters and `sortingColumn`; paging is added per page.
    pub body: Value,
    /// Paging shape.
    pub style: Style,
    /// The response's list field (`result` for [`Style::Query`]).
    pub list_key: &'a str,
}

/// Calls `call` page by page (ascending) until all results — or `limit` of them — are
/// in; `page` items are handed to `sink` as each page arrives.
pub async fn for_each<F>(
    api: &ZitadelApi<'_>,
    call: &ListCall<'_>,
    limit: Option<usize>,
    page_size: usize,
    mut sink: F,
) -> Result<usize, Error>
where
    F: FnMut(Vec<Value>) -> Result<(), Error>,
{
    let page_size = page_size.clamp(1, MAX_PAGE);
    let mut seen = 0usize;
    loop {
        let want = limit.map_or(page_size, |l| page_size.min(l - seen));
        if want == 0 {
            return Ok(seen);
        }
        let mut body = call.body.clone();
        let paging = json!({"offset": seen.to_string(), "limit": want, "asc": true});
        let key = match call.style {
            Style::Query => "query",
            Style::Pagination => "pagination",
        };
        body[key] = paging;
        let resp = api.connect(call.service, call.method, &body).await?;
        let items = match resp.get(call.list_key) {
            Some(Value::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        let got = items.len();
        seen += got;
        let total = total(&resp, call.style);
        sink(items)?;
        if got < want || total.is_some_and(|t| seen as u64 >= t) || got == 0 {
            return Ok(seen);
        }
    }
}

/// Every result (up to `limit`) of a list call, in one vector.
pub async fn all(
    api: &ZitadelApi<'_>,
    call: &ListCall<'_>,
    limit: Option<usize>,
) -> Result<Vec<Value>, Error> {
    let mut out = Vec::new();
    for_each(api, call, limit, MAX_PAGE, |page| {
        out.extend(page);
        Ok(())
    })
    .await?;
    Ok(out)
}

/// `totalResult` (a protojson int64: string or number).
fn total(resp: &Value, style: Style) -> Option<u64> {
    let v = match style {
        Style::Query => resp.get("details")?.get("totalResult")?,
        Style::Pagination => resp.get("pagination")?.get("totalResult")?,
    };
    match v {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}
