//! Browser sessions, revoked access tokens and the purge of expired flow state.

use crate::model::Session;
use crate::postgres::PgDb;
use crate::repo::StoreResult;
use crate::sql::{session_from_row, to_json, write_err};

pub(super) async fn create(db: &PgDb, s: &Session) -> StoreResult<()> {
    create_in(&db.pool, s).await
}

/// The insert of [`create`], on a pool or inside a transaction.
pub(crate) async fn create_in(db: impl sqlx::PgExecutor<'_>, s: &Session) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO sessions (id, user_id, auth_time, amr, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $3)",
    )
    .bind(&s.id)
    .bind(&s.user_id)
    .bind(s.auth_time)
    .bind(to_json(&s.amr))
    .bind(s.expires_at)
    .execute(db)
    .await
    .map_err(|e| {
        write_err(
            e,
            || "session id already exists".to_owned(),
            || format!("user '{}' does not exist", s.user_id),
        )
    })?;
    Ok(())
}

pub(super) async fn get(db: &PgDb, id: &str) -> StoreResult<Option<Session>> {
    let row = sqlx::query("SELECT * FROM sessions WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(session_from_row).transpose()
}

pub(super) async fn delete(db: &PgDb, id: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM sessions WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub(super) async fn delete_for_user(db: &PgDb, user_id: &str) -> StoreResult<u64> {
    let result = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(result.rows_affected())
}

pub(super) async fn revoke_access_token(db: &PgDb, jti: &str, expires_at: i64) -> StoreResult<()> {
    // Revoking twice is not an error (RFC 7009 answers 200 either way).
    sqlx::query(
        "INSERT INTO revoked_access_tokens (jti, expires_at) VALUES ($1, $2)
         ON CONFLICT (jti) DO NOTHING",
    )
    .bind(jti)
    .bind(expires_at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub(super) async fn is_access_token_revoked(db: &PgDb, jti: &str) -> StoreResult<bool> {
    let revoked: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM revoked_access_tokens WHERE jti = $1)")
            .bind(jti)
            .fetch_one(&db.pool)
            .await?;
    Ok(revoked)
}

pub(super) async fn purge_expired(db: &PgDb, now: i64) -> StoreResult<u64> {
    let mut tx = db.pool.begin().await?;
    let mut purged = 0;
    for sql in [
        "DELETE FROM sessions WHERE expires_at < $1",
        "DELETE FROM auth_codes WHERE expires_at < $1",
        "DELETE FROM device_codes WHERE expires_at < $1",
        "DELETE FROM refresh_tokens WHERE expires_at < $1",
        "DELETE FROM revoked_access_tokens WHERE expires_at < $1",
    ] {
        purged += sqlx::query(sql)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    }
    tx.commit().await?;
    Ok(purged)
}
