//! Authorization codes: insert and single-use consumption.

use sqlx::Row;

use crate::model::{AuthCode, ConsumeCodeOutcome};
use crate::postgres::PgDb;
use crate::repo::StoreResult;
use crate::sql::{code_from_row, to_json, write_err};

pub(super) async fn insert(db: &PgDb, c: &AuthCode) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO auth_codes (code_digest, client_id, user_id, session_id, redirect_uri,
            scopes, nonce, code_challenge, code_challenge_method, auth_time, amr, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(&c.code_digest)
    .bind(&c.client_id)
    .bind(&c.user_id)
    .bind(&c.session_id)
    .bind(&c.redirect_uri)
    .bind(to_json(&c.scopes))
    .bind(&c.nonce)
    .bind(&c.code_challenge)
    .bind(&c.code_challenge_method)
    .bind(c.auth_time)
    .bind(to_json(&c.amr))
    .bind(c.expires_at)
    .execute(&db.pool)
    .await
    .map_err(|e| {
        write_err(
            e,
            || "authorization code already exists".to_owned(),
            || format!("user '{}' does not exist", c.user_id),
        )
    })?;
    Ok(())
}

pub(super) async fn consume(db: &PgDb, digest: &str, now: i64) -> StoreResult<ConsumeCodeOutcome> {
    // One conditional UPDATE decides the winner: a concurrent consumer waits for the
    // row lock and then re-checks the WHERE clause on the committed row, which has
    // `used_at` set, so it matches nothing.
    let won = sqlx::query(
        "UPDATE auth_codes SET used_at = $2
         WHERE code_digest = $1 AND used_at IS NULL AND expires_at > $2
         RETURNING *",
    )
    .bind(digest)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    if let Some(row) = won {
        return code_from_row(&row).map(ConsumeCodeOutcome::Consumed);
    }
    // Lost or refused: say why. A used code stays used, so this read is stable.
    let row = sqlx::query("SELECT * FROM auth_codes WHERE code_digest = $1")
        .bind(digest)
        .fetch_optional(&db.pool)
        .await?;
    let Some(row) = row else {
        return Ok(ConsumeCodeOutcome::NotFound);
    };
    let used_at: Option<i64> = row.try_get("used_at")?;
    if used_at.is_some() {
        code_from_row(&row).map(ConsumeCodeOutcome::AlreadyUsed)
    } else {
        Ok(ConsumeCodeOutcome::Expired)
    }
}

pub(super) async fn find_pending(
    db: &PgDb,
    digest: &str,
    now: i64,
) -> StoreResult<Option<AuthCode>> {
    let row = sqlx::query(
        "SELECT * FROM auth_codes
         WHERE code_digest = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(digest)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(code_from_row).transpose()
}
