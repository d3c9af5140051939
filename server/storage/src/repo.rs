//! Repository traits: what callers may ask of storage. Signatures use only the
//! records of [`crate::model`], plain Rust types and [`StorageError`], so each
//! backend implements them without leaking its types.
//!
//! Conventions: `get_*` returns `Ok(None)` when absent; `update_*` and `delete_*`
//! return [`StorageError::NotFound`] when there is nothing to change; writes that
//! break a uniqueness rule return [`StorageError::Conflict`] and store nothing.

mod access;
mod directory;
mod identity_events;
mod oidc;
mod org_extras;
mod project;
mod second_factor;
mod user;
mod ws_audit;
mod ws_calendars;
mod ws_docs;
mod ws_drive;
mod ws_drive_gc;
mod ws_sharing;

pub use access::*;
pub use directory::*;
pub use identity_events::*;
pub use oidc::*;
pub use org_extras::*;
pub use project::*;
pub use second_factor::*;
pub use user::*;
pub use ws_audit::*;
pub use ws_calendars::*;
pub use ws_docs::*;
pub use ws_drive::*;
pub use ws_drive_gc::*;
pub use ws_sharing::*;

use crate::StorageError;

/// Result of every repository call.
pub type StoreResult<T> = Result<T, StorageError>;
