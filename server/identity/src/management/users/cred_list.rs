//! Filtering, sorting and paging of key and PAT lists (ListKeys,
//! ListPersonalAccessTokens): id, users, organization and date filters.

use serde_json::Value;

use super::creds::ListCredReq;
use crate::management::paging::{Paging, pagination_out};
use crate::management::protojson::{Msg, enum_in, parse_ts};
use crate::management::zerr::{ZError, ZResult};

/// One key or PAT as the lists show it.
pub(crate) struct CredRow {
    pub(crate) id: String,
    pub(crate) user_id: String,
    pub(crate) org_id: String,
    pub(crate) created_at: i64,
    pub(crate) expires_at: i64,
}

const TS_METHODS: [&str; 5] = [
    "TIMESTAMP_FILTER_METHOD_EQUALS",
    "TIMESTAMP_FILTER_METHOD_GREATER",
    "TIMESTAMP_FILTER_METHOD_GREATER_OR_EQUALS",
    "TIMESTAMP_FILTER_METHOD_LESS",
    "TIMESTAMP_FILTER_METHOD_LESS_OR_EQUALS",
];

/// A date comparison: method index into [`TS_METHODS`] and the instant.
type DateFilter = (usize, i64);

/// The parsed filters of a credential list (all must hold).
#[derive(Default)]
pub(crate) struct CredFilter {
    pub(crate) user_id: Option<String>,
    id: Option<String>,
    org_id: Option<String>,
    created: Vec<DateFilter>,
    expires: Vec<DateFilter>,
}

fn id_of(body: &Value) -> String {
    body.get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn date_filter(body: &Value, field: &str) -> ZResult<DateFilter> {
    let at = parse_ts(
        body.get("timestamp")
            .and_then(Value::as_str)
            .unwrap_or_default(),
        field,
    )?;
    let method = enum_in(&body.get("method").cloned(), &TS_METHODS, field)?;
    let index = method
        .and_then(|m| TS_METHODS.iter().position(|n| *n == m))
        .unwrap_or(0);
    Ok((index, at))
}

impl CredFilter {
    /// Parses `filters[]`; `id_filter` is `keyIdFilter` or `tokenIdFilter`.
    pub(crate) fn parse(filters: &[Value], id_filter: &str) -> ZResult<CredFilter> {
        let mut out = CredFilter::default();
        for f in filters {
            let Some((kind, body)) = f.as_object().and_then(|m| m.iter().next()) else {
                continue;
            };
            match kind.as_str() {
                "userIdFilter" => out.user_id = Some(id_of(body)),
                "organizationIdFilter" => out.org_id = Some(id_of(body)),
                "createdDateFilter" => out.created.push(date_filter(body, "createdDateFilter")?),
                "expirationDateFilter" => {
                    out.expires.push(date_filter(body, "expirationDateFilter")?)
                }
                k if k == id_filter => out.id = Some(id_of(body)),
                other => {
                    return Err(ZError::invalid(
                        "MGMT-CF001",
                        format!("invalid field filters: unknown filter {other}"),
                    ));
                }
            }
        }
        Ok(out)
    }

    fn keeps(&self, row: &CredRow) -> bool {
        let date_ok = |filters: &[DateFilter], value: i64| {
            filters.iter().all(|(m, at)| match m {
                1 => value > *at,
                2 => value >= *at,
                3 => value < *at,
                4 => value <= *at,
                _ => value == *at,
            })
        };
        self.id.as_ref().is_none_or(|id| *id == row.id)
            && self.org_id.as_ref().is_none_or(|o| *o == row.org_id)
            && self.user_id.as_ref().is_none_or(|u| *u == row.user_id)
            && date_ok(&self.created, row.created_at)
            && date_ok(&self.expires, row.expires_at)
    }
}

const SORT: [&str; 6] = [
    "KEY_FIELD_NAME_UNSPECIFIED",
    "KEY_FIELD_NAME_CREATED_DATE",
    "KEY_FIELD_NAME_ID",
    "KEY_FIELD_NAME_USER_ID",
    "KEY_FIELD_NAME_ORGANIZATION_ID",
    "KEY_FIELD_NAME_KEY_EXPIRATION_DATE",
];

/// Filters, sorts (creation date by default) and pages; `{pagination, result[]}`.
pub(crate) fn list_rows(
    rows: Vec<CredRow>,
    filter: &CredFilter,
    req: &ListCredReq,
) -> ZResult<Value> {
    let paging = Paging::from_request(req.pagination.as_ref())?;
    // PAT lists use PAT_FIELD_NAME_* with the same numbering: accept both prefixes.
    let column = match &req.sorting_column {
        Some(Value::String(s)) => Some(Value::String(
            s.replace("PAT_FIELD_NAME_", "KEY_FIELD_NAME_"),
        )),
        other => other.clone(),
    };
    let column = enum_in(&column, &SORT, "sortingColumn")?;
    let kept: Vec<CredRow> = rows.into_iter().filter(|r| filter.keeps(r)).collect();
    let (page, total) = paging.apply(kept, |r| match column {
        Some("KEY_FIELD_NAME_ID") => (r.id.clone(), 0),
        Some("KEY_FIELD_NAME_USER_ID") => (r.user_id.clone(), 0),
        Some("KEY_FIELD_NAME_ORGANIZATION_ID") => (r.org_id.clone(), 0),
        Some("KEY_FIELD_NAME_KEY_EXPIRATION_DATE") => (String::new(), r.expires_at),
        _ => (String::new(), r.created_at),
    });
    let items = page
        .iter()
        .map(|r| {
            Msg::new()
                .ts("creationDate", r.created_at)
                .ts("changeDate", r.created_at)
                .str("id", &r.id)
                .str("userId", &r.user_id)
                .str("organizationId", &r.org_id)
                .ts("expirationDate", r.expires_at)
                .into()
        })
        .collect();
    Ok(Msg::new()
        .list("result", items)
        .into_value_with("pagination", pagination_out(total, &paging)))
}
