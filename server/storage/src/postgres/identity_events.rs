//! [`IdentityEventRepo`](crate::repo::IdentityEventRepo) on PostgreSQL: the outbox
//! written in the transaction of the change it records.

use super::PgDb;

crate::sql::identity_event_repo!(
    PgDb,
    sqlx::PgConnection,
    ["$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8"]
);
