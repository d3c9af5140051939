//! [`OrgExtrasRepo`] on SQLite: organization metadata, domains and own policies.

use async_trait::async_trait;
use sqlx::QueryBuilder;

use super::text::{page_of, push_all_text_matches};
use super::{SqliteDb, duplicate, one_row, write_err};
use crate::StorageError;
use crate::model::{ListQuery, OrgDomain, OrgMetadata, OrgPolicy, Page, PolicyKind, TextMatch};
use crate::repo::{OrgExtrasRepo, StoreResult};
use crate::sql::{
    domain_taken, org_domain_from_row, org_metadata_from_row, org_missing, org_policy_from_row,
};

#[async_trait]
impl OrgExtrasRepo for SqliteDb {
    async fn set_org_metadata(
        &self,
        org_id: &str,
        entries: &[(String, Vec<u8>)],
        now: i64,
    ) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        for (key, value) in entries {
            if value.is_empty() {
                sqlx::query("DELETE FROM org_metadata WHERE org_id = ?1 AND key = ?2")
                    .bind(org_id)
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
                continue;
            }
            sqlx::query(
                "INSERT INTO org_metadata (org_id, key, value, created_at, changed_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)
                 ON CONFLICT (org_id, key) DO UPDATE
                 SET value = excluded.value, changed_at = excluded.changed_at",
            )
            .bind(org_id)
            .bind(key)
            .bind(value)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(|e| write_err(e, duplicate, org_missing(org_id)))?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn list_org_metadata(
        &self,
        org_id: &str,
        key_filters: &[TextMatch],
        q: ListQuery,
    ) -> StoreResult<Page<OrgMetadata>> {
        let filtered = |what: &str| {
            let mut qb =
                QueryBuilder::new(format!("SELECT {what} FROM org_metadata WHERE org_id = "));
            qb.push_bind(org_id.to_owned());
            push_all_text_matches(&mut qb, "key", key_filters);
            qb
        };
        page_of(self, filtered, &["key"], q, org_metadata_from_row).await
    }

    async fn delete_org_metadata(&self, org_id: &str, keys: &[String]) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        for key in keys {
            let result = sqlx::query("DELETE FROM org_metadata WHERE org_id = ?1 AND key = ?2")
                .bind(org_id)
                .bind(key)
                .execute(&mut *tx)
                .await?;
            // Dropping the transaction rolls back the keys removed before this one.
            one_row(result)?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn add_org_domain(&self, d: &OrgDomain) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO org_domains
             (domain, org_id, is_primary, is_verified, validation_type, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .bind(&d.domain)
        .bind(&d.org_id)
        .bind(d.is_primary)
        .bind(d.is_verified)
        .bind(d.validation.as_str())
        .bind(d.created_at)
        .execute(&self.pool)
        .await
        .map_err(|e| write_err(e, domain_taken(d), org_missing(&d.org_id)))?;
        Ok(())
    }

    async fn get_org_domain(&self, org_id: &str, domain: &str) -> StoreResult<Option<OrgDomain>> {
        let row = sqlx::query("SELECT * FROM org_domains WHERE org_id = ?1 AND domain = ?2")
            .bind(org_id)
            .bind(domain)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(org_domain_from_row).transpose()
    }

    async fn list_org_domains(
        &self,
        org_id: &str,
        domain_filters: &[TextMatch],
        by_name: bool,
        q: ListQuery,
    ) -> StoreResult<Page<OrgDomain>> {
        let filtered = |what: &str| {
            let mut qb =
                QueryBuilder::new(format!("SELECT {what} FROM org_domains WHERE org_id = "));
            qb.push_bind(org_id.to_owned());
            push_all_text_matches(&mut qb, "domain", domain_filters);
            qb
        };
        let order: &[&str] = if by_name {
            &["domain"]
        } else {
            &["created_at", "domain"]
        };
        page_of(self, filtered, order, q, org_domain_from_row).await
    }

    async fn delete_org_domain(&self, org_id: &str, domain: &str) -> StoreResult<()> {
        let result = sqlx::query(
            "DELETE FROM org_domains WHERE org_id = ?1 AND domain = ?2 AND is_primary = 0",
        )
        .bind(org_id)
        .bind(domain)
        .execute(&self.pool)
        .await
        .map_err(StorageError::from)?;
        one_row(result)
    }

    async fn get_org_policy(
        &self,
        org_id: &str,
        kind: PolicyKind,
    ) -> StoreResult<Option<OrgPolicy>> {
        let row = sqlx::query("SELECT * FROM org_policies WHERE org_id = ?1 AND kind = ?2")
            .bind(org_id)
            .bind(kind.as_str())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(org_policy_from_row).transpose()
    }

    async fn set_org_policy(&self, p: &OrgPolicy) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO org_policies (org_id, kind, settings, changed_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (org_id, kind) DO UPDATE
             SET settings = excluded.settings, changed_at = excluded.changed_at",
        )
        .bind(&p.org_id)
        .bind(p.kind.as_str())
        .bind(&p.settings)
        .bind(p.changed_at)
        .execute(&self.pool)
        .await
        .map_err(|e| write_err(e, duplicate, org_missing(&p.org_id)))?;
        Ok(())
    }

    async fn delete_org_policy(&self, org_id: &str, kind: PolicyKind) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM org_policies WHERE org_id = ?1 AND kind = ?2")
            .bind(org_id)
            .bind(kind.as_str())
            .execute(&self.pool)
            .await?;
        one_row(result)
    }
}
