//! UpdateUser (4.x, PATCH semantics: absent = unchanged) and UpdateHumanUser.

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{Human, IdentityChange, User, UserKind};

use super::create::{HashedIn, PasswordIn, check_imported_hash, hash_new_password};
use super::view::details;
use crate::events::EventOf;
use crate::management::Ctx;
use crate::management::protojson::{Msg, enum_in, required};
use crate::management::zerr::{ZError, ZResult};

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ProfileUpd {
    given_name: Option<String>,
    family_name: Option<String>,
    nick_name: Option<String>,
    display_name: Option<String>,
    preferred_language: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EmailUpd {
    #[serde(default)]
    email: String,
    #[serde(default)]
    is_verified: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PhoneUpd {
    #[serde(default)]
    phone: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PasswordUpd {
    #[serde(default)]
    password: Option<PasswordIn>,
    #[serde(default)]
    hashed_password: Option<HashedIn>,
    #[serde(default)]
    current_password: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub(crate) struct HumanUpd {
    #[serde(default)]
    profile: Option<ProfileUpd>,
    #[serde(default)]
    email: Option<EmailUpd>,
    #[serde(default)]
    phone: Option<PhoneUpd>,
    #[serde(default)]
    password: Option<PasswordUpd>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MachineUpd {
    name: Option<String>,
    description: Option<String>,
    access_token_type: Option<Value>,
}

/// UpdateUser's request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UpdateUserReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    human: Option<HumanUpd>,
    #[serde(default)]
    machine: Option<MachineUpd>,
}

/// UpdateHumanUser's request: the human fields at the top level.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UpdateHumanReq {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    username: Option<String>,
    #[serde(flatten)]
    human: HumanUpd,
}

fn set(target: &mut String, value: Option<String>, field: &str) -> ZResult<()> {
    if let Some(v) = value {
        *target = required(&v, field)?.to_owned();
    }
    Ok(())
}

/// Applies profile, email and phone; returns a new password hash to store, if any.
async fn apply_human(
    h: &mut Human,
    upd: HumanUpd,
    may_skip_current: bool,
) -> ZResult<Option<(String, bool)>> {
    if let Some(p) = upd.profile {
        set(&mut h.given_name, p.given_name, "human.profile.givenName")?;
        set(
            &mut h.family_name,
            p.family_name,
            "human.profile.familyName",
        )?;
        set(
            &mut h.display_name,
            p.display_name,
            "human.profile.displayName",
        )?;
        if let Some(n) = p.nick_name {
            h.nick_name = Some(n).filter(|s| !s.is_empty());
        }
        if let Some(l) = p.preferred_language {
            h.preferred_language = Some(l).filter(|s| !s.is_empty());
        }
    }
    if let Some(e) = upd.email {
        let email = required(&e.email, "human.email.email")?;
        if !email.contains('@') {
            return Err(ZError::invalid("EMAIL-599BI", "Email is invalid"));
        }
        h.email = email.to_owned();
        h.email_verified = e.is_verified;
    }
    if let Some(p) = upd.phone {
        h.phone = Some(p.phone).filter(|s| !s.is_empty());
    }
    let Some(pw) = upd.password else {
        return Ok(None);
    };
    if !may_skip_current {
        let current = pw.current_password.as_deref().unwrap_or_default();
        let stored = h.password_hash.as_deref().unwrap_or_default();
        if !crate::password::verify_password(current, stored) {
            return Err(ZError::invalid("COMMAND-3M0fd", "Password is invalid"));
        }
    }
    match (pw.password, pw.hashed_password) {
        (Some(p), None) => Ok(Some((
            hash_new_password(&p.password).await?,
            p.change_required,
        ))),
        (None, Some(hp)) => Ok(Some((check_imported_hash(&hp.hash)?, hp.change_required))),
        _ => Err(ZError::invalid(
            "MGMT-PWD02",
            "human.password needs exactly one of password or hashedPassword",
        )),
    }
}

fn apply_machine(user: &mut User, upd: MachineUpd) -> ZResult<()> {
    let UserKind::Machine(m) = &mut user.kind else {
        return Err(ZError::precondition(
            "COMMAND-ku4Rj",
            "User is not a machine user",
        ));
    };
    set(&mut m.name, upd.name, "machine.name")?;
    if let Some(d) = upd.description {
        m.description = d;
    }
    if upd.access_token_type.is_some() {
        let names = ["ACCESS_TOKEN_TYPE_BEARER", "ACCESS_TOKEN_TYPE_JWT"];
        m.access_token_type =
            match enum_in(&upd.access_token_type, &names, "machine.accessTokenType")? {
                Some("ACCESS_TOKEN_TYPE_JWT") => ws_storage::AccessTokenType::Jwt,
                _ => ws_storage::AccessTokenType::Bearer,
            };
    }
    Ok(())
}

async fn update(
    ctx: &Ctx<'_>,
    user_id: &str,
    username: Option<String>,
    human: Option<HumanUpd>,
    machine: Option<MachineUpd>,
) -> ZResult<User> {
    let mut user = ctx.readable_user(required(user_id, "userId")?).await?;
    let is_admin = ctx.caller.can_write_users(&user.org_id);
    // Users may change their own profile; everything else needs user.write.
    ctx.caller
        .require(is_admin || ctx.caller.user_id == user.id)?;
    set(&mut user.username, username, "username")?;
    let mut new_password = None;
    if let Some(h) = human {
        let UserKind::Human(human) = &mut user.kind else {
            return Err(ZError::precondition("COMMAND-ku4He", "User is not a human"));
        };
        new_password = apply_human(human, h, is_admin).await?;
    }
    if let Some(m) = machine {
        apply_machine(&mut user, m)?;
    }
    user.changed_at = ctx.now;
    let updated = EventOf::user("user.updated", &user.org_id, &user.id)
        .with(serde_json::json!({ "username": user.username }));
    ctx.record(IdentityChange::UpdateUser(&user), updated)
        .await
        .map_err(|e| match e {
            ws_storage::StorageError::Conflict(m) => ZError::exists("COMMAND-k2unb", m),
            other => ZError::storage(other, "user"),
        })?;
    if let Some((hash, change_required)) = new_password {
        let set = IdentityChange::SetPasswordHash {
            id: &user.id,
            hash: Some(&hash),
            change_required,
            now: ctx.now,
        };
        let changed = EventOf::user("user.password.changed", &user.org_id, &user.id);
        ctx.record(set, changed)
            .await
            .map_err(|e| ZError::storage(e, "user"))?;
    }
    Ok(user)
}

/// `UpdateUser` → `{changeDate}`.
pub(crate) async fn update_user(ctx: &Ctx<'_>, req: UpdateUserReq) -> ZResult<Value> {
    update(ctx, &req.user_id, req.username, req.human, req.machine).await?;
    Ok(Msg::new().ts("changeDate", ctx.now).into())
}

/// `UpdateHumanUser` → `{details}`.
pub(crate) async fn update_human_user(ctx: &Ctx<'_>, req: UpdateHumanReq) -> ZResult<Value> {
    let user = update(ctx, &req.user_id, req.username, Some(req.human), None).await?;
    Ok(Msg::new()
        .msg("details", details(user.created_at, ctx.now, &user.org_id))
        .into())
}
