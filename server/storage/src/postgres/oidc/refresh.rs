//! Refresh tokens: rotation with reuse detection in one transaction.

use crate::model::{NewRefreshToken, RefreshToken, RotateOutcome};
use crate::postgres::PgDb;
use crate::repo::StoreResult;
use crate::sql::{missing_reference, to_json, token_conflict, token_from_row, write_err};

const INSERT_SQL: &str = "INSERT INTO refresh_tokens (id, token_digest, family_id, client_id,
        user_id, scopes, auth_time, amr, expires_at, rotated_at, revoked, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";

pub(super) async fn insert(db: &PgDb, t: &RefreshToken) -> StoreResult<()> {
    sqlx::query(INSERT_SQL)
        .bind(&t.id)
        .bind(&t.token_digest)
        .bind(&t.family_id)
        .bind(&t.client_id)
        .bind(&t.user_id)
        .bind(to_json(&t.scopes))
        .bind(t.auth_time)
        .bind(to_json(&t.amr))
        .bind(t.expires_at)
        .bind(t.rotated_at)
        .bind(t.revoked)
        .bind(t.created_at)
        .execute(&db.pool)
        .await
        .map_err(|e| {
            write_err(e, token_conflict, || {
                format!("user '{}' does not exist", t.user_id)
            })
        })?;
    Ok(())
}

pub(super) async fn find(db: &PgDb, digest: &str) -> StoreResult<Option<RefreshToken>> {
    let row = sqlx::query("SELECT * FROM refresh_tokens WHERE token_digest = $1")
        .bind(digest)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(token_from_row).transpose()
}

pub(super) async fn rotate(
    db: &PgDb,
    old_digest: &str,
    client_id: &str,
    new: &NewRefreshToken,
    now: i64,
) -> StoreResult<RotateOutcome> {
    // FOR UPDATE locks the presented token, so two rotations of it serialize: the
    // second waits, then reads the committed row with `rotated_at` set (READ COMMITTED
    // re-reads a row it waited for) and is treated as reuse.
    let mut tx = db.pool.begin().await?;
    let row = sqlx::query("SELECT * FROM refresh_tokens WHERE token_digest = $1 FOR UPDATE")
        .bind(old_digest)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(old) = row.as_ref().map(token_from_row).transpose()? else {
        return Ok(RotateOutcome::NotFound);
    };
    if old.client_id != client_id {
        return Ok(RotateOutcome::WrongClient);
    }
    if old.revoked {
        return Ok(RotateOutcome::Revoked);
    }
    if old.rotated_at.is_some() {
        sqlx::query("UPDATE refresh_tokens SET revoked = TRUE WHERE family_id = $1")
            .bind(&old.family_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        return Ok(RotateOutcome::Reused {
            family_id: old.family_id,
        });
    }
    if old.expires_at <= now {
        return Ok(RotateOutcome::Expired);
    }
    sqlx::query("UPDATE refresh_tokens SET rotated_at = $2 WHERE id = $1")
        .bind(&old.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query(INSERT_SQL)
        .bind(&new.id)
        .bind(&new.token_digest)
        .bind(&old.family_id)
        .bind(&old.client_id)
        .bind(&old.user_id)
        .bind(to_json(&new.scopes))
        .bind(old.auth_time)
        .bind(to_json(&old.amr))
        .bind(new.expires_at)
        .bind(None::<i64>)
        .bind(false)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| write_err(e, token_conflict, missing_reference))?;
    tx.commit().await?;
    Ok(RotateOutcome::Rotated(old))
}

pub(super) async fn revoke_family(db: &PgDb, family_id: &str) -> StoreResult<u64> {
    let result = sqlx::query(
        "UPDATE refresh_tokens SET revoked = TRUE WHERE family_id = $1 AND revoked = FALSE",
    )
    .bind(family_id)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected())
}

pub(super) async fn revoke_by_digest(db: &PgDb, digest: &str) -> StoreResult<bool> {
    let result = sqlx::query("UPDATE refresh_tokens SET revoked = TRUE WHERE token_digest = $1")
        .bind(digest)
        .execute(&db.pool)
        .await?;
    Ok(result.rows_affected() == 1)
}

pub(super) async fn revoke_for_user(db: &PgDb, user_id: &str) -> StoreResult<u64> {
    let result = sqlx::query(
        "UPDATE refresh_tokens SET revoked = TRUE WHERE user_id = $1 AND revoked = FALSE",
    )
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected())
}
