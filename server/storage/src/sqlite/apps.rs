//! [`AppRepo`] on SQLite.

use async_trait::async_trait;
use sqlx::{QueryBuilder, Sqlite};

use super::text::page_of;
use super::{SqliteDb, delete_by_id, missing_reference, one_row, write_err};
use crate::model::{App, ListQuery, Page};
use crate::repo::{AppRepo, StoreResult};
use crate::sql::{app_conflict, app_from_row, bind_app_fields};

#[async_trait]
impl AppRepo for SqliteDb {
    async fn create_app(&self, app: &App) -> StoreResult<()> {
        let insert = sqlx::query(
            "INSERT INTO apps (id, project_id, client_id, created_at, name, client_secret_digest,
                app_type, auth_method, redirect_uris, post_logout_redirect_uris, grant_types,
                access_token_type, dev_mode, id_token_role_assertion,
                access_token_role_assertion, state, changed_at, response_types)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        )
        .bind(&app.id)
        .bind(&app.project_id)
        .bind(&app.client_id)
        .bind(app.created_at);
        bind_app_fields(insert, app)
            .execute(&self.pool)
            .await
            .map_err(|e| {
                write_err(e, app_conflict(app), || {
                    format!("project '{}' does not exist", app.project_id)
                })
            })?;
        Ok(())
    }

    async fn get_app(&self, id: &str) -> StoreResult<Option<App>> {
        let row = sqlx::query("SELECT * FROM apps WHERE id = ?1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(app_from_row).transpose()
    }

    async fn get_app_by_client_id(&self, client_id: &str) -> StoreResult<Option<App>> {
        let row = sqlx::query("SELECT * FROM apps WHERE client_id = ?1")
            .bind(client_id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(app_from_row).transpose()
    }

    async fn update_app(&self, app: &App) -> StoreResult<()> {
        let update = sqlx::query(
            "UPDATE apps SET name = ?2, client_secret_digest = ?3, app_type = ?4,
                auth_method = ?5, redirect_uris = ?6, post_logout_redirect_uris = ?7,
                grant_types = ?8, access_token_type = ?9, dev_mode = ?10,
                id_token_role_assertion = ?11, access_token_role_assertion = ?12, state = ?13,
                changed_at = ?14, response_types = ?15
             WHERE id = ?1",
        )
        .bind(&app.id);
        let result = bind_app_fields(update, app)
            .execute(&self.pool)
            .await
            .map_err(|e| write_err(e, app_conflict(app), missing_reference))?;
        one_row(result)
    }

    async fn delete_app(&self, id: &str) -> StoreResult<()> {
        delete_by_id(&self.pool, "DELETE FROM apps WHERE id = ?1", id).await
    }

    async fn list_apps(&self, project_id: &str, q: ListQuery) -> StoreResult<Page<App>> {
        let filtered = |columns: &str| {
            let mut qb = QueryBuilder::<Sqlite>::new(format!(
                "SELECT {columns} FROM apps WHERE project_id = "
            ));
            qb.push_bind(project_id.to_owned());
            qb
        };
        page_of(self, filtered, &["created_at", "id"], q, app_from_row).await
    }
}
