//! Pagination of list calls (README §3.6): `query{offset, limit, asc}` (user/org v2)
//! and `pagination{offset, limit, asc}` (newer v2), default limit 100, at most 1000
//! (more is `invalid_argument`, `QUERY-4M0fs`), descending unless `asc`. Lists the
//! database can filter by itself are paged there ([`Paging::query`]); the others are
//! paged here after filtering ([`Paging::apply`]). Also the request and response
//! halves every newest-v2 list shares ([`ListIn`], [`paged`]) and the text filter
//! methods ([`TextMethod`]).

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{ListQuery, TextMatch, TextOp};

use super::protojson::{Msg, u64_any};
use super::zerr::{ZError, ZResult};

/// Default page size.
pub(crate) const DEFAULT_LIMIT: u64 = 100;
/// Largest page size accepted.
pub(crate) const MAX_LIMIT: u64 = 1000;

/// `query` / `pagination` of a list request.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PageIn {
    #[serde(default, deserialize_with = "u64_any")]
    pub(crate) offset: u64,
    #[serde(default, deserialize_with = "u64_any")]
    pub(crate) limit: u64,
    #[serde(default)]
    pub(crate) asc: bool,
}

/// Validated paging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Paging {
    pub(crate) offset: u64,
    pub(crate) limit: u64,
    pub(crate) asc: bool,
}

impl Paging {
    /// Applies the defaults and the maximum.
    pub(crate) fn from_request(page: Option<&PageIn>) -> ZResult<Paging> {
        let page = page.cloned().unwrap_or_default();
        if page.limit > MAX_LIMIT {
            return Err(ZError::invalid(
                "QUERY-4M0fs",
                format!(
                    "Errors.Query.LimitExceeded: limit {} is above the maximum of {MAX_LIMIT}",
                    page.limit
                ),
            ));
        }
        Ok(Paging {
            offset: page.offset,
            limit: if page.limit == 0 {
                DEFAULT_LIMIT
            } else {
                page.limit
            },
            asc: page.asc,
        })
    }

    /// The same paging for a storage list the database pages.
    pub(crate) fn query(&self) -> ListQuery {
        ListQuery {
            offset: self.offset,
            limit: self.limit,
            asc: self.asc,
        }
    }

    /// Sorts `items` by `key` in the requested direction (ties by the order given),
    /// then cuts the page; returns the page and the total before cutting.
    pub(crate) fn apply<T, K: Ord>(
        &self,
        mut items: Vec<T>,
        key: impl Fn(&T) -> K,
    ) -> (Vec<T>, u64) {
        items.sort_by(|a, b| {
            let ord = key(a).cmp(&key(b));
            if self.asc { ord } else { ord.reverse() }
        });
        let total = items.len() as u64;
        let page = items
            .into_iter()
            .skip(self.offset as usize)
            .take(self.limit as usize)
            .collect();
        (page, total)
    }
}

/// `details` of a user/org v2 list response.
pub(crate) fn list_details(total: u64, now: i64) -> Value {
    Msg::new()
        .int("totalResult", total)
        .ts("timestamp", now)
        .into()
}

/// `pagination` of a newer v2 list response.
pub(crate) fn pagination_out(total: u64, paging: &Paging) -> Value {
    Msg::new()
        .int("totalResult", total)
        .int("appliedLimit", paging.limit)
        .into()
}

/// The request of the newest v2 list calls: `pagination`, `sortingColumn`,
/// `filters[]` (each filter a one-of object, read with [`filter_parts`]).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ListIn {
    #[serde(default)]
    pub(crate) pagination: Option<PageIn>,
    #[serde(default)]
    pub(crate) sorting_column: Option<Value>,
    #[serde(default)]
    pub(crate) filters: Vec<Value>,
}

impl ListIn {
    /// The validated paging.
    pub(crate) fn paging(&self) -> ZResult<Paging> {
        Paging::from_request(self.pagination.as_ref())
    }
}

/// A newest v2 list response: `{pagination, <key>: items}`.
pub(crate) fn paged(key: &str, items: Vec<Value>, total: u64, paging: &Paging) -> Value {
    Msg::new()
        .list(key, items)
        .into_value_with("pagination", pagination_out(total, paging))
}

/// The kind and body of a one-of filter object (`{"projectId": {"id": "1"}}`).
pub(crate) fn filter_parts(filter: &Value) -> Option<(&str, &Value)> {
    filter
        .as_object()
        .and_then(|m| m.iter().next())
        .map(|(k, v)| (k.as_str(), v))
}

/// A string field of a filter body ("" when absent).
pub(crate) fn text_field(body: &Value, key: &str) -> String {
    body.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// Text filter methods shared by every list (`TEXT_QUERY_METHOD_*` and the newer
/// `TEXT_FILTER_METHOD_*` have the same numbering).
pub(crate) const TEXT_METHODS: [&str; 8] = [
    "EQUALS",
    "EQUALS_IGNORE_CASE",
    "STARTS_WITH",
    "STARTS_WITH_IGNORE_CASE",
    "CONTAINS",
    "CONTAINS_IGNORE_CASE",
    "ENDS_WITH",
    "ENDS_WITH_IGNORE_CASE",
];

/// A text comparison of a filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextMethod(usize);

impl TextMethod {
    /// Reads `method` (name with either prefix, or number; absent = EQUALS).
    pub(crate) fn parse(value: &Option<Value>) -> ZResult<TextMethod> {
        let found = match value {
            None | Some(Value::Null) => Some(0),
            Some(Value::Number(n)) => n
                .as_u64()
                .map(|n| n as usize)
                .filter(|n| *n < TEXT_METHODS.len()),
            Some(Value::String(s)) => {
                let bare = s
                    .strip_prefix("TEXT_QUERY_METHOD_")
                    .or_else(|| s.strip_prefix("TEXT_FILTER_METHOD_"))
                    .unwrap_or(s);
                TEXT_METHODS.iter().position(|m| *m == bare)
            }
            Some(_) => None,
        };
        found.map(TextMethod).ok_or_else(|| {
            ZError::invalid("MGMT-TXT01", "invalid field method: unknown text method")
        })
    }

    /// The same comparison for a filter the database applies.
    pub(crate) fn to_match(self, wanted: &str) -> TextMatch {
        let op = match self.0 / 2 {
            0 => TextOp::Equals,
            1 => TextOp::StartsWith,
            2 => TextOp::Contains,
            _ => TextOp::EndsWith,
        };
        TextMatch {
            op,
            ignore_case: self.0 % 2 == 1,
            value: wanted.to_owned(),
        }
    }

    /// Whether `value` matches `wanted` under this method.
    pub(crate) fn matches(self, value: &str, wanted: &str) -> bool {
        let ignore_case = self.0 % 2 == 1;
        let (v, w) = if ignore_case {
            (value.to_lowercase(), wanted.to_lowercase())
        } else {
            (value.to_owned(), wanted.to_owned())
        };
        match self.0 / 2 {
            0 => v == w,
            1 => v.starts_with(&w),
            2 => v.contains(&w),
            _ => v.ends_with(&w),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn limits_default_and_cap() {
        let p = Paging::from_request(None).unwrap();
        assert_eq!((p.offset, p.limit, p.asc), (0, 100, false));
        let e = Paging::from_request(Some(&PageIn {
            offset: 0,
            limit: 1001,
            asc: true,
        }))
        .unwrap_err();
        assert_eq!(e.id, "QUERY-4M0fs");
        let ok = Paging::from_request(Some(&PageIn {
            offset: 1,
            limit: 1000,
            asc: true,
        }))
        .unwrap();
        assert_eq!(ok.limit, 1000);
    }

    #[test]
    fn apply_sorts_then_pages() {
        let p = Paging {
            offset: 1,
            limit: 2,
            asc: false,
        };
        let (page, total) = p.apply(vec![1, 5, 3, 4, 2], |n| *n);
        assert_eq!((page, total), (vec![4, 3], 5));
    }

    #[test]
    fn text_methods() {
        let m = |v: Value| TextMethod::parse(&Some(v)).unwrap();
        assert!(m(json!("TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE")).matches("Alice", "LIC"));
        assert!(!m(json!("TEXT_FILTER_METHOD_CONTAINS")).matches("Alice", "LIC"));
        assert!(m(json!(2)).matches("alice", "al"));
        assert!(m(json!("TEXT_QUERY_METHOD_ENDS_WITH")).matches("alice", "ce"));
        assert!(TextMethod::parse(&None).unwrap().matches("a", "a"));
        assert!(TextMethod::parse(&Some(json!("NOPE"))).is_err());
    }
}
