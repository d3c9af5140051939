//! Persistence for the server: the identity model's records, repository traits over
//! them, and their sqlx implementations (SQLite and PostgreSQL, each with its own
//! migrations under `migrations/<backend>`), behind one [`Store`] handle, which
//! [`Store::open`] opens from a `sqlite://` or `postgres://` URL.
//!
//! Callers see only the records in [`model`] and the traits in [`repo`]; no sqlx,
//! SQLite or PostgreSQL type appears in a trait signature, so callers never name a
//! backend. No HTTP types live here, and this crate must not depend
//! on any other server crate.

pub mod audit_feed;
pub mod error;
pub mod id;
pub mod migrate;
pub mod model;
pub mod postgres;
pub mod repo;
mod sql;
pub mod sqlite;
mod store;

pub use audit_feed::AuditFeed;
pub use error::StorageError;
pub use id::new_id;
pub use model::*;
pub use repo::*;
pub use store::{DbUrl, Store};
