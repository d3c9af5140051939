//! Second factors of a human user (`zitadel.user.v2.UserService`): RegisterTOTP,
//! VerifyTOTPRegistration, RemoveTOTP, GenerateRecoveryCodes and
//! ListAuthenticationMethodTypes. A user manages their own factors; an administrator
//! with user write permission those of the org's users. Secrets and recovery codes are
//! shown once, in the answer that creates them.

use serde::Deserialize;
use serde_json::{Value, json};
use ws_storage::{StorageError, User};

use super::UserIdReq;
use super::details_only;
use crate::management::Ctx;
use crate::management::paging::list_details;
use crate::management::protojson::{Msg, required};
use crate::management::users::view::details;
use crate::management::zerr::{ZError, ZResult};
use crate::second_factor::{self, FactorError, MAX_RECOVERY_CODES, RECOVERY_CODE_COUNT, code_step};

/// The human user whose factors the caller may manage.
async fn own_or_managed(ctx: &Ctx<'_>, user_id: &str) -> ZResult<User> {
    let user = ctx.readable_user(required(user_id, "userId")?).await?;
    let own = ctx.caller.user_id == user.id;
    ctx.caller
        .require(own || ctx.caller.can_write_users(&user.org_id))?;
    if user.human().is_none() {
        return Err(ZError::precondition("COMMAND-3M0fs", "User is not a human"));
    }
    Ok(user)
}

fn factor_err(e: FactorError) -> ZError {
    match e {
        FactorError::Storage(e) => ZError::storage(e, "user"),
        other => ZError::internal(other),
    }
}

/// `RegisterTOTP` → `{details, uri, secret}`; a registration not yet verified is
/// replaced, a verified one answers already_exists.
pub(crate) async fn register(ctx: &Ctx<'_>, req: UserIdReq) -> ZResult<Value> {
    let user = own_or_managed(ctx, &req.user_id).await?;
    let enrolment = match second_factor::register_totp(ctx.state, &user).await {
        Ok(e) => e,
        Err(FactorError::Storage(StorageError::Conflict(_))) => {
            return Err(ZError::exists(
                "COMMAND-5M0sd",
                "Errors.User.MFA.OTP.AlreadyReady",
            ));
        }
        Err(e) => return Err(factor_err(e)),
    };
    Ok(Msg::new()
        .msg("details", details(user.created_at, ctx.now, &user.org_id))
        .str("uri", &enrolment.uri)
        .str("secret", &enrolment.secret)
        .into())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct VerifyReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    code: String,
}

/// `VerifyTOTPRegistration` → `{details}`: the code from the app proves it holds the
/// secret; a wrong code is invalid_argument and changes nothing.
pub(crate) async fn verify(ctx: &Ctx<'_>, req: VerifyReq) -> ZResult<Value> {
    let user = own_or_managed(ctx, &req.user_id).await?;
    let code = required(&req.code, "code")?;
    let factors = &ctx.state.store.second_factors;
    let factor = factors
        .get_totp(&user.id)
        .await
        .map_err(|e| ZError::storage(e, "user"))?;
    let factor = match factor {
        None => {
            return Err(ZError::not_found(
                "COMMAND-3Mif9s",
                "Errors.User.MFA.OTP.NotExisting",
            ));
        }
        Some(f) if f.verified_at.is_some() => {
            return Err(ZError::precondition(
                "COMMAND-qx4ls",
                "Errors.Users.MFA.OTP.AlreadyReady",
            ));
        }
        Some(f) => f,
    };
    let Some(step) = code_step(ctx.state, &factor, code).map_err(factor_err)? else {
        return Err(ZError::invalid(
            "EVENT-8isk2",
            "Errors.User.MFA.OTP.InvalidCode",
        ));
    };
    factors
        .verify_totp(&user.id, step, ctx.now)
        .await
        .map_err(|e| ZError::storage(e, "user"))?;
    Ok(details_only(user.created_at, ctx.now, &user.org_id))
}

/// `RemoveTOTP` → `{details}`; the recovery codes go with it.
pub(crate) async fn remove(ctx: &Ctx<'_>, req: UserIdReq) -> ZResult<Value> {
    let user = own_or_managed(ctx, &req.user_id).await?;
    match ctx.state.store.second_factors.remove_totp(&user.id).await {
        Ok(()) => Ok(details_only(user.created_at, ctx.now, &user.org_id)),
        Err(StorageError::NotFound) => Err(ZError::not_found(
            "COMMAND-Hd9sd",
            "Errors.User.MFA.OTP.NotExisting",
        )),
        Err(e) => Err(ZError::storage(e, "user")),
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RecoveryReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    count: Option<u64>,
}

/// `GenerateRecoveryCodes` → `{details, recoveryCodes}`, replacing earlier codes.
/// Only for a user with a verified authenticator: the codes stand in for it.
pub(crate) async fn generate_recovery_codes(ctx: &Ctx<'_>, req: RecoveryReq) -> ZResult<Value> {
    let user = own_or_managed(ctx, &req.user_id).await?;
    let count = match req.count {
        None | Some(0) => RECOVERY_CODE_COUNT,
        Some(n) if n <= MAX_RECOVERY_CODES as u64 => n as usize,
        Some(n) => {
            return Err(ZError::invalid(
                "COMMAND-7c0nx",
                format!("invalid field count: {n} is more than the {MAX_RECOVERY_CODES} allowed"),
            ));
        }
    };
    if !has_verified_totp(ctx, &user).await? {
        return Err(ZError::precondition(
            "COMMAND-8f2kq",
            "Errors.User.MFA.RecoveryCodes.NoSecondFactor",
        ));
    }
    let codes = second_factor::new_recovery_codes(ctx.state, &user.id, count)
        .await
        .map_err(factor_err)?;
    Ok(Msg::new()
        .msg("details", details(user.created_at, ctx.now, &user.org_id))
        .strs("recoveryCodes", &codes)
        .into())
}

async fn has_verified_totp(ctx: &Ctx<'_>, user: &User) -> ZResult<bool> {
    let factor = ctx
        .state
        .store
        .second_factors
        .get_totp(&user.id)
        .await
        .map_err(|e| ZError::storage(e, "user"))?;
    Ok(factor.is_some_and(|f| f.verified_at.is_some()))
}

/// `ListAuthenticationMethodTypes` → `{details, authMethodTypes}`: the password when
/// set, TOTP once verified.
pub(crate) async fn list_methods(ctx: &Ctx<'_>, req: UserIdReq) -> ZResult<Value> {
    let user = own_or_managed(ctx, &req.user_id).await?;
    let mut types = Vec::new();
    if user.human().is_some_and(|h| h.password_hash.is_some()) {
        types.push(json!("AUTHENTICATION_METHOD_TYPE_PASSWORD"));
    }
    if has_verified_totp(ctx, &user).await? {
        types.push(json!("AUTHENTICATION_METHOD_TYPE_TOTP"));
    }
    let total = types.len() as u64;
    Ok(Msg::new()
        .list("authMethodTypes", types)
        .into_value_with("details", list_details(total, ctx.now)))
}
