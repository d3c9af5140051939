//! [`WsAuditRepo`] on PostgreSQL.

use async_trait::async_trait;
use sqlx::Row;
use sqlx::postgres::{PgPool, PgRow};

use super::PgDb;
use crate::audit_feed::CHANNEL;
use crate::model::{AuditFilter, AuditRecord, ListQuery};
use crate::repo::{StoreResult, WsAuditRepo};
use crate::sql::contains_pattern;

/// The advisory lock key that serialises audit appends (any constant unique to this
/// purpose in the database).
const APPEND_LOCK: i64 = 0x0077_7361_7564_6974; // "wsaudit" in ASCII

fn audit_from_row(row: &PgRow) -> StoreResult<AuditRecord> {
    Ok(AuditRecord {
        seq: row.try_get("seq")?,
        org_id: row.try_get("org_id")?,
        actor: row.try_get("actor")?,
        action: row.try_get("action")?,
        target: row.try_get("target")?,
        outcome: row.try_get("outcome")?,
        request_id: row.try_get("request_id")?,
        detail: row.try_get("detail")?,
        at_ms: row.try_get("at_ms")?,
    })
}

/// `action` as a prefix pattern (`docs.` → `docs.%`) or an exact match.
fn action_pattern(action: &str) -> String {
    if action.ends_with('.') {
        // contains_pattern escapes LIKE wildcards; drop its leading '%' for a prefix.
        contains_pattern(action)[1..].to_owned()
    } else {
        action
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    }
}

#[async_trait]
impl WsAuditRepo for PgDb {
    async fn append_audit(&self, r: &AuditRecord) -> StoreResult<i64> {
        let mut tx = self.pool.begin().await?;
        // Serialise appends so they commit in seq order: a follower that has read up
        // to N never later finds a smaller seq committing behind it.
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(APPEND_LOCK)
            .execute(&mut *tx)
            .await?;
        let row = sqlx::query(
            "INSERT INTO ws_audit (org_id, actor, action, target, outcome, request_id,
                 detail, at_ms)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING seq",
        )
        .bind(&r.org_id)
        .bind(&r.actor)
        .bind(&r.action)
        .bind(&r.target)
        .bind(&r.outcome)
        .bind(&r.request_id)
        .bind(&r.detail)
        .bind(r.at_ms)
        .fetch_one(&mut *tx)
        .await?;
        let seq: i64 = row.try_get(0)?;
        // Delivered to every listener when (and only if) the transaction commits.
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(CHANNEL)
            .bind(seq.to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(seq)
    }

    async fn list_audit(&self, f: &AuditFilter) -> StoreResult<Vec<AuditRecord>> {
        list_on(self.lagging(), f).await
    }

    async fn list_audit_committed(&self, f: &AuditFilter) -> StoreResult<Vec<AuditRecord>> {
        list_on(&self.pool, f).await
    }

    async fn last_audit_seq(&self) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COALESCE(MAX(seq), 0)::BIGINT FROM ws_audit")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get(0)?)
    }
}

/// Entries matching `f` on `pool`.
async fn list_on(pool: &PgPool, f: &AuditFilter) -> StoreResult<Vec<AuditRecord>> {
    let limit = ListQuery {
        limit: f.limit,
        ..ListQuery::default()
    }
    .effective_limit();
    // NULL parameters switch a condition off, so the SQL stays static.
    let rows = sqlx::query(
        "SELECT * FROM ws_audit
             WHERE ($1 IS NULL OR org_id = $1)
               AND ($2 IS NULL OR actor = $2)
               AND ($3 IS NULL OR action LIKE $3 ESCAPE '\\')
               AND ($4 IS NULL OR target = $4)
               AND ($5 IS NULL OR at_ms >= $5)
               AND ($6 IS NULL OR at_ms < $6)
               AND ($7 IS NULL OR seq > $7)
             ORDER BY seq LIMIT $8",
    )
    .bind(&f.org_id)
    .bind(&f.actor)
    .bind(f.action.as_deref().map(action_pattern))
    .bind(&f.target)
    .bind(f.since_ms)
    .bind(f.until_ms)
    .bind(f.after_seq)
    .bind(i64::try_from(limit).unwrap_or(1000))
    .fetch_all(pool)
    .await?;
    rows.iter().map(audit_from_row).collect()
}
