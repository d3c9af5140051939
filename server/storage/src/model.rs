//! The records of the identity model: plain data, no behaviour beyond naming their
//! enum values. Timestamps are unix seconds. Digests are what the identity module
//! stores instead of a secret (it hashes; this crate never sees a secret).

mod directory;
mod identity_event;
mod oidc;
mod org_extras;
mod project;
mod second_factor;
mod user;
mod ws_audit;
mod ws_calendars;
mod ws_docs;
mod ws_drive;
mod ws_sharing;

pub use directory::*;
pub use identity_event::*;
pub use oidc::*;
pub use org_extras::*;
pub use project::*;
pub use second_factor::*;
pub use user::*;
pub use ws_audit::*;
pub use ws_calendars::*;
pub use ws_docs::*;
pub use ws_drive::*;
pub use ws_sharing::*;

use serde::Serialize;

/// Declares a fieldless enum stored as a lower-case name, with `as_str` and `parse`.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// The name stored in the database.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
            /// Reads a stored name back; `None` for a name this version does not know.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some(Self::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use text_enum;

text_enum! {
    /// Whether an organization, project, grant, authorization or app is in use.
    State {
        /// In use.
        Active = "active",
        /// Switched off; kept but ignored by logins and claims.
        Inactive = "inactive",
    }
}

/// Paging of a list call: `offset` items skipped, at most `limit` returned, sorted by
/// creation time (oldest first when `asc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListQuery {
    /// Items to skip.
    pub offset: u64,
    /// Most items to return; 0 means the default of 100, and more than 1000 is capped.
    pub limit: u64,
    /// Oldest first when true, newest first otherwise.
    pub asc: bool,
}

impl Default for ListQuery {
    fn default() -> Self {
        Self {
            offset: 0,
            limit: 100,
            asc: true,
        }
    }
}

impl ListQuery {
    /// The limit actually applied: 0 becomes 100, and nothing above 1000.
    pub fn effective_limit(&self) -> u64 {
        match self.limit {
            0 => 100,
            n => n.min(1000),
        }
    }
}

/// One page of a list and the number of items matching without paging.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// How many items match the filter in total.
    pub total: u64,
}
