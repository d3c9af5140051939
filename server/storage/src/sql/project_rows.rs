//! Projects, roles, project grants and apps read back from a row of either backend.

use sqlx::query::Query;
use sqlx::{Database, Encode, Type};

use super::columns::Columns;
use super::{from_json, parse_enum, to_json};
use crate::model::{
    AccessTokenType, App, AppType, AuthMethod, Project, ProjectGrant, ProjectRole, State,
};
use crate::repo::StoreResult;

pub(crate) fn project_from_row(row: &impl Columns) -> StoreResult<Project> {
    Ok(Project {
        id: row.text("id")?,
        org_id: row.text("org_id")?,
        name: row.text("name")?,
        state: parse_enum(&row.text("state")?, "project state", State::parse)?,
        project_role_assertion: row.flag("project_role_assertion")?,
        project_role_check: row.flag("project_role_check")?,
        has_project_check: row.flag("has_project_check")?,
        created_at: row.int("created_at")?,
        changed_at: row.int("changed_at")?,
    })
}

pub(crate) fn role_from_row(row: &impl Columns) -> StoreResult<ProjectRole> {
    Ok(ProjectRole {
        project_id: row.text("project_id")?,
        key: row.text("key")?,
        display_name: row.text("display_name")?,
        group: row.opt_text("role_group")?,
    })
}

pub(crate) fn grant_from_row(row: &impl Columns) -> StoreResult<ProjectGrant> {
    Ok(ProjectGrant {
        id: row.text("id")?,
        project_id: row.text("project_id")?,
        granted_org_id: row.text("granted_org_id")?,
        role_keys: from_json(&row.text("role_keys")?)?,
        state: parse_enum(&row.text("state")?, "grant state", State::parse)?,
        created_at: row.int("created_at")?,
        changed_at: row.int("changed_at")?,
    })
}

pub(crate) fn app_from_row(row: &impl Columns) -> StoreResult<App> {
    Ok(App {
        id: row.text("id")?,
        project_id: row.text("project_id")?,
        name: row.text("name")?,
        client_id: row.text("client_id")?,
        client_secret_digest: row.opt_text("client_secret_digest")?,
        app_type: parse_enum(&row.text("app_type")?, "app type", AppType::parse)?,
        auth_method: parse_enum(&row.text("auth_method")?, "auth method", AuthMethod::parse)?,
        redirect_uris: from_json(&row.text("redirect_uris")?)?,
        post_logout_redirect_uris: from_json(&row.text("post_logout_redirect_uris")?)?,
        grant_types: from_json(&row.text("grant_types")?)?,
        response_types: from_json(&row.text("response_types")?)?,
        access_token_type: parse_enum(
            &row.text("access_token_type")?,
            "access token type",
            AccessTokenType::parse,
        )?,
        dev_mode: row.flag("dev_mode")?,
        id_token_role_assertion: row.flag("id_token_role_assertion")?,
        access_token_role_assertion: row.flag("access_token_role_assertion")?,
        state: parse_enum(&row.text("state")?, "app state", State::parse)?,
        created_at: row.int("created_at")?,
        changed_at: row.int("changed_at")?,
    })
}

/// The `Conflict` message of an app whose name or client id is taken.
pub(crate) fn app_conflict(app: &App) -> impl FnOnce() -> String + '_ {
    move || {
        format!(
            "an app named '{}' or with client id '{}' already exists",
            app.name, app.client_id
        )
    }
}

/// The `Conflict` message of a project whose name is taken in its org.
pub(crate) fn project_conflict(p: &Project) -> impl FnOnce() -> String + '_ {
    move || format!("project '{}' already exists in the organization", p.name)
}

/// Binds, in this order, name, client secret digest, app type, auth method, the three
/// URI and grant lists, access token type, the three flags, state, changed_at and the
/// response types of
/// `app` to a query of either backend (the columns after the keys, for insert and
/// update alike).
pub(crate) fn bind_app_fields<'q, DB>(
    query: Query<'q, DB, <DB as Database>::Arguments>,
    app: &'q App,
) -> Query<'q, DB, <DB as Database>::Arguments>
where
    DB: Database,
    &'q str: Encode<'q, DB> + Type<DB>,
    Option<&'q str>: Encode<'q, DB> + Type<DB>,
    String: Encode<'q, DB> + Type<DB>,
    bool: Encode<'q, DB> + Type<DB>,
    i64: Encode<'q, DB> + Type<DB>,
{
    query
        .bind(app.name.as_str())
        .bind(app.client_secret_digest.as_deref())
        .bind(app.app_type.as_str())
        .bind(app.auth_method.as_str())
        .bind(to_json(&app.redirect_uris))
        .bind(to_json(&app.post_logout_redirect_uris))
        .bind(to_json(&app.grant_types))
        .bind(app.access_token_type.as_str())
        .bind(app.dev_mode)
        .bind(app.id_token_role_assertion)
        .bind(app.access_token_role_assertion)
        .bind(app.state.as_str())
        .bind(app.changed_at)
        .bind(to_json(&app.response_types))
}
