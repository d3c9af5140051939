//! [`SigningKeyRepo`] on SQLite.

use async_trait::async_trait;
use sqlx::Row;

use super::{SqliteDb, missing_reference, write_err};
use crate::model::SigningKey;
use crate::repo::{SigningKeyRepo, StoreResult};

#[async_trait]
impl SigningKeyRepo for SqliteDb {
    async fn list_signing_keys(&self) -> StoreResult<Vec<SigningKey>> {
        let rows = sqlx::query("SELECT * FROM signing_keys ORDER BY created_at, id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(SigningKey {
                    id: row.try_get("id")?,
                    algorithm: row.try_get("algorithm")?,
                    private_key: row.try_get("private_key_pem")?,
                    created_at: row.try_get("created_at")?,
                    signs_until: row.try_get("signs_until")?,
                    publish_until: row.try_get("publish_until")?,
                })
            })
            .collect()
    }

    async fn insert_signing_key(&self, key: &SigningKey) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO signing_keys (id, algorithm, private_key_pem, created_at, signs_until,
                publish_until)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .bind(&key.id)
        .bind(&key.algorithm)
        .bind(&key.private_key)
        .bind(key.created_at)
        .bind(key.signs_until)
        .bind(key.publish_until)
        .execute(&self.pool)
        .await
        .map_err(|e| {
            write_err(
                e,
                || format!("signing key '{}' already exists", key.id),
                missing_reference,
            )
        })?;
        Ok(())
    }

    async fn replace_signing_key_material(
        &self,
        id: &str,
        expected: &str,
        new: &str,
    ) -> StoreResult<bool> {
        let result = sqlx::query(
            "UPDATE signing_keys SET private_key_pem = ?1 WHERE id = ?2 AND private_key_pem = ?3",
        )
        .bind(new)
        .bind(id)
        .bind(expected)
        .execute(&self.pool)
        .await?;
        Ok(result.rows_affected() == 1)
    }

    async fn delete_expired_signing_keys(&self, now: i64) -> StoreResult<u64> {
        let result = sqlx::query("DELETE FROM signing_keys WHERE publish_until < ?1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected())
    }
}
