//! [`ProjectRepo`] on SQLite: projects, roles and project grants.

use async_trait::async_trait;
use sqlx::{QueryBuilder, Sqlite};

use super::text::page_of;
use super::{SqliteDb, delete_by_id, missing_reference, one_row, to_json, write_err};
use crate::model::{ListQuery, Page, Project, ProjectGrant, ProjectRole};
use crate::repo::{ProjectRepo, StoreResult};
use crate::sql::{grant_from_row, project_conflict, project_from_row, role_from_row};

#[async_trait]
impl ProjectRepo for SqliteDb {
    async fn create_project(&self, p: &Project) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO projects (id, org_id, name, state, project_role_assertion,
                project_role_check, has_project_check, created_at, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .bind(&p.id)
        .bind(&p.org_id)
        .bind(&p.name)
        .bind(p.state.as_str())
        .bind(p.project_role_assertion)
        .bind(p.project_role_check)
        .bind(p.has_project_check)
        .bind(p.created_at)
        .bind(p.changed_at)
        .execute(&self.pool)
        .await
        .map_err(|e| {
            write_err(e, project_conflict(p), || {
                format!("organization '{}' does not exist", p.org_id)
            })
        })?;
        Ok(())
    }

    async fn get_project(&self, id: &str) -> StoreResult<Option<Project>> {
        let row = sqlx::query("SELECT * FROM projects WHERE id = ?1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(project_from_row).transpose()
    }

    async fn get_project_by_name(&self, org_id: &str, name: &str) -> StoreResult<Option<Project>> {
        let row = sqlx::query("SELECT * FROM projects WHERE org_id = ?1 AND name = ?2")
            .bind(org_id)
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(project_from_row).transpose()
    }

    async fn update_project(&self, p: &Project) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE projects SET name = ?2, state = ?3, project_role_assertion = ?4,
                project_role_check = ?5, has_project_check = ?6, changed_at = ?7
             WHERE id = ?1",
        )
        .bind(&p.id)
        .bind(&p.name)
        .bind(p.state.as_str())
        .bind(p.project_role_assertion)
        .bind(p.project_role_check)
        .bind(p.has_project_check)
        .bind(p.changed_at)
        .execute(&self.pool)
        .await
        .map_err(|e| write_err(e, project_conflict(p), missing_reference))?;
        one_row(result)
    }

    async fn delete_project(&self, id: &str) -> StoreResult<()> {
        delete_by_id(&self.pool, "DELETE FROM projects WHERE id = ?1", id).await
    }

    async fn list_projects(
        &self,
        org_id: Option<&str>,
        q: ListQuery,
    ) -> StoreResult<Page<Project>> {
        let filtered = |columns: &str| {
            let mut qb = QueryBuilder::<Sqlite>::new(format!("SELECT {columns} FROM projects"));
            if let Some(org_id) = org_id {
                qb.push(" WHERE org_id = ");
                qb.push_bind(org_id.to_owned());
            }
            qb
        };
        page_of(self, filtered, &["created_at", "id"], q, project_from_row).await
    }

    async fn add_role(&self, role: &ProjectRole) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO project_roles (project_id, key, display_name, role_group)
             VALUES (?1, ?2, ?3, ?4)",
        )
        .bind(&role.project_id)
        .bind(&role.key)
        .bind(&role.display_name)
        .bind(&role.group)
        .execute(&self.pool)
        .await
        .map_err(|e| {
            write_err(
                e,
                || format!("role '{}' already exists on the project", role.key),
                || format!("project '{}' does not exist", role.project_id),
            )
        })?;
        Ok(())
    }

    async fn update_role(&self, role: &ProjectRole) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE project_roles SET display_name = ?3, role_group = ?4
             WHERE project_id = ?1 AND key = ?2",
        )
        .bind(&role.project_id)
        .bind(&role.key)
        .bind(&role.display_name)
        .bind(&role.group)
        .execute(&self.pool)
        .await?;
        one_row(result)
    }

    async fn delete_role(&self, project_id: &str, key: &str) -> StoreResult<()> {
        // The key leaves grants and authorizations in the same transaction, so no
        // reader sees a grant handing out a role that no longer exists.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let result = sqlx::query("DELETE FROM project_roles WHERE project_id = ?1 AND key = ?2")
            .bind(project_id)
            .bind(key)
            .execute(&mut *tx)
            .await?;
        one_row(result)?;
        for table in [
            "UPDATE project_grants SET role_keys = (SELECT json_group_array(value)
                FROM json_each(role_keys) WHERE value != ?2) WHERE project_id = ?1",
            "UPDATE authorizations SET role_keys = (SELECT json_group_array(value)
                FROM json_each(role_keys) WHERE value != ?2) WHERE project_id = ?1",
        ] {
            sqlx::query(table)
                .bind(project_id)
                .bind(key)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn list_roles(&self, project_id: &str) -> StoreResult<Vec<ProjectRole>> {
        let rows = sqlx::query("SELECT * FROM project_roles WHERE project_id = ?1 ORDER BY key")
            .bind(project_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(role_from_row).collect()
    }

    async fn create_grant(&self, g: &ProjectGrant) -> StoreResult<()> {
        create_grant_in(&self.pool, g).await
    }

    async fn get_grant(&self, id: &str) -> StoreResult<Option<ProjectGrant>> {
        let row = sqlx::query("SELECT * FROM project_grants WHERE id = ?1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(grant_from_row).transpose()
    }

    async fn update_grant(&self, g: &ProjectGrant) -> StoreResult<()> {
        update_grant_in(&self.pool, g).await
    }

    async fn delete_grant(&self, id: &str) -> StoreResult<()> {
        delete_grant_in(&self.pool, id).await
    }

    async fn list_grants(
        &self,
        project_id: Option<&str>,
        granted_org_id: Option<&str>,
        q: ListQuery,
    ) -> StoreResult<Page<ProjectGrant>> {
        let filtered = |columns: &str| {
            let mut qb = QueryBuilder::<Sqlite>::new(format!(
                "SELECT {columns} FROM project_grants WHERE TRUE"
            ));
            if let Some(project_id) = project_id {
                qb.push(" AND project_id = ");
                qb.push_bind(project_id.to_owned());
            }
            if let Some(org_id) = granted_org_id {
                qb.push(" AND granted_org_id = ");
                qb.push_bind(org_id.to_owned());
            }
            qb
        };
        page_of(self, filtered, &["created_at", "id"], q, grant_from_row).await
    }
}

/// The statement of `create_grant`, on a pool or inside a transaction.
pub(crate) async fn create_grant_in(
    db: impl sqlx::SqliteExecutor<'_>,
    g: &ProjectGrant,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO project_grants (id, project_id, granted_org_id, role_keys, state,
            created_at, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .bind(&g.id)
    .bind(&g.project_id)
    .bind(&g.granted_org_id)
    .bind(to_json(&g.role_keys))
    .bind(g.state.as_str())
    .bind(g.created_at)
    .bind(g.changed_at)
    .execute(db)
    .await
    .map_err(|e| {
        write_err(
            e,
            || {
                format!(
                    "the project is already granted to organization '{}'",
                    g.granted_org_id
                )
            },
            || {
                format!(
                    "project '{}' or organization '{}' does not exist",
                    g.project_id, g.granted_org_id
                )
            },
        )
    })?;
    Ok(())
}

/// The statement of `update_grant`, on a pool or inside a transaction.
pub(crate) async fn update_grant_in(
    db: impl sqlx::SqliteExecutor<'_>,
    g: &ProjectGrant,
) -> StoreResult<()> {
    let result = sqlx::query(
        "UPDATE project_grants SET role_keys = ?2, state = ?3, changed_at = ?4 WHERE id = ?1",
    )
    .bind(&g.id)
    .bind(to_json(&g.role_keys))
    .bind(g.state.as_str())
    .bind(g.changed_at)
    .execute(db)
    .await?;
    one_row(result)
}

/// The statement of `delete_grant`, on a pool or inside a transaction.
pub(crate) async fn delete_grant_in(
    db: impl sqlx::SqliteExecutor<'_>,
    id: &str,
) -> StoreResult<()> {
    delete_by_id(db, "DELETE FROM project_grants WHERE id = ?1", id).await
}
