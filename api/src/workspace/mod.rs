//! Wire types of the workspace API (`/api/v1`), one file per module. Lists are
//! [`ListPage`]s; ids are strings; times are RFC 3339 UTC strings.

pub mod audit;
pub mod calendar;
pub mod docs;
pub mod drive;
pub mod me;
pub mod sharing;

use serde::{Deserialize, Serialize};

/// One page of a list: `{ "items": [...], "next_page_token": "..." }`; the token is
/// absent on the last page. Ask for the next page with `?page_token=`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct ListPage<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Pass as `page_token` to get the next page; `None` on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
