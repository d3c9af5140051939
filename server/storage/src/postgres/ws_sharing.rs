//! [`WsSharingRepo`] on PostgreSQL.

use async_trait::async_trait;
use sqlx::Row;
use sqlx::postgres::PgRow;

use super::{PgDb, one_row};
use crate::model::{GranteeType, ShareRecord, WsMember};
use crate::repo::{StoreResult, WsSharingRepo};
use crate::sql::parse_enum;

fn share_from_row(row: &PgRow) -> StoreResult<ShareRecord> {
    Ok(ShareRecord {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        resource_kind: row.try_get("resource_kind")?,
        resource_id: row.try_get("resource_id")?,
        grantee_type: parse_enum(
            row.try_get("grantee_type")?,
            "grantee type",
            GranteeType::parse,
        )?,
        grantee_id: row.try_get("grantee_id")?,
        grantee_org: row.try_get("grantee_org")?,
        role: row.try_get("role")?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
    })
}

fn shares(rows: &[PgRow]) -> StoreResult<Vec<ShareRecord>> {
    rows.iter().map(share_from_row).collect()
}

#[async_trait]
impl WsSharingRepo for PgDb {
    async fn put_share(&self, s: &ShareRecord) -> StoreResult<ShareRecord> {
        // One upsert on the grantee's unique key: two concurrent shares to one grantee
        // end as one entry (the second waits on the first's row and updates it).
        let row = sqlx::query(
            "INSERT INTO ws_acl (id, org_id, resource_kind, resource_id, grantee_type,
                 grantee_id, grantee_org, role, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
             ON CONFLICT (resource_kind, resource_id, grantee_type, grantee_id)
             DO UPDATE SET role = excluded.role, created_by = excluded.created_by,
                 created_at = excluded.created_at
             RETURNING *",
        )
        .bind(&s.id)
        .bind(&s.org_id)
        .bind(&s.resource_kind)
        .bind(&s.resource_id)
        .bind(s.grantee_type.as_str())
        .bind(&s.grantee_id)
        .bind(&s.grantee_org)
        .bind(&s.role)
        .bind(&s.created_by)
        .bind(s.created_at)
        .fetch_one(&self.pool)
        .await?;
        share_from_row(&row)
    }

    async fn get_share(&self, id: &str) -> StoreResult<Option<ShareRecord>> {
        let row = sqlx::query("SELECT * FROM ws_acl WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(share_from_row).transpose()
    }

    async fn delete_share(&self, id: &str) -> StoreResult<()> {
        let r = sqlx::query("DELETE FROM ws_acl WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        one_row(r)
    }

    async fn shares_of(&self, kind: &str, resource_id: &str) -> StoreResult<Vec<ShareRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM ws_acl WHERE resource_kind = $1 AND resource_id = $2
             ORDER BY created_at, id",
        )
        .bind(kind)
        .bind(resource_id)
        .fetch_all(&self.pool)
        .await?;
        shares(&rows)
    }

    async fn delete_shares_of(&self, kind: &str, resource_id: &str) -> StoreResult<u64> {
        let r = sqlx::query("DELETE FROM ws_acl WHERE resource_kind = $1 AND resource_id = $2")
            .bind(kind)
            .bind(resource_id)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected())
    }

    async fn shares_for(
        &self,
        kind: &str,
        resource_id: &str,
        user_id: &str,
        org_id: &str,
    ) -> StoreResult<Vec<ShareRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM ws_acl WHERE resource_kind = $1 AND resource_id = $2
               AND ((grantee_type = 'user' AND grantee_id = $3)
                 OR (grantee_type = 'org' AND grantee_id = $4))",
        )
        .bind(kind)
        .bind(resource_id)
        .bind(user_id)
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?;
        shares(&rows)
    }

    async fn shared_with(
        &self,
        kind: &str,
        user_id: &str,
        org_id: &str,
    ) -> StoreResult<Vec<ShareRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM ws_acl WHERE resource_kind = $1
               AND ((grantee_type = 'user' AND grantee_id = $2)
                 OR (grantee_type = 'org' AND grantee_id = $3))
             ORDER BY created_at, id",
        )
        .bind(kind)
        .bind(user_id)
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?;
        shares(&rows)
    }

    async fn link_share(
        &self,
        kind: &str,
        resource_id: &str,
        link_id: &str,
    ) -> StoreResult<Option<ShareRecord>> {
        let row = sqlx::query(
            "SELECT * FROM ws_acl WHERE resource_kind = $1 AND resource_id = $2
               AND grantee_type = 'link' AND grantee_id = $3",
        )
        .bind(kind)
        .bind(resource_id)
        .bind(link_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(share_from_row).transpose()
    }

    async fn add_member(&self, m: &WsMember) -> StoreResult<bool> {
        let r = sqlx::query(
            "INSERT INTO ws_provisioned (user_id, org_id, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (user_id) DO NOTHING",
        )
        .bind(&m.user_id)
        .bind(&m.org_id)
        .bind(m.created_at)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    async fn get_member(&self, user_id: &str) -> StoreResult<Option<WsMember>> {
        let row = sqlx::query("SELECT * FROM ws_provisioned WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(WsMember {
                user_id: r.try_get("user_id")?,
                org_id: r.try_get("org_id")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .transpose()
    }

    async fn org_has_members(&self, org_id: &str) -> StoreResult<bool> {
        let row = sqlx::query("SELECT EXISTS (SELECT 1 FROM ws_provisioned WHERE org_id = $1)")
            .bind(org_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get::<bool, _>(0)?)
    }
}
