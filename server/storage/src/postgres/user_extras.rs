//! The parts of [`crate::UserRepo`] that hang off a user: metadata, machine keys and
//! PATs (called by the trait impl in `users.rs`). Key ids are primary keys and PAT
//! digests unique, so of two concurrent inserts of one key or one digest one gets
//! `Conflict`; metadata upserts with `ON CONFLICT`, so concurrent sets of one key end
//! with one of the values, never an error.

use super::{PgDb, one_row};
use crate::model::{MachineKey, Pat, UserMetadata};
use crate::repo::StoreResult;
use crate::sql::{duplicate, write_err};
use crate::sql::{
    machine_key_from_row, machine_key_taken, pat_from_row, pat_taken, user_metadata_from_row,
    user_missing,
};

pub(super) async fn set_metadata(db: &PgDb, entry: &UserMetadata) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO user_metadata (user_id, key, value) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value",
    )
    .bind(&entry.user_id)
    .bind(&entry.key)
    .bind(&entry.value)
    .execute(&db.pool)
    .await
    .map_err(|e| write_err(e, duplicate, user_missing(&entry.user_id)))?;
    Ok(())
}

pub(super) async fn get_metadata(
    db: &PgDb,
    user_id: &str,
    key: &str,
) -> StoreResult<Option<UserMetadata>> {
    let row = sqlx::query("SELECT * FROM user_metadata WHERE user_id = $1 AND key = $2")
        .bind(user_id)
        .bind(key)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(user_metadata_from_row).transpose()
}

pub(super) async fn list_metadata(db: &PgDb, user_id: &str) -> StoreResult<Vec<UserMetadata>> {
    let rows =
        sqlx::query("SELECT * FROM user_metadata WHERE user_id = $1 ORDER BY key COLLATE \"C\"")
            .bind(user_id)
            .fetch_all(db.lagging())
            .await?;
    rows.iter().map(user_metadata_from_row).collect()
}

pub(super) async fn delete_metadata(db: &PgDb, user_id: &str, key: &str) -> StoreResult<()> {
    let result = sqlx::query("DELETE FROM user_metadata WHERE user_id = $1 AND key = $2")
        .bind(user_id)
        .bind(key)
        .execute(&db.pool)
        .await?;
    one_row(result)
}

pub(super) async fn add_machine_key(db: &PgDb, key: &MachineKey) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO machine_keys (id, user_id, public_key_pem, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&key.id)
    .bind(&key.user_id)
    .bind(&key.public_key_pem)
    .bind(key.expires_at)
    .bind(key.created_at)
    .execute(&db.pool)
    .await
    .map_err(|e| write_err(e, machine_key_taken(key), user_missing(&key.user_id)))?;
    Ok(())
}

pub(super) async fn get_machine_key(db: &PgDb, id: &str) -> StoreResult<Option<MachineKey>> {
    let row = sqlx::query("SELECT * FROM machine_keys WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(machine_key_from_row).transpose()
}

pub(super) async fn list_machine_keys(db: &PgDb, user_id: &str) -> StoreResult<Vec<MachineKey>> {
    let rows = sqlx::query("SELECT * FROM machine_keys WHERE user_id = $1 ORDER BY created_at, id")
        .bind(user_id)
        .fetch_all(db.lagging())
        .await?;
    rows.iter().map(machine_key_from_row).collect()
}

pub(super) async fn delete_machine_key(db: &PgDb, user_id: &str, id: &str) -> StoreResult<()> {
    let result = sqlx::query("DELETE FROM machine_keys WHERE user_id = $1 AND id = $2")
        .bind(user_id)
        .bind(id)
        .execute(&db.pool)
        .await?;
    one_row(result)
}

pub(super) async fn add_pat(db: &PgDb, pat: &Pat) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO pats (id, user_id, token_digest, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&pat.id)
    .bind(&pat.user_id)
    .bind(&pat.token_digest)
    .bind(pat.expires_at)
    .bind(pat.created_at)
    .execute(&db.pool)
    .await
    .map_err(|e| write_err(e, pat_taken(pat), user_missing(&pat.user_id)))?;
    Ok(())
}

pub(super) async fn find_pat_by_digest(db: &PgDb, digest: &str) -> StoreResult<Option<Pat>> {
    let row = sqlx::query("SELECT * FROM pats WHERE token_digest = $1")
        .bind(digest)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(pat_from_row).transpose()
}

pub(super) async fn list_pats(db: &PgDb, user_id: &str) -> StoreResult<Vec<Pat>> {
    let rows = sqlx::query("SELECT * FROM pats WHERE user_id = $1 ORDER BY created_at, id")
        .bind(user_id)
        .fetch_all(db.lagging())
        .await?;
    rows.iter().map(pat_from_row).collect()
}

pub(super) async fn delete_pat(db: &PgDb, user_id: &str, id: &str) -> StoreResult<()> {
    let result = sqlx::query("DELETE FROM pats WHERE user_id = $1 AND id = $2")
        .bind(user_id)
        .bind(id)
        .execute(&db.pool)
        .await?;
    one_row(result)
}
