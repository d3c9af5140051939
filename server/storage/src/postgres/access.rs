//! [`AuthorizationRepo`] on PostgreSQL (authorizations and the roles claims query);
//! administrators live in `admins.rs`. The unique key (user, project, org) makes
//! concurrent creates of one authorization give one row and `Conflict`s; a create
//! racing the deletion of its user, project, org or grant fails on the foreign key
//! with `MissingReference` instead of leaving an orphan.

use async_trait::async_trait;
use sqlx::{Postgres, QueryBuilder, Row};

use super::{PgDb, delete_by_id, one_row, page_of};
use crate::model::{Authorization, AuthorizationFilter, ListQuery, Page, RoleAssignment};
use crate::repo::{AuthorizationRepo, StoreResult};
use crate::sql::{authz_conflict, authz_from_row, authz_missing, to_json, write_err};

/// Appends the `WHERE` of an authorization list to `SELECT … FROM authorizations`:
/// each set field of `filter` narrows it.
fn push_authz_filter(qb: &mut QueryBuilder<Postgres>, filter: &AuthorizationFilter) {
    qb.push(" WHERE TRUE");
    for (column, value) in [
        ("user_id", &filter.user_id),
        ("project_id", &filter.project_id),
        ("org_id", &filter.org_id),
    ] {
        if let Some(value) = value {
            qb.push(format!(" AND {column} = "));
            qb.push_bind(value.clone());
        }
    }
}

/// One row per (authorization, role) that counts for the claims. $1 is the user,
/// $2 the project ids. A role counts when the project still defines it, and, for an
/// authorization made outside the owning org, when an active grant of the project to
/// that org includes it. Role lists are JSON text, as on SQLite.
const ROLES_SQL: &str = "
    SELECT a.project_id, r.value AS role_key, a.org_id, o.primary_domain
    FROM authorizations a
    CROSS JOIN LATERAL jsonb_array_elements_text(a.role_keys::jsonb) AS r (value)
    JOIN users u ON u.id = a.user_id
    JOIN orgs o ON o.id = a.org_id
    JOIN projects p ON p.id = a.project_id
    JOIN project_roles pr ON pr.project_id = a.project_id AND pr.key = r.value
    LEFT JOIN project_grants g ON g.id = a.project_grant_id
    WHERE a.user_id = $1
      AND a.project_id = ANY($2)
      AND a.state = 'active' AND u.state = 'active' AND o.state = 'active'
      AND p.state = 'active'
      AND ((a.project_grant_id IS NULL AND a.org_id = p.org_id)
        OR (g.state = 'active' AND g.project_id = a.project_id
            AND g.granted_org_id = a.org_id
            AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(g.role_keys::jsonb) AS gr (value)
                        WHERE gr.value = r.value)))
    ORDER BY a.project_id COLLATE \"C\", r.value COLLATE \"C\", a.org_id COLLATE \"C\"";

#[async_trait]
impl AuthorizationRepo for PgDb {
    async fn create_authorization(&self, a: &Authorization) -> StoreResult<()> {
        create_authorization_in(&self.pool, a).await
    }

    async fn get_authorization(&self, id: &str) -> StoreResult<Option<Authorization>> {
        let row = sqlx::query("SELECT * FROM authorizations WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(authz_from_row).transpose()
    }

    async fn update_authorization(&self, a: &Authorization) -> StoreResult<()> {
        update_authorization_in(&self.pool, a).await
    }

    async fn delete_authorization(&self, id: &str) -> StoreResult<()> {
        delete_authorization_in(&self.pool, id).await
    }

    async fn list_authorizations(
        &self,
        filter: &AuthorizationFilter,
        q: ListQuery,
    ) -> StoreResult<Page<Authorization>> {
        let filtered = |what: &str| {
            let mut qb =
                QueryBuilder::<Postgres>::new(format!("SELECT {what} FROM authorizations"));
            push_authz_filter(&mut qb, filter);
            qb
        };
        page_of(
            self.lagging(),
            filtered,
            &["created_at", "id"],
            q,
            authz_from_row,
        )
        .await
    }

    async fn roles_for_user(
        &self,
        user_id: &str,
        project_ids: &[String],
    ) -> StoreResult<Vec<RoleAssignment>> {
        if project_ids.is_empty() {
            return Ok(Vec::new());
        }
        // The primary: tokens are minted right after a role was granted or revoked.
        let rows = sqlx::query(ROLES_SQL)
            .bind(user_id)
            .bind(project_ids)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(RoleAssignment {
                    project_id: row.try_get("project_id")?,
                    role_key: row.try_get("role_key")?,
                    org_id: row.try_get("org_id")?,
                    org_primary_domain: row.try_get("primary_domain")?,
                })
            })
            .collect()
    }
}

/// The statement of `create_authorization`, on a pool or inside a transaction.
pub(crate) async fn create_authorization_in(
    db: impl sqlx::PgExecutor<'_>,
    a: &Authorization,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO authorizations (id, user_id, project_id, org_id, project_grant_id,
            role_keys, state, created_at, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&a.id)
    .bind(&a.user_id)
    .bind(&a.project_id)
    .bind(&a.org_id)
    .bind(&a.project_grant_id)
    .bind(to_json(&a.role_keys))
    .bind(a.state.as_str())
    .bind(a.created_at)
    .bind(a.changed_at)
    .execute(db)
    .await
    .map_err(|e| write_err(e, authz_conflict(a), authz_missing))?;
    Ok(())
}

/// The statement of `update_authorization`, on a pool or inside a transaction.
pub(crate) async fn update_authorization_in(
    db: impl sqlx::PgExecutor<'_>,
    a: &Authorization,
) -> StoreResult<()> {
    let result = sqlx::query(
        "UPDATE authorizations SET role_keys = $2, state = $3, changed_at = $4 WHERE id = $1",
    )
    .bind(&a.id)
    .bind(to_json(&a.role_keys))
    .bind(a.state.as_str())
    .bind(a.changed_at)
    .execute(db)
    .await?;
    one_row(result)
}

/// The statement of `delete_authorization`, on a pool or inside a transaction.
pub(crate) async fn delete_authorization_in(
    db: impl sqlx::PgExecutor<'_>,
    id: &str,
) -> StoreResult<()> {
    delete_by_id(db, "DELETE FROM authorizations WHERE id = $1", id).await
}
