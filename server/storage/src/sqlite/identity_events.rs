//! [`IdentityEventRepo`](crate::repo::IdentityEventRepo) on SQLite: the outbox
//! written in the transaction of the change it records.

use super::SqliteDb;

crate::sql::identity_event_repo!(
    SqliteDb,
    sqlx::SqliteConnection,
    ["?1", "?2", "?3", "?4", "?5", "?6", "?7", "?8"]
);
