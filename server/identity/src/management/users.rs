//! `zitadel.user.v2.UserService`: the method table, reads and state changes.
//! Creation and updates live in [`create`], listing in
//! [`list`], credentials and metadata in [`creds`] and
//! [`meta`].

pub(crate) mod create;
pub(crate) mod cred_list;
pub(crate) mod creds;
pub(crate) mod list;
pub(crate) mod meta;
pub(crate) mod totp;
pub(crate) mod update;
pub(crate) mod view;

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{IdentityChange, UserState};

use crate::events::EventOf;
use crate::management::protojson::{Msg, from_value, required};
use crate::management::zerr::{ZError, ZResult};
use crate::management::{Ctx, USER_SERVICE, unimplemented};
use crate::secrets::random_token;
use create::{PasswordIn, hash_new_password};
use view::{details, user_json};

/// Runs one UserService method.
pub(crate) async fn call(ctx: &Ctx<'_>, method: &str, body: Value) -> ZResult<Value> {
    match method {
        "CreateUser" => create::create_user(ctx, from_value(body)?).await,
        "AddHumanUser" => create::add_human_user(ctx, from_value(body)?).await,
        "UpdateUser" => create::update_user(ctx, from_value(body)?).await,
        "UpdateHumanUser" => create::update_human_user(ctx, from_value(body)?).await,
        "GetUserByID" => get_user(ctx, from_value(body)?).await,
        "ListUsers" => list::list_users(ctx, from_value(body)?).await,
        "DeactivateUser" => change_state(ctx, from_value(body)?, Change::Deactivate).await,
        "ReactivateUser" => change_state(ctx, from_value(body)?, Change::Reactivate).await,
        "LockUser" => change_state(ctx, from_value(body)?, Change::Lock).await,
        "UnlockUser" => change_state(ctx, from_value(body)?, Change::Unlock).await,
        "DeleteUser" => delete_user(ctx, from_value(body)?).await,
        "SetPassword" => set_password(ctx, from_value(body)?).await,
        "PasswordReset" => password_reset(ctx, from_value(body)?).await,
        "SetUserMetadata" => meta::set(ctx, from_value(body)?).await,
        "ListUserMetadata" => meta::list(ctx, from_value(body)?).await,
        "DeleteUserMetadata" => meta::delete(ctx, from_value(body)?).await,
        "AddSecret" => creds::add_secret(ctx, from_value(body)?).await,
        "RemoveSecret" => creds::remove_secret(ctx, from_value(body)?).await,
        "AddKey" => creds::add_key(ctx, from_value(body)?).await,
        "RemoveKey" => creds::remove_key(ctx, from_value(body)?).await,
        "ListKeys" => creds::list_keys(ctx, from_value(body)?).await,
        "AddPersonalAccessToken" => creds::add_pat(ctx, from_value(body)?).await,
        "RemovePersonalAccessToken" => creds::remove_pat(ctx, from_value(body)?).await,
        "ListPersonalAccessTokens" => creds::list_pats(ctx, from_value(body)?).await,
        "RegisterTOTP" => totp::register(ctx, from_value(body)?).await,
        "VerifyTOTPRegistration" => totp::verify(ctx, from_value(body)?).await,
        "RemoveTOTP" => totp::remove(ctx, from_value(body)?).await,
        "GenerateRecoveryCodes" => totp::generate_recovery_codes(ctx, from_value(body)?).await,
        "ListAuthenticationMethodTypes" => totp::list_methods(ctx, from_value(body)?).await,
        _ => Err(unimplemented(USER_SERVICE, method)),
    }
}

/// A request naming only a user.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UserIdReq {
    #[serde(default)]
    pub(crate) user_id: String,
}

async fn get_user(ctx: &Ctx<'_>, req: UserIdReq) -> ZResult<Value> {
    let user = ctx.readable_user(required(&req.user_id, "userId")?).await?;
    let org = ctx.org(&user.org_id).await.ok();
    Ok(Msg::new()
        .msg(
            "details",
            details(user.created_at, user.changed_at, &user.org_id),
        )
        .into_value_with("user", user_json(&user, org.as_ref())))
}

#[derive(Clone, Copy)]
enum Change {
    Deactivate,
    Reactivate,
    Lock,
    Unlock,
}

async fn change_state(ctx: &Ctx<'_>, req: UserIdReq, change: Change) -> ZResult<Value> {
    let user = ctx.writable_user(required(&req.user_id, "userId")?).await?;
    // User v2 answers state conflicts with failed_precondition (README §3.8).
    let (allowed, target, id, text, event_type) = match change {
        Change::Deactivate => (
            user.state != UserState::Inactive,
            UserState::Inactive,
            "COMMAND-s7bz1",
            "User is already deactivated",
            "user.deactivated",
        ),
        Change::Reactivate => (
            user.state == UserState::Inactive,
            UserState::Active,
            "COMMAND-6Bs9k",
            "User is not deactivated",
            "user.reactivated",
        ),
        Change::Lock => (
            user.state == UserState::Active,
            UserState::Locked,
            "COMMAND-3NN8v",
            "User is already locked or not active",
            "user.locked",
        ),
        Change::Unlock => (
            user.state == UserState::Locked,
            UserState::Active,
            "COMMAND-4M0ds",
            "User is not locked",
            "user.unlocked",
        ),
    };
    if !allowed {
        return Err(ZError::precondition(id, text));
    }
    let users = &ctx.state.store.users;
    let set = IdentityChange::SetUserState {
        id: &user.id,
        state: target,
        now: ctx.now,
    };
    ctx.record(set, EventOf::user(event_type, &user.org_id, &user.id))
        .await
        .map_err(|e| ZError::storage(e, "user"))?;
    if matches!(change, Change::Unlock) {
        // An unlocked user starts the lockout policy's count afresh, as in ZITADEL.
        users
            .clear_password_failures(&user.id)
            .await
            .map_err(|e| ZError::storage(e, "user"))?;
        ctx.state
            .store
            .second_factors
            .clear_totp_failures(&user.id)
            .await
            .map_err(|e| ZError::storage(e, "user"))?;
    }
    Ok(details_only(user.created_at, ctx.now, &user.org_id))
}

async fn delete_user(ctx: &Ctx<'_>, req: UserIdReq) -> ZResult<Value> {
    let user = ctx.writable_user(required(&req.user_id, "userId")?).await?;
    let of = EventOf::user("user.deleted", &user.org_id, &user.id)
        .with(serde_json::json!({ "username": user.username }));
    ctx.record(IdentityChange::DeleteUser(&user.id), of)
        .await
        .map_err(|e| ZError::storage(e, "user"))?;
    Ok(details_only(user.created_at, ctx.now, &user.org_id))
}

/// `{details}` of a mutation.
pub(crate) fn details_only(created: i64, changed: i64, owner: &str) -> Value {
    Msg::new()
        .msg("details", details(created, changed, owner))
        .into()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SetPasswordReq {
    #[serde(default)]
    user_id: String,
    new_password: PasswordIn,
    #[serde(default)]
    current_password: Option<String>,
    #[serde(default)]
    verification_code: Option<String>,
}

async fn set_password(ctx: &Ctx<'_>, req: SetPasswordReq) -> ZResult<Value> {
    let user = ctx.readable_user(required(&req.user_id, "userId")?).await?;
    let is_admin = ctx.caller.can_write_users(&user.org_id);
    let own_with_current = ctx.caller.user_id == user.id && req.current_password.is_some();
    if !is_admin && !own_with_current {
        return Err(ZError::denied());
    }
    if req.verification_code.is_some() && !is_admin {
        // Codes from PasswordReset are not persisted by this server.
        return Err(ZError::precondition("COMMAND-2M9fs", "Code is invalid"));
    }
    let Some(human) = user.human() else {
        return Err(ZError::precondition("COMMAND-3M0fs", "User is not a human"));
    };
    if let (Some(current), false) = (&req.current_password, is_admin) {
        let stored = human.password_hash.clone().unwrap_or_default();
        if !crate::password::verify_password(current, &stored) {
            return Err(ZError::invalid("COMMAND-3M0fd", "Password is invalid"));
        }
    }
    let hash = hash_new_password(&req.new_password.password).await?;
    let set = IdentityChange::SetPasswordHash {
        id: &user.id,
        hash: Some(&hash),
        change_required: req.new_password.change_required,
        now: ctx.now,
    };
    let of = EventOf::user("user.password.changed", &user.org_id, &user.id);
    ctx.record(set, of)
        .await
        .map_err(|e| ZError::storage(e, "user"))?;
    Ok(details_only(user.created_at, ctx.now, &user.org_id))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PasswordResetReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    return_code: Option<Value>,
    #[serde(default)]
    send_link: Option<Value>,
}

async fn password_reset(ctx: &Ctx<'_>, req: PasswordResetReq) -> ZResult<Value> {
    let user = ctx.writable_user(required(&req.user_id, "userId")?).await?;
    if user.human().is_none() {
        return Err(ZError::precondition("COMMAND-3M0fs", "User is not a human"));
    }
    let _ = req.send_link; // no mail delivery here: sendLink only acknowledges
    let msg = Msg::new().msg("details", details(user.created_at, ctx.now, &user.org_id));
    let msg = match req.return_code {
        Some(_) => msg.str("verificationCode", &random_token(6)),
        None => msg,
    };
    Ok(msg.into())
}

impl Msg {
    /// Adds an already built JSON value and finishes the message.
    pub(crate) fn into_value_with(self, key: &str, value: Value) -> Value {
        let mut v: Value = self.into();
        v[key] = value;
        v
    }
}
