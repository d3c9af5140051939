//! Device authorizations (RFC 8628): every state change is one conditional UPDATE,
//! so concurrent approvals, denials, polls and token exchanges cannot interleave:
//! a waiting writer re-checks its WHERE clause on the row the first one committed.

use crate::model::DeviceCode;
use crate::postgres::{PgDb, one_row};
use crate::repo::StoreResult;
use crate::sql::{device_from_row, device_status_columns, duplicate, to_json, write_err};

pub(super) async fn insert(db: &PgDb, c: &DeviceCode) -> StoreResult<()> {
    let (status, user_id, auth_time, amr) = device_status_columns(&c.status);
    sqlx::query(
        "INSERT INTO device_codes (device_code_digest, user_code, client_id, scopes, expires_at,
            interval_secs, last_poll_at, status, user_id, auth_time, amr)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&c.device_code_digest)
    .bind(&c.user_code)
    .bind(&c.client_id)
    .bind(to_json(&c.scopes))
    .bind(c.expires_at)
    .bind(c.interval_secs)
    .bind(c.last_poll_at)
    .bind(status)
    .bind(user_id)
    .bind(auth_time)
    .bind(amr)
    .execute(&db.pool)
    .await
    .map_err(|e| {
        write_err(
            e,
            || "the user code or device code is already in use".to_owned(),
            || "the approving user does not exist".to_owned(),
        )
    })?;
    Ok(())
}

pub(super) async fn poll(db: &PgDb, digest: &str, now: i64) -> StoreResult<Option<DeviceCode>> {
    // SET expressions see the old row, so prev_poll_at receives the poll being
    // replaced, and RETURNING hands it back in the same statement.
    let row = sqlx::query(
        "UPDATE device_codes SET prev_poll_at = last_poll_at, last_poll_at = $2
         WHERE device_code_digest = $1
         RETURNING *",
    )
    .bind(digest)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| device_from_row(&r, "prev_poll_at")).transpose()
}

pub(super) async fn find_pending(
    db: &PgDb,
    user_code: &str,
    now: i64,
) -> StoreResult<Option<DeviceCode>> {
    let row = sqlx::query(
        "SELECT * FROM device_codes
         WHERE user_code = $1 AND status = 'pending' AND expires_at > $2",
    )
    .bind(user_code)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| device_from_row(&r, "last_poll_at")).transpose()
}

pub(super) async fn approve(
    db: &PgDb,
    user_code: &str,
    user_id: &str,
    auth_time: i64,
    amr: &[String],
    now: i64,
) -> StoreResult<()> {
    let result = sqlx::query(
        "UPDATE device_codes SET status = 'approved', user_id = $2, auth_time = $3, amr = $5
         WHERE user_code = $1 AND status = 'pending' AND expires_at > $4",
    )
    .bind(user_code)
    .bind(user_id)
    .bind(auth_time)
    .bind(now)
    .bind(to_json(amr))
    .execute(&db.pool)
    .await
    .map_err(|e| write_err(e, duplicate, || format!("user '{user_id}' does not exist")))?;
    one_row(result)
}

pub(super) async fn deny(db: &PgDb, user_code: &str, now: i64) -> StoreResult<()> {
    let result = sqlx::query(
        "UPDATE device_codes SET status = 'denied'
         WHERE user_code = $1 AND status = 'pending' AND expires_at > $2",
    )
    .bind(user_code)
    .bind(now)
    .execute(&db.pool)
    .await?;
    one_row(result)
}

pub(super) async fn consume(db: &PgDb, digest: &str) -> StoreResult<bool> {
    let result = sqlx::query(
        "UPDATE device_codes SET status = 'consumed'
         WHERE device_code_digest = $1 AND status = 'approved'",
    )
    .bind(digest)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected() == 1)
}
