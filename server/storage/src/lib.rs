//! Persistence for the server: the identity model's records, repository traits over
//! them, and their sqlx implementations (SQLite now, PostgreSQL later, each with its
//! own migrations under `migrations/<backend>`), behind one [`Store`] handle.
//!
//! Callers see only the records in [`model`] and the traits in [`repo`]; no sqlx or
//! SQLite type appears in a trait signature, so a PostgreSQL backend can follow
//! without touching callers. No HTTP types live here, and this crate must not depend
//! on any other server crate.

pub mod error;
pub mod id;
pub mod model;
pub mod postgres;
pub mod repo;
mod sql;
pub mod sqlite;
mod store;

pub use error::StorageError;
pub use id::new_id;
pub use model::*;
pub use repo::*;
pub use store::Store;
