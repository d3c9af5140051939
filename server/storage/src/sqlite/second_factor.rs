//! [`SecondFactorRepo`] on SQLite: TOTP authenticators, recovery codes, login
//! challenges.

use async_trait::async_trait;

use super::{SqliteDb, one_row, to_json, write_err};
use crate::StorageError;
use crate::model::{LoginChallenge, RecoveryCode, TotpFactor, UserState};
use crate::repo::{SecondFactorRepo, StoreResult};
use crate::sql::{challenge_from_row, recovery_code_from_row, totp_from_row, user_missing};

#[async_trait]
impl SecondFactorRepo for SqliteDb {
    async fn register_totp(&self, user_id: &str, secret_sealed: &str, now: i64) -> StoreResult<()> {
        // Replaces only an unverified row: with a verified one the upsert's WHERE
        // matches nothing and no row comes back.
        let stored: Option<String> = sqlx::query_scalar(
            "INSERT INTO user_totp (user_id, secret_sealed, created_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (user_id) DO UPDATE
             SET secret_sealed = excluded.secret_sealed, created_at = excluded.created_at,
                 last_step = 0, failures = 0
             WHERE user_totp.verified_at IS NULL
             RETURNING user_id",
        )
        .bind(user_id)
        .bind(secret_sealed)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| write_err(e, String::new, user_missing(user_id)))?;
        match stored {
            Some(_) => Ok(()),
            None => Err(StorageError::Conflict(format!(
                "user '{user_id}' has a verified TOTP authenticator"
            ))),
        }
    }

    async fn get_totp(&self, user_id: &str) -> StoreResult<Option<TotpFactor>> {
        let row = sqlx::query("SELECT * FROM user_totp WHERE user_id = ?1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(totp_from_row).transpose()
    }

    async fn verify_totp(&self, user_id: &str, step: i64, now: i64) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE user_totp SET verified_at = ?2, last_step = ?3, failures = 0
             WHERE user_id = ?1 AND verified_at IS NULL",
        )
        .bind(user_id)
        .bind(now)
        .bind(step)
        .execute(&self.pool)
        .await?;
        one_row(result)
    }

    async fn accept_totp_step(&self, user_id: &str, step: i64) -> StoreResult<bool> {
        let result = sqlx::query(
            "UPDATE user_totp SET last_step = ?2, failures = 0
             WHERE user_id = ?1 AND last_step < ?2",
        )
        .bind(user_id)
        .bind(step)
        .execute(&self.pool)
        .await?;
        Ok(result.rows_affected() == 1)
    }

    async fn record_totp_failure(
        &self,
        user_id: &str,
        max_attempts: u32,
        now: i64,
    ) -> StoreResult<bool> {
        let mut tx = self.pool.begin().await?;
        let failures: Option<i64> = sqlx::query_scalar(
            "UPDATE user_totp SET failures = failures + 1 WHERE user_id = ?1 RETURNING failures",
        )
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
        if max_attempts > 0 && failures.is_some_and(|f| f >= i64::from(max_attempts)) {
            sqlx::query(
                "UPDATE users SET state = ?2, changed_at = ?4 WHERE id = ?1 AND state = ?3",
            )
            .bind(user_id)
            .bind(UserState::Locked.as_str())
            .bind(UserState::Active.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        let state: Option<String> = sqlx::query_scalar("SELECT state FROM users WHERE id = ?1")
            .bind(user_id)
            .fetch_optional(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(state.as_deref() == Some(UserState::Locked.as_str()))
    }

    async fn clear_totp_failures(&self, user_id: &str) -> StoreResult<()> {
        sqlx::query("UPDATE user_totp SET failures = 0 WHERE user_id = ?1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn remove_totp(&self, user_id: &str) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        let result = sqlx::query("DELETE FROM user_totp WHERE user_id = ?1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        one_row(result)?;
        sqlx::query("DELETE FROM user_recovery_codes WHERE user_id = ?1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn replace_recovery_codes(
        &self,
        user_id: &str,
        hashes: &[String],
        now: i64,
    ) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM user_recovery_codes WHERE user_id = ?1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        for (position, hash) in (0_i64..).zip(hashes) {
            sqlx::query(
                "INSERT INTO user_recovery_codes (user_id, position, code_hash, created_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )
            .bind(user_id)
            .bind(position)
            .bind(hash)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_err(e, String::new, user_missing(user_id)))?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn unused_recovery_codes(&self, user_id: &str) -> StoreResult<Vec<RecoveryCode>> {
        let rows = sqlx::query(
            "SELECT * FROM user_recovery_codes WHERE user_id = ?1 AND used_at IS NULL
             ORDER BY position",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(recovery_code_from_row).collect()
    }

    async fn spend_recovery_code(
        &self,
        user_id: &str,
        position: i64,
        now: i64,
    ) -> StoreResult<bool> {
        let result = sqlx::query(
            "UPDATE user_recovery_codes SET used_at = ?3
             WHERE user_id = ?1 AND position = ?2 AND used_at IS NULL",
        )
        .bind(user_id)
        .bind(position)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(result.rows_affected() == 1)
    }

    async fn create_login_challenge(&self, c: &LoginChallenge, now: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO login_challenges (id, user_id, amr, expires_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .bind(&c.id)
        .bind(&c.user_id)
        .bind(to_json(&c.amr))
        .bind(c.expires_at)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(|e| {
            write_err(
                e,
                || "login challenge id already exists".to_owned(),
                user_missing(&c.user_id),
            )
        })?;
        Ok(())
    }

    async fn get_login_challenge(&self, id: &str) -> StoreResult<Option<LoginChallenge>> {
        let row = sqlx::query("SELECT * FROM login_challenges WHERE id = ?1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(challenge_from_row).transpose()
    }

    async fn take_login_challenge(&self, id: &str) -> StoreResult<bool> {
        let result = sqlx::query("DELETE FROM login_challenges WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected() == 1)
    }

    async fn purge_expired_login_challenges(&self, now: i64) -> StoreResult<u64> {
        let result = sqlx::query("DELETE FROM login_challenges WHERE expires_at < ?1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected())
    }
}
