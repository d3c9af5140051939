//! Users and what hangs off them (metadata, machine keys, PATs) read back from a row
//! of either backend, and the messages both backends give when a write clashes.

use sqlx::query::Query;
use sqlx::{Database, Encode, Type};

use super::columns::Columns;
use super::parse_enum;
use crate::StorageError;
use crate::model::{
    AccessTokenType, Human, Machine, MachineKey, Pat, User, UserKind, UserMetadata, UserState,
};
use crate::repo::StoreResult;

/// A nullable text column read as the empty text when NULL.
fn text_or_empty(row: &impl Columns, column: &str) -> StoreResult<String> {
    Ok(row.opt_text(column)?.unwrap_or_default())
}

fn human_from_row(row: &impl Columns) -> StoreResult<Human> {
    Ok(Human {
        given_name: text_or_empty(row, "given_name")?,
        family_name: text_or_empty(row, "family_name")?,
        display_name: text_or_empty(row, "display_name")?,
        nick_name: row.opt_text("nick_name")?,
        preferred_language: row.opt_text("preferred_language")?,
        email: text_or_empty(row, "email")?,
        email_verified: row.flag("email_verified")?,
        phone: row.opt_text("phone")?,
        password_hash: row.opt_text("password_hash")?,
        password_change_required: row.flag("password_change_required")?,
    })
}

fn machine_from_row(row: &impl Columns) -> StoreResult<Machine> {
    Ok(Machine {
        name: text_or_empty(row, "machine_name")?,
        description: text_or_empty(row, "description")?,
        access_token_type: parse_enum(
            &text_or_empty(row, "access_token_type")?,
            "access token type",
            AccessTokenType::parse,
        )?,
        secret_digest: row.opt_text("secret_digest")?,
    })
}

pub(crate) fn user_from_row(row: &impl Columns) -> StoreResult<User> {
    let kind = match row.text("kind")?.as_str() {
        "human" => UserKind::Human(human_from_row(row)?),
        "machine" => UserKind::Machine(machine_from_row(row)?),
        other => return Err(StorageError::Corrupt(format!("user kind '{other}'"))),
    };
    Ok(User {
        id: row.text("id")?,
        org_id: row.text("org_id")?,
        username: row.text("username")?,
        state: parse_enum(&row.text("state")?, "user state", UserState::parse)?,
        kind,
        created_at: row.int("created_at")?,
        changed_at: row.int("changed_at")?,
    })
}

pub(crate) fn user_metadata_from_row(row: &impl Columns) -> StoreResult<UserMetadata> {
    Ok(UserMetadata {
        user_id: row.text("user_id")?,
        key: row.text("key")?,
        value: row.bytes("value")?,
    })
}

pub(crate) fn machine_key_from_row(row: &impl Columns) -> StoreResult<MachineKey> {
    Ok(MachineKey {
        id: row.text("id")?,
        user_id: row.text("user_id")?,
        public_key_pem: row.text("public_key_pem")?,
        expires_at: row.int("expires_at")?,
        created_at: row.int("created_at")?,
    })
}

pub(crate) fn pat_from_row(row: &impl Columns) -> StoreResult<Pat> {
    Ok(Pat {
        id: row.text("id")?,
        user_id: row.text("user_id")?,
        token_digest: row.text("token_digest")?,
        expires_at: row.int("expires_at")?,
        created_at: row.int("created_at")?,
    })
}

/// The kind column's value and the human and machine parts of a user, for the bind
/// helpers of inserts and updates (the other kind's columns are NULL).
fn user_parts(user: &User) -> (&'static str, Option<&Human>, Option<&Machine>) {
    match &user.kind {
        UserKind::Human(h) => ("human", Some(h), None),
        UserKind::Machine(m) => ("machine", None, Some(m)),
    }
}

/// The `Conflict` message of a user whose name is taken.
pub(crate) fn username_taken(user: &User) -> impl FnOnce() -> String + '_ {
    move || format!("username '{}' already exists", user.username)
}

/// The `MissingReference` message of a write for a user that does not exist.
pub(crate) fn user_missing(user_id: &str) -> impl FnOnce() -> String + '_ {
    move || format!("user '{user_id}' does not exist")
}

/// The `Conflict` message of a machine key whose id exists.
pub(crate) fn machine_key_taken(key: &MachineKey) -> impl FnOnce() -> String + '_ {
    move || format!("machine key '{}' already exists", key.id)
}

/// The `Conflict` message of a PAT that exists; the digest is not named, since it is
/// derived from a secret.
pub(crate) fn pat_taken(pat: &Pat) -> impl FnOnce() -> String + '_ {
    move || format!("personal access token '{}' already exists", pat.id)
}

/// Binds, in this order, state, kind, the ten human columns, the four machine
/// columns and changed_at of `user` to a query of either backend; the other kind's
/// columns become NULL.
pub(crate) fn bind_user_fields<'q, DB>(
    query: Query<'q, DB, <DB as Database>::Arguments>,
    user: &'q User,
) -> Query<'q, DB, <DB as Database>::Arguments>
where
    DB: Database,
    &'q str: Encode<'q, DB> + Type<DB>,
    Option<&'q str>: Encode<'q, DB> + Type<DB>,
    bool: Encode<'q, DB> + Type<DB>,
    i64: Encode<'q, DB> + Type<DB>,
{
    let (kind, h, m) = user_parts(user);
    let text = |value: Option<&'q String>| value.map(String::as_str);
    query
        .bind(user.state.as_str())
        .bind(kind)
        .bind(text(h.map(|h| &h.given_name)))
        .bind(text(h.map(|h| &h.family_name)))
        .bind(text(h.map(|h| &h.display_name)))
        .bind(text(h.and_then(|h| h.nick_name.as_ref())))
        .bind(text(h.and_then(|h| h.preferred_language.as_ref())))
        .bind(text(h.map(|h| &h.email)))
        .bind(h.is_some_and(|h| h.email_verified))
        .bind(text(h.and_then(|h| h.phone.as_ref())))
        .bind(text(h.and_then(|h| h.password_hash.as_ref())))
        .bind(h.is_some_and(|h| h.password_change_required))
        .bind(text(m.map(|m| &m.name)))
        .bind(text(m.map(|m| &m.description)))
        .bind(m.map(|m| m.access_token_type.as_str()))
        .bind(text(m.and_then(|m| m.secret_digest.as_ref())))
        .bind(user.changed_at)
}
