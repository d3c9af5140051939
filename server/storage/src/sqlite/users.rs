//! [`UserRepo`] on SQLite: users; metadata, keys and PATs live in `user_extras`.

use async_trait::async_trait;
use sqlx::{QueryBuilder, Sqlite};

use super::text::page_of;
use super::{
    SqliteDb, contains_pattern, delete_by_id, missing_reference, one_row, set_state_by_id, to_json,
    write_err,
};
use crate::model::{
    ListQuery, MachineKey, Page, Pat, User, UserFilter, UserMetadata, UserSearch, UserState,
};
use crate::repo::{StoreResult, UserRepo};
use crate::sql::{bind_user_fields, user_from_row, username_taken};

/// Appends the `WHERE` of a user list to `SELECT … FROM users`: each set field of
/// `filter` narrows it; the search text matches user name, email, display name or
/// machine name literally (LIKE wildcards escaped).
fn push_user_filter(qb: &mut QueryBuilder<Sqlite>, filter: &UserFilter) {
    qb.push(" WHERE 1");
    if let Some(org_id) = &filter.org_id {
        qb.push(" AND org_id = ");
        qb.push_bind(org_id.clone());
    }
    if let Some(human) = filter.human {
        qb.push(" AND kind = ");
        qb.push_bind(if human { "human" } else { "machine" });
    }
    if let Some(search) = &filter.search {
        let pattern = contains_pattern(search);
        qb.push(" AND (");
        let mut any = qb.separated(" OR ");
        for column in ["username", "email", "display_name", "machine_name"] {
            any.push(format!("{column} LIKE "));
            any.push_bind_unseparated(pattern.clone());
            any.push_unseparated(" ESCAPE '\\'");
        }
        qb.push(")");
    }
    if let Some(state) = filter.state {
        qb.push(" AND state = ");
        qb.push_bind(state.as_str());
    }
    if let Some(ids) = &filter.ids {
        qb.push(" AND id IN (SELECT value FROM json_each(");
        qb.push_bind(to_json(ids));
        qb.push("))");
    }
}

impl SqliteDb {
    async fn user_where(&self, sql: &'static str, value: &str) -> StoreResult<Option<User>> {
        let row = sqlx::query(sql)
            .bind(value)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(user_from_row).transpose()
    }

    /// The single human with this email; none when zero or several share it.
    async fn user_by_unique_email(&self, email: &str) -> StoreResult<Option<User>> {
        let rows = sqlx::query("SELECT * FROM users WHERE kind = 'human' AND email = ?1 LIMIT 2")
            .bind(email)
            .fetch_all(&self.pool)
            .await?;
        match rows.as_slice() {
            [one] => user_from_row(one).map(Some),
            _ => Ok(None),
        }
    }
}

#[async_trait]
impl UserRepo for SqliteDb {
    async fn create_user(&self, user: &User) -> StoreResult<()> {
        create_user_in(&self.pool, user).await
    }

    async fn get_user(&self, id: &str) -> StoreResult<Option<User>> {
        self.user_where("SELECT * FROM users WHERE id = ?1", id)
            .await
    }

    async fn find_user_by_login(&self, login: &str) -> StoreResult<Option<User>> {
        if login.trim().is_empty() {
            return Ok(None);
        }
        if let Some(user) = self
            .user_where("SELECT * FROM users WHERE username = ?1", login)
            .await?
        {
            return Ok(Some(user));
        }
        // A login name: `username@primary-domain` of the user's org.
        if let Some((name, domain)) = login.rsplit_once('@') {
            let row = sqlx::query(
                "SELECT u.* FROM users u JOIN orgs o ON o.id = u.org_id
                 WHERE u.username = ?1 AND o.primary_domain = ?2",
            )
            .bind(name)
            .bind(domain)
            .fetch_optional(&self.pool)
            .await?;
            if let Some(row) = row {
                return user_from_row(&row).map(Some);
            }
        }
        self.user_by_unique_email(login).await
    }

    async fn find_machine_by_username(&self, username: &str) -> StoreResult<Option<User>> {
        self.user_where(
            "SELECT * FROM users WHERE kind = 'machine' AND username = ?1",
            username,
        )
        .await
    }

    async fn update_user(&self, user: &User) -> StoreResult<()> {
        update_user_in(&self.pool, user).await
    }

    async fn set_user_state(&self, id: &str, state: UserState, now: i64) -> StoreResult<()> {
        set_user_state_in(&self.pool, id, state, now).await
    }

    async fn record_password_failure(
        &self,
        id: &str,
        max_attempts: u32,
        now: i64,
    ) -> StoreResult<bool> {
        // One statement, so concurrent failures cannot both stop short of the limit.
        let state: Option<String> = sqlx::query_scalar(
            "UPDATE users SET password_failures = password_failures + 1,
                 state = CASE WHEN ?2 > 0 AND state = ?3 AND password_failures + 1 >= ?2
                              THEN ?4 ELSE state END,
                 changed_at = CASE WHEN ?2 > 0 AND state = ?3 AND password_failures + 1 >= ?2
                              THEN ?5 ELSE changed_at END
             WHERE id = ?1
             RETURNING state",
        )
        .bind(id)
        .bind(i64::from(max_attempts))
        .bind(UserState::Active.as_str())
        .bind(UserState::Locked.as_str())
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(state.as_deref() == Some(UserState::Locked.as_str()))
    }

    async fn clear_password_failures(&self, id: &str) -> StoreResult<()> {
        sqlx::query("UPDATE users SET password_failures = 0 WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn set_password_hash(
        &self,
        id: &str,
        hash: Option<&str>,
        change_required: bool,
        now: i64,
    ) -> StoreResult<()> {
        set_password_hash_in(&self.pool, id, hash, change_required, now).await
    }

    async fn set_machine_secret(
        &self,
        id: &str,
        digest: Option<&str>,
        now: i64,
    ) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE users SET secret_digest = ?2, changed_at = ?3 WHERE id = ?1 AND kind = 'machine'",
        )
        .bind(id)
        .bind(digest)
        .bind(now)
        .execute(&self.pool)
        .await?;
        one_row(result)
    }

    async fn delete_user(&self, id: &str) -> StoreResult<()> {
        delete_user_in(&self.pool, id).await
    }

    async fn list_users(&self, filter: &UserFilter, q: ListQuery) -> StoreResult<Page<User>> {
        let filtered = |columns: &str| {
            let mut qb = QueryBuilder::<Sqlite>::new(format!("SELECT {columns} FROM users"));
            push_user_filter(&mut qb, filter);
            qb
        };
        page_of(self, filtered, &["created_at", "id"], q, user_from_row).await
    }

    async fn set_metadata(&self, entry: &UserMetadata) -> StoreResult<()> {
        super::user_extras::set_metadata(self, entry).await
    }
    async fn search_users(&self, search: &UserSearch, q: ListQuery) -> StoreResult<Page<User>> {
        super::user_search::search_users(self, search, q, user_from_row).await
    }
    async fn get_metadata(&self, user_id: &str, key: &str) -> StoreResult<Option<UserMetadata>> {
        super::user_extras::get_metadata(self, user_id, key).await
    }
    async fn list_metadata(&self, user_id: &str) -> StoreResult<Vec<UserMetadata>> {
        super::user_extras::list_metadata(self, user_id).await
    }
    async fn delete_metadata(&self, user_id: &str, key: &str) -> StoreResult<()> {
        super::user_extras::delete_metadata(self, user_id, key).await
    }
    async fn add_machine_key(&self, key: &MachineKey) -> StoreResult<()> {
        super::user_extras::add_machine_key(self, key).await
    }
    async fn get_machine_key(&self, id: &str) -> StoreResult<Option<MachineKey>> {
        super::user_extras::get_machine_key(self, id).await
    }
    async fn list_machine_keys(&self, user_id: &str) -> StoreResult<Vec<MachineKey>> {
        super::user_extras::list_machine_keys(self, user_id).await
    }
    async fn delete_machine_key(&self, user_id: &str, id: &str) -> StoreResult<()> {
        super::user_extras::delete_machine_key(self, user_id, id).await
    }
    async fn add_pat(&self, pat: &Pat) -> StoreResult<()> {
        super::user_extras::add_pat(self, pat).await
    }
    async fn find_pat_by_digest(&self, token_digest: &str) -> StoreResult<Option<Pat>> {
        super::user_extras::find_pat_by_digest(self, token_digest).await
    }
    async fn list_pats(&self, user_id: &str) -> StoreResult<Vec<Pat>> {
        super::user_extras::list_pats(self, user_id).await
    }
    async fn delete_pat(&self, user_id: &str, id: &str) -> StoreResult<()> {
        super::user_extras::delete_pat(self, user_id, id).await
    }
}

/// The statement of `create_user`, on a pool or inside a transaction.
pub(crate) async fn create_user_in(
    db: impl sqlx::SqliteExecutor<'_>,
    user: &User,
) -> StoreResult<()> {
    let query = sqlx::query(
        "INSERT INTO users (id, org_id, username, created_at, state, kind, given_name,
            family_name, display_name, nick_name, preferred_language, email, email_verified,
            phone, password_hash, password_change_required, machine_name, description,
            access_token_type, secret_digest, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
            ?17, ?18, ?19, ?20, ?21)",
    )
    .bind(&user.id)
    .bind(&user.org_id)
    .bind(&user.username)
    .bind(user.created_at);
    bind_user_fields(query, user)
        .execute(db)
        .await
        .map_err(|e| {
            write_err(e, username_taken(user), || {
                format!("organization '{}' does not exist", user.org_id)
            })
        })?;
    Ok(())
}

/// The statement of `update_user`, on a pool or inside a transaction.
pub(crate) async fn update_user_in(
    db: impl sqlx::SqliteExecutor<'_>,
    user: &User,
) -> StoreResult<()> {
    let query = sqlx::query(
        "UPDATE users SET username = ?2, state = ?3, kind = ?4, given_name = ?5,
            family_name = ?6, display_name = ?7, nick_name = ?8, preferred_language = ?9,
            email = ?10, email_verified = ?11, phone = ?12, password_hash = ?13,
            password_change_required = ?14, machine_name = ?15, description = ?16,
            access_token_type = ?17, secret_digest = ?18, changed_at = ?19
         WHERE id = ?1",
    )
    .bind(&user.id)
    .bind(&user.username);
    let result = bind_user_fields(query, user)
        .execute(db)
        .await
        .map_err(|e| write_err(e, username_taken(user), missing_reference))?;
    one_row(result)
}

/// The statement of `set_user_state`, on a pool or inside a transaction.
pub(crate) async fn set_user_state_in(
    db: impl sqlx::SqliteExecutor<'_>,
    id: &str,
    state: UserState,
    now: i64,
) -> StoreResult<()> {
    set_state_by_id(
        db,
        "UPDATE users SET state = ?2, changed_at = ?3 WHERE id = ?1",
        id,
        state.as_str(),
        now,
    )
    .await
}

/// The statement of `set_password_hash`, on a pool or inside a transaction.
pub(crate) async fn set_password_hash_in(
    db: impl sqlx::SqliteExecutor<'_>,
    id: &str,
    hash: Option<&str>,
    change_required: bool,
    now: i64,
) -> StoreResult<()> {
    let result = sqlx::query(
        "UPDATE users SET password_hash = ?2, password_change_required = ?3, changed_at = ?4
         WHERE id = ?1 AND kind = 'human'",
    )
    .bind(id)
    .bind(hash)
    .bind(change_required)
    .bind(now)
    .execute(db)
    .await?;
    one_row(result)
}

/// The statement of `delete_user`, on a pool or inside a transaction.
pub(crate) async fn delete_user_in(db: impl sqlx::SqliteExecutor<'_>, id: &str) -> StoreResult<()> {
    delete_by_id(db, "DELETE FROM users WHERE id = ?1", id).await
}
