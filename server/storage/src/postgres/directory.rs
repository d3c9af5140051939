//! [`InstanceRepo`] and [`OrgRepo`] on PostgreSQL.

use async_trait::async_trait;
use sqlx::postgres::PgRow;
use sqlx::{Postgres, QueryBuilder, Row};

use super::{PgDb, delete_by_id, one_row, page_of, set_state_by_id};
use crate::model::{Instance, ListQuery, Org, Page, State};
use crate::repo::{InstanceRepo, OrgRepo, StoreResult};
use crate::sql::{missing_reference, parse_enum, write_err};

fn org_from_row(row: &PgRow) -> StoreResult<Org> {
    Ok(Org {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        primary_domain: row.try_get("primary_domain")?,
        state: parse_enum(row.try_get("state")?, "org state", State::parse)?,
        created_at: row.try_get("created_at")?,
        changed_at: row.try_get("changed_at")?,
    })
}

fn org_conflict(org: &Org) -> impl FnOnce() -> String + '_ {
    move || {
        format!(
            "organization name '{}' or domain '{}' already exists",
            org.name, org.primary_domain
        )
    }
}

#[async_trait]
impl InstanceRepo for PgDb {
    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn close(&self) {
        self.pool.close().await;
        self.replica.close().await;
    }

    async fn get_instance(&self) -> StoreResult<Option<Instance>> {
        let row = sqlx::query("SELECT id, name, domain, created_at FROM instances LIMIT 1")
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(Instance {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                domain: r.try_get("domain")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .transpose()
    }

    async fn create_instance(&self, instance: &Instance) -> StoreResult<()> {
        // The unique index `instances_single` admits one row, even to concurrent inserts.
        sqlx::query("INSERT INTO instances (id, name, domain, created_at) VALUES ($1, $2, $3, $4)")
            .bind(&instance.id)
            .bind(&instance.name)
            .bind(&instance.domain)
            .bind(instance.created_at)
            .execute(&self.pool)
            .await
            .map_err(|e| {
                write_err(
                    e,
                    || "the instance exists already".to_owned(),
                    missing_reference,
                )
            })?;
        Ok(())
    }
}

#[async_trait]
impl OrgRepo for PgDb {
    async fn create_org(&self, org: &Org) -> StoreResult<()> {
        create_org_in(&self.pool, org).await
    }

    async fn get_org(&self, id: &str) -> StoreResult<Option<Org>> {
        let row = sqlx::query("SELECT * FROM orgs WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(org_from_row).transpose()
    }

    async fn get_org_by_name(&self, name: &str) -> StoreResult<Option<Org>> {
        let row = sqlx::query("SELECT * FROM orgs WHERE lower(name) = lower($1)")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(org_from_row).transpose()
    }

    async fn get_org_by_domain(&self, domain: &str) -> StoreResult<Option<Org>> {
        let row = sqlx::query("SELECT * FROM orgs WHERE lower(primary_domain) = lower($1)")
            .bind(domain)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(org_from_row).transpose()
    }

    async fn update_org(&self, org: &Org) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE orgs SET name = $2, primary_domain = $3, state = $4, changed_at = $5
             WHERE id = $1",
        )
        .bind(&org.id)
        .bind(&org.name)
        .bind(&org.primary_domain)
        .bind(org.state.as_str())
        .bind(org.changed_at)
        .execute(&self.pool)
        .await
        .map_err(|e| write_err(e, org_conflict(org), missing_reference))?;
        one_row(result)
    }

    async fn set_org_state(&self, id: &str, state: State, now: i64) -> StoreResult<()> {
        set_org_state_in(&self.pool, id, state, now).await
    }

    async fn delete_org(&self, id: &str) -> StoreResult<()> {
        delete_org_in(&self.pool, id).await
    }

    async fn list_orgs(&self, name_contains: Option<&str>, q: ListQuery) -> StoreResult<Page<Org>> {
        let filtered = |columns: &str| {
            let mut qb = QueryBuilder::<Postgres>::new(format!("SELECT {columns} FROM orgs"));
            if let Some(needle) = name_contains {
                // Case-insensitive, as SQLite's LIKE is for ASCII.
                qb.push(" WHERE strpos(lower(name), ");
                qb.push_bind(needle.to_lowercase());
                qb.push(") > 0");
            }
            qb
        };
        page_of(
            self.lagging(),
            filtered,
            &["created_at", "id"],
            q,
            org_from_row,
        )
        .await
    }
}

/// The statement of `create_org`, on a pool or inside a transaction.
pub(crate) async fn create_org_in(db: impl sqlx::PgExecutor<'_>, org: &Org) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO orgs (id, name, primary_domain, state, created_at, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&org.id)
    .bind(&org.name)
    .bind(&org.primary_domain)
    .bind(org.state.as_str())
    .bind(org.created_at)
    .bind(org.changed_at)
    .execute(db)
    .await
    .map_err(|e| write_err(e, org_conflict(org), missing_reference))?;
    Ok(())
}

/// The statement of `set_org_state`, on a pool or inside a transaction.
pub(crate) async fn set_org_state_in(
    db: impl sqlx::PgExecutor<'_>,
    id: &str,
    state: State,
    now: i64,
) -> StoreResult<()> {
    set_state_by_id(
        db,
        "UPDATE orgs SET state = $2, changed_at = $3 WHERE id = $1",
        id,
        state.as_str(),
        now,
    )
    .await
}

/// The statement of `delete_org`, on a pool or inside a transaction.
pub(crate) async fn delete_org_in(db: impl sqlx::PgExecutor<'_>, id: &str) -> StoreResult<()> {
    delete_by_id(db, "DELETE FROM orgs WHERE id = $1", id).await
}
