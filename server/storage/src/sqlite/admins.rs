//! [`AdminRepo`] on SQLite. A resource is stored as a type name, an id ('' for the
//! instance) and, for project grants, the project id.

use async_trait::async_trait;
use sqlx::{QueryBuilder, Sqlite};

use super::text::page_of;
use super::{SqliteDb, one_row, to_json, write_err};
use crate::model::{AdminResource, Administrator, ListQuery, Page};
use crate::repo::{AdminRepo, StoreResult};
use crate::sql::{admin_columns, admin_conflict, admin_from_row};

#[async_trait]
impl AdminRepo for SqliteDb {
    async fn add_admin(&self, admin: &Administrator, now: i64) -> StoreResult<()> {
        let (kind, id, project) = admin_columns(&admin.resource);
        sqlx::query(
            "INSERT INTO administrators (user_id, resource_type, resource_id, project_id, roles,
                created_at, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )
        .bind(&admin.user_id)
        .bind(kind)
        .bind(id)
        .bind(project)
        .bind(to_json(&admin.roles))
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(|e| {
            write_err(e, admin_conflict(admin), || {
                format!("user '{}' does not exist", admin.user_id)
            })
        })?;
        Ok(())
    }

    async fn update_admin(&self, admin: &Administrator, now: i64) -> StoreResult<()> {
        let (kind, id, _) = admin_columns(&admin.resource);
        let result = sqlx::query(
            "UPDATE administrators SET roles = ?4, changed_at = ?5
             WHERE user_id = ?1 AND resource_type = ?2 AND resource_id = ?3",
        )
        .bind(&admin.user_id)
        .bind(kind)
        .bind(id)
        .bind(to_json(&admin.roles))
        .bind(now)
        .execute(&self.pool)
        .await?;
        one_row(result)
    }

    async fn remove_admin(&self, user_id: &str, resource: &AdminResource) -> StoreResult<()> {
        let (kind, id, _) = admin_columns(resource);
        let result = sqlx::query(
            "DELETE FROM administrators WHERE user_id = ?1 AND resource_type = ?2 AND resource_id = ?3",
        )
        .bind(user_id)
        .bind(kind)
        .bind(id)
        .execute(&self.pool)
        .await?;
        one_row(result)
    }

    async fn list_admins(
        &self,
        resource: &AdminResource,
        q: ListQuery,
    ) -> StoreResult<Page<Administrator>> {
        let (kind, id, _) = admin_columns(resource);
        let filtered = |what: &str| {
            let mut qb = QueryBuilder::<Sqlite>::new(format!(
                "SELECT {what} FROM administrators WHERE resource_type = "
            ));
            qb.push_bind(kind);
            qb.push(" AND resource_id = ");
            qb.push_bind(id.to_owned());
            qb
        };
        // The key has no `id` column, so the tie-break is the user id.
        page_of(
            self,
            filtered,
            &["created_at", "user_id"],
            q,
            admin_from_row,
        )
        .await
    }

    async fn admin_roles_for_user(&self, user_id: &str) -> StoreResult<Vec<Administrator>> {
        let rows = sqlx::query(
            "SELECT * FROM administrators WHERE user_id = ?1
             ORDER BY resource_type, resource_id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(admin_from_row).collect()
    }
}
