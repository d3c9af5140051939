//! [`OrgExtrasRepo`] on PostgreSQL: organization metadata, domains and own policies. Domains are
//! unique case-insensitively through the unique index on `lower(domain)` (SQLite:
//! `COLLATE NOCASE`), so of concurrent adds of one domain exactly one succeeds; the
//! multi-key metadata writes run in one transaction, so a concurrent delete that
//! removed one of the keys first rolls the whole delete back with `NotFound`.

use async_trait::async_trait;
use sqlx::{Postgres, QueryBuilder};

use super::{PgDb, one_row, page_of, push_all_text_matches};
use crate::model::{ListQuery, OrgDomain, OrgMetadata, OrgPolicy, Page, PolicyKind, TextMatch};
use crate::repo::{OrgExtrasRepo, StoreResult};
use crate::sql::{
    domain_taken, duplicate, org_domain_from_row, org_metadata_from_row, org_missing,
    org_policy_from_row, write_err,
};

/// `SELECT <what> FROM <table> WHERE org_id = $1` and a text filter on `column`.
fn of_org<'a>(
    table: &'a str,
    org_id: &'a str,
    column: &'a str,
    filters: &'a [TextMatch],
) -> impl Fn(&str) -> QueryBuilder<Postgres> + 'a {
    move |what: &str| {
        let mut qb = QueryBuilder::new(format!("SELECT {what} FROM {table} WHERE org_id = "));
        qb.push_bind(org_id.to_owned());
        push_all_text_matches(&mut qb, column, filters);
        qb
    }
}

#[async_trait]
impl OrgExtrasRepo for PgDb {
    async fn set_org_metadata(
        &self,
        org_id: &str,
        entries: &[(String, Vec<u8>)],
        now: i64,
    ) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        for (key, value) in entries {
            if value.is_empty() {
                sqlx::query("DELETE FROM org_metadata WHERE org_id = $1 AND key = $2")
                    .bind(org_id)
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
                continue;
            }
            // ON CONFLICT makes concurrent sets of one key an update, never an error.
            sqlx::query(
                "INSERT INTO org_metadata (org_id, key, value, created_at, changed_at)
                 VALUES ($1, $2, $3, $4, $4)
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
        let filtered = of_org("org_metadata", org_id, "key", key_filters);
        // Byte order, as SQLite's BINARY collation sorts.
        let order = ["key COLLATE \"C\""];
        page_of(self.lagging(), filtered, &order, q, org_metadata_from_row).await
    }

    async fn delete_org_metadata(&self, org_id: &str, keys: &[String]) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        for key in keys {
            let result = sqlx::query("DELETE FROM org_metadata WHERE org_id = $1 AND key = $2")
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
             VALUES ($1, $2, $3, $4, $5, $6)",
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
        let row = sqlx::query(
            "SELECT * FROM org_domains WHERE org_id = $1 AND lower(domain) = lower($2)",
        )
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
        let filtered = of_org("org_domains", org_id, "domain", domain_filters);
        // Case-insensitively by name, as SQLite's NOCASE column sorts.
        let order: &[&str] = if by_name {
            &["lower(domain) COLLATE \"C\""]
        } else {
            &["created_at", "lower(domain) COLLATE \"C\""]
        };
        page_of(self.lagging(), filtered, order, q, org_domain_from_row).await
    }

    async fn delete_org_domain(&self, org_id: &str, domain: &str) -> StoreResult<()> {
        let result = sqlx::query(
            "DELETE FROM org_domains
             WHERE org_id = $1 AND lower(domain) = lower($2) AND NOT is_primary",
        )
        .bind(org_id)
        .bind(domain)
        .execute(&self.pool)
        .await?;
        one_row(result)
    }

    async fn get_org_policy(
        &self,
        org_id: &str,
        kind: PolicyKind,
    ) -> StoreResult<Option<OrgPolicy>> {
        let row = sqlx::query("SELECT * FROM org_policies WHERE org_id = $1 AND kind = $2")
            .bind(org_id)
            .bind(kind.as_str())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(org_policy_from_row).transpose()
    }

    async fn set_org_policy(&self, p: &OrgPolicy) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO org_policies (org_id, kind, settings, changed_at) VALUES ($1, $2, $3, $4)
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
        let result = sqlx::query("DELETE FROM org_policies WHERE org_id = $1 AND kind = $2")
            .bind(org_id)
            .bind(kind.as_str())
            .execute(&self.pool)
            .await?;
        one_row(result)
    }
}
