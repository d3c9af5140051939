//! [`IdentityEventRepo`](crate::repo::IdentityEventRepo) for both backends: the same
//! transaction logic over each backend's statements (which differ only in their
//! placeholders), so the outbox behaves identically on SQLite and PostgreSQL.

/// Implements `IdentityEventRepo` for `$db`, whose backend module (the parent of the
/// invoking module) provides the `*_in` statement functions; `$p` maps a 1-based
/// placeholder number to the backend's SQL text.
macro_rules! identity_event_repo {
    ($db:ty, $conn:ty, [$p1:literal, $p2:literal, $p3:literal, $p4:literal, $p5:literal,
        $p6:literal, $p7:literal, $p8:literal]) => {
        use async_trait::async_trait;

        use $crate::model::{IdentityChange, IdentityEvent, StoredEvent};
        use $crate::repo::{IdentityEventRepo, StoreResult};
        use $crate::sql::{event_from_row, event_limit};

        /// Runs the write an event records, on the event's transaction.
        async fn run_change(conn: &mut $conn, change: IdentityChange<'_>) -> StoreResult<()> {
            use super::{access, directory, oidc, projects, users};
            match change {
                IdentityChange::None => Ok(()),
                IdentityChange::CreateUser(u) => users::create_user_in(conn, u).await,
                IdentityChange::UpdateUser(u) => users::update_user_in(conn, u).await,
                IdentityChange::SetUserState { id, state, now } => {
                    users::set_user_state_in(conn, id, state, now).await
                }
                IdentityChange::SetPasswordHash {
                    id,
                    hash,
                    change_required,
                    now,
                } => users::set_password_hash_in(conn, id, hash, change_required, now).await,
                IdentityChange::DeleteUser(id) => users::delete_user_in(conn, id).await,
                IdentityChange::CreateOrg(o) => directory::create_org_in(conn, o).await,
                IdentityChange::SetOrgState { id, state, now } => {
                    directory::set_org_state_in(conn, id, state, now).await
                }
                IdentityChange::DeleteOrg(id) => directory::delete_org_in(conn, id).await,
                IdentityChange::CreateAuthorization(a) => {
                    access::create_authorization_in(conn, a).await
                }
                IdentityChange::UpdateAuthorization(a) => {
                    access::update_authorization_in(conn, a).await
                }
                IdentityChange::DeleteAuthorization(id) => {
                    access::delete_authorization_in(conn, id).await
                }
                IdentityChange::CreateGrant(g) => projects::create_grant_in(conn, g).await,
                IdentityChange::UpdateGrant(g) => projects::update_grant_in(conn, g).await,
                IdentityChange::DeleteGrant(id) => projects::delete_grant_in(conn, id).await,
                IdentityChange::CreateSession(s) => oidc::sessions::create_in(conn, s).await,
            }
        }

        #[async_trait]
        impl IdentityEventRepo for $db {
            async fn apply(
                &self,
                change: IdentityChange<'_>,
                event: &IdentityEvent,
            ) -> StoreResult<i64> {
                let mut tx = self.pool.begin().await?;
                run_change(&mut tx, change).await?;
                let seq: i64 = sqlx::query_scalar(concat!(
                    "INSERT INTO identity_events (id, event_type, actor, org_id, target_kind,
                        target_id, detail, at_ms) VALUES (",
                    $p1,
                    ", ",
                    $p2,
                    ", ",
                    $p3,
                    ", ",
                    $p4,
                    ", ",
                    $p5,
                    ", ",
                    $p6,
                    ", ",
                    $p7,
                    ", ",
                    $p8,
                    ") RETURNING seq"
                ))
                .bind(&event.id)
                .bind(&event.event_type)
                .bind(&event.actor)
                .bind(&event.org_id)
                .bind(&event.target_kind)
                .bind(&event.target_id)
                .bind(&event.detail)
                .bind(event.at_ms)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| {
                    $crate::sql::write_err(
                        e,
                        || format!("event '{}' already exists", event.id),
                        $crate::sql::missing_reference,
                    )
                })?;
                tx.commit().await?;
                Ok(seq)
            }

            async fn list_events(
                &self,
                after_seq: i64,
                limit: u64,
            ) -> StoreResult<Vec<StoredEvent>> {
                let rows = sqlx::query(concat!(
                    "SELECT * FROM identity_events WHERE seq > ",
                    $p1,
                    " ORDER BY seq LIMIT ",
                    $p2
                ))
                .bind(after_seq)
                .bind(event_limit(limit))
                .fetch_all(&self.pool)
                .await?;
                rows.iter().map(event_from_row).collect()
            }

            async fn mark_applied(
                &self,
                consumer: &str,
                event_id: &str,
                now_ms: i64,
            ) -> StoreResult<bool> {
                let result = sqlx::query(concat!(
                    "INSERT INTO identity_event_deliveries (consumer, event_id, applied_ms)
                     VALUES (",
                    $p1,
                    ", ",
                    $p2,
                    ", ",
                    $p3,
                    ") ON CONFLICT (consumer, event_id) DO NOTHING"
                ))
                .bind(consumer)
                .bind(event_id)
                .bind(now_ms)
                .execute(&self.pool)
                .await
                .map_err(|e| {
                    $crate::sql::write_err(e, String::new, || {
                        format!("event '{event_id}' does not exist")
                    })
                })?;
                Ok(result.rows_affected() == 1)
            }

            async fn was_applied(&self, consumer: &str, event_id: &str) -> StoreResult<bool> {
                let found: Option<i64> = sqlx::query_scalar(concat!(
                    "SELECT applied_ms FROM identity_event_deliveries WHERE consumer = ",
                    $p1,
                    " AND event_id = ",
                    $p2
                ))
                .bind(consumer)
                .bind(event_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(found.is_some())
            }
        }
    };
}

pub(crate) use identity_event_repo;

use super::columns::Columns;
use crate::model::{IdentityEvent, StoredEvent};
use crate::repo::StoreResult;

/// The most events one [`list_events`](crate::IdentityEventRepo::list_events) returns.
const MAX_EVENTS: u64 = 1000;

/// The row limit of an event list: `limit` capped at [`MAX_EVENTS`], 0 meaning 100.
pub(crate) fn event_limit(limit: u64) -> i64 {
    let limit = if limit == 0 {
        100
    } else {
        limit.min(MAX_EVENTS)
    };
    i64::try_from(limit).unwrap_or(100)
}

/// An `identity_events` row of either backend.
pub(crate) fn event_from_row(row: &impl Columns) -> StoreResult<StoredEvent> {
    Ok(StoredEvent {
        seq: row.int("seq")?,
        event: IdentityEvent {
            id: row.text("id")?,
            event_type: row.text("event_type")?,
            actor: row.text("actor")?,
            org_id: row.text("org_id")?,
            target_kind: row.text("target_kind")?,
            target_id: row.text("target_id")?,
            detail: row.opt_text("detail")?,
            at_ms: row.int("at_ms")?,
        },
    })
}
