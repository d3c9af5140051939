//! CreateUser, AddHumanUser, UpdateUser and UpdateHumanUser, and the password rules
//! they share: plain passwords are hashed with argon2id; imported hashes are taken
//! as they are when they are argon2 PHC strings or bcrypt (`$2a$`/`$2b$`/`$2y$`),
//! as ZITADEL does, so users migrate without a reset.

use serde::Deserialize;
use serde_json::Value;
use ws_storage::{
    AccessTokenType, Human, IdentityChange, Machine, User, UserKind, UserMetadata, UserState,
    new_id,
};

use super::view::details;
use crate::events::EventOf;
use crate::management::Ctx;
use crate::management::protojson::{Msg, enum_in, parse_bytes, required};
use crate::management::zerr::{ZError, ZResult};

/// Shortest password accepted (ZITADEL's default complexity policy).
const MIN_PASSWORD_LEN: usize = 8;

/// `Password{password, changeRequired}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PasswordIn {
    pub(crate) password: String,
    #[serde(default)]
    pub(crate) change_required: bool,
}

/// `HashedPassword{hash, changeRequired}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct HashedIn {
    pub(crate) hash: String,
    #[serde(default)]
    pub(crate) change_required: bool,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ProfileIn {
    #[serde(default)]
    given_name: Option<String>,
    #[serde(default)]
    family_name: Option<String>,
    #[serde(default)]
    nick_name: Option<String>,
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    preferred_language: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EmailIn {
    email: String,
    #[serde(default)]
    is_verified: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PhoneIn {
    #[serde(default)]
    phone: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MetadataIn {
    pub(crate) key: String,
    #[serde(default)]
    pub(crate) value: String,
}

/// `human.password` of CreateUser: `Password{password, changeRequired}` as the 4.x
/// proto has it, or the `SetPassword{password | hashedPassword}` wrapper that the
/// official Python SDK (`zitadel-client` 4.1.9) sends, because its generated
/// `UserServiceHuman` model is UpdateUser's. Both are unambiguous, so both work.
#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum CreatePasswordIn {
    /// The proto's shape.
    Plain(PasswordIn),
    /// The SDK's shape.
    Wrapped(SetPasswordIn),
}

/// `SetPassword{password | hashedPassword}` (the SDK's CreateUser password).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetPasswordIn {
    #[serde(default)]
    password: Option<PasswordIn>,
    #[serde(default)]
    hashed_password: Option<HashedIn>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct HumanIn {
    profile: ProfileIn,
    email: EmailIn,
    #[serde(default)]
    phone: Option<PhoneIn>,
    #[serde(default)]
    password: Option<CreatePasswordIn>,
    #[serde(default)]
    hashed_password: Option<HashedIn>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MachineIn {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    access_token_type: Option<Value>,
}

const TOKEN_TYPES: [&str; 2] = ["ACCESS_TOKEN_TYPE_BEARER", "ACCESS_TOKEN_TYPE_JWT"];

fn token_type(v: &Option<Value>) -> ZResult<Option<AccessTokenType>> {
    Ok(match enum_in(v, &TOKEN_TYPES, "machine.accessTokenType")? {
        Some("ACCESS_TOKEN_TYPE_JWT") => Some(AccessTokenType::Jwt),
        Some(_) => Some(AccessTokenType::Bearer),
        // Zero is BEARER: protojson leaves it out.
        None if v.is_some() => Some(AccessTokenType::Bearer),
        None => None,
    })
}

/// CreateUser's request.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CreateUserReq {
    #[serde(default)]
    organization_id: String,
    #[serde(default)]
    user_id: Option<String>,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    human: Option<HumanIn>,
    #[serde(default)]
    machine: Option<MachineIn>,
    #[serde(default)]
    metadata: Vec<MetadataIn>,
}

/// Hashes a new plain password with argon2id off the async threads.
pub(crate) async fn hash_new_password(password: &str) -> ZResult<String> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(ZError::invalid(
            "COMMA-HuJf6",
            format!("Password must be at least {MIN_PASSWORD_LEN} characters long"),
        ));
    }
    let owned = password.to_owned();
    tokio::task::spawn_blocking(move || crate::password::hash_password(&owned))
        .await
        .map_err(ZError::internal)?
        .map_err(ZError::internal)
}

/// Accepts an imported hash that sign-in can verify (argon2 PHC or bcrypt).
pub(crate) fn check_imported_hash(hash: &str) -> ZResult<String> {
    if crate::password::is_supported_hash(hash) {
        Ok(hash.to_owned())
    } else {
        Err(ZError::invalid(
            "COMMAND-Gdc2a",
            "hashedPassword.hash: unsupported hash (argon2 PHC or bcrypt $2a$/$2b$/$2y$ expected)",
        ))
    }
}

fn both_passwords() -> ZError {
    ZError::invalid(
        "MGMT-PWD01",
        "send either human.password or human.hashedPassword, not both",
    )
}

async fn password_of(h: &HumanIn) -> ZResult<(Option<String>, bool)> {
    let (plain, wrapped_hash) = match &h.password {
        None => (None, None),
        Some(CreatePasswordIn::Plain(p)) => (Some(p), None),
        Some(CreatePasswordIn::Wrapped(w)) => {
            if w.password.is_none() && w.hashed_password.is_none() {
                return Err(ZError::invalid(
                    "MGMT-PWD02",
                    "invalid field human.password: password.password (a string) is required",
                ));
            }
            (w.password.as_ref(), w.hashed_password.as_ref())
        }
    };
    let hashed = match (wrapped_hash, h.hashed_password.as_ref()) {
        (Some(_), Some(_)) => return Err(both_passwords()),
        (a, b) => a.or(b),
    };
    match (plain, hashed) {
        (Some(_), Some(_)) => Err(both_passwords()),
        (Some(p), None) => Ok((
            Some(hash_new_password(&p.password).await?),
            p.change_required,
        )),
        (None, Some(h)) => Ok((Some(check_imported_hash(&h.hash)?), h.change_required)),
        (None, None) => Ok((None, false)),
    }
}

async fn build_human(h: &HumanIn) -> ZResult<Human> {
    let given = required(
        h.profile.given_name.as_deref().unwrap_or(""),
        "human.profile.givenName",
    )?;
    let family = required(
        h.profile.family_name.as_deref().unwrap_or(""),
        "human.profile.familyName",
    )?;
    let email = required(&h.email.email, "human.email.email")?;
    if !email.contains('@') {
        return Err(ZError::invalid("EMAIL-599BI", "Email is invalid"));
    }
    let (password_hash, change_required) = password_of(h).await?;
    let display = h
        .profile
        .display_name
        .clone()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| format!("{given} {family}"));
    Ok(Human {
        given_name: given.to_owned(),
        family_name: family.to_owned(),
        display_name: display,
        nick_name: h.profile.nick_name.clone().filter(|s| !s.is_empty()),
        preferred_language: h
            .profile
            .preferred_language
            .clone()
            .filter(|s| !s.is_empty()),
        email: email.to_owned(),
        email_verified: h.email.is_verified,
        phone: h
            .phone
            .as_ref()
            .map(|p| p.phone.clone())
            .filter(|s| !s.is_empty()),
        password_hash,
        password_change_required: change_required,
    })
}

fn build_machine(m: &MachineIn) -> ZResult<Machine> {
    let name = required(m.name.as_deref().unwrap_or(""), "machine.name")?;
    Ok(Machine {
        name: name.to_owned(),
        description: m.description.clone().unwrap_or_default(),
        access_token_type: token_type(&m.access_token_type)?.unwrap_or(AccessTokenType::Bearer),
        secret_digest: None,
    })
}

/// Checks the target org exists and the caller may create users in it.
async fn check_org(ctx: &Ctx<'_>, org_id: &str) -> ZResult<()> {
    let org = ctx
        .state
        .store
        .orgs
        .get_org(org_id)
        .await
        .map_err(ZError::from_storage)?;
    match org {
        Some(o) if ctx.caller.can_write_users(&o.id) => Ok(()),
        Some(o) if ctx.caller.can_read_org(&o.id) => Err(ZError::denied()),
        _ => Err(crate::management::ctx::org_not_found()),
    }
}

/// Stores a new user with its metadata; nothing is stored when a part is invalid.
async fn store_user(ctx: &Ctx<'_>, user: &User, metadata: &[MetadataIn]) -> ZResult<()> {
    let mut entries = Vec::with_capacity(metadata.len());
    for (i, m) in metadata.iter().enumerate() {
        let key = required(&m.key, &format!("metadata[{i}].key"))?;
        let value = parse_bytes(&m.value, &format!("metadata[{i}].value"))?;
        entries.push(UserMetadata {
            user_id: user.id.clone(),
            key: key.to_owned(),
            value,
        });
    }
    let users = &ctx.state.store.users;
    let created = EventOf::user("user.created", &user.org_id, &user.id)
        .with(serde_json::json!({ "username": user.username, "human": user.human().is_some() }));
    ctx.record(IdentityChange::CreateUser(user), created)
        .await
        .map_err(ZError::on_conflict(
            "COMMAND-k2unb",
            format!(
                "User already exists: username '{}' or id is taken",
                user.username
            ),
            "organization",
        ))?;
    for entry in &entries {
        if let Err(e) = users.set_metadata(entry).await {
            // Keep the create all-or-nothing; consumers see the undo as a delete.
            let undo = EventOf::user("user.deleted", &user.org_id, &user.id);
            let _ = ctx.record(IdentityChange::DeleteUser(&user.id), undo).await;
            return Err(ZError::internal(e));
        }
    }
    Ok(())
}

/// `CreateUser` (4.x): a human or a machine in `organizationId`.
pub(crate) async fn create_user(ctx: &Ctx<'_>, req: CreateUserReq) -> ZResult<Value> {
    let org_id = required(&req.organization_id, "organizationId")?.to_owned();
    check_org(ctx, &org_id).await?;
    let id = req
        .user_id
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(new_id);
    let (kind, default_name) = match (&req.human, &req.machine) {
        (Some(h), None) => {
            let human = build_human(h).await?;
            let email = human.email.clone();
            (UserKind::Human(human), email)
        }
        (None, Some(m)) => (UserKind::Machine(build_machine(m)?), id.clone()),
        _ => {
            return Err(ZError::invalid(
                "MGMT-USR01",
                "invalid request: exactly one of human or machine is required",
            ));
        }
    };
    let username = req
        .username
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or(default_name);
    let user = User {
        id,
        org_id,
        username,
        state: UserState::Active,
        kind,
        created_at: ctx.now,
        changed_at: ctx.now,
    };
    store_user(ctx, &user, &req.metadata).await?;
    Ok(Msg::new()
        .str("id", &user.id)
        .ts("creationDate", ctx.now)
        .into())
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub(crate) struct OrgRefIn {
    #[serde(default)]
    org_id: Option<String>,
    #[serde(default)]
    org_domain: Option<String>,
}

/// AddHumanUser's request (also the `human` of AddOrganization's admins).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AddHumanReq {
    #[serde(default)]
    pub(crate) user_id: Option<String>,
    #[serde(default)]
    pub(crate) username: Option<String>,
    #[serde(default)]
    pub(crate) organization: Option<OrgRefIn>,
    #[serde(flatten)]
    pub(crate) human: HumanIn,
    #[serde(default)]
    pub(crate) metadata: Vec<MetadataIn>,
}

async fn org_of_ref(ctx: &Ctx<'_>, org: Option<&OrgRefIn>) -> ZResult<String> {
    let orgs = &ctx.state.store.orgs;
    let found = match org {
        Some(OrgRefIn {
            org_id: Some(id), ..
        }) if !id.is_empty() => orgs.get_org(id).await.map_err(ZError::from_storage)?,
        Some(OrgRefIn {
            org_domain: Some(d),
            ..
        }) if !d.is_empty() => orgs
            .get_org_by_domain(d)
            .await
            .map_err(ZError::from_storage)?,
        // Without an organization the caller's own is used, as ZITADEL does.
        _ => Some(ctx.org(&ctx.caller.org_id).await?),
    };
    found
        .map(|o| o.id)
        .ok_or_else(crate::management::ctx::org_not_found)
}

/// `AddHumanUser` (deprecated in 4.x, the v2.71.4 way).
pub(crate) async fn add_human_user(ctx: &Ctx<'_>, req: AddHumanReq) -> ZResult<Value> {
    let org_id = org_of_ref(ctx, req.organization.as_ref()).await?;
    add_human_in(ctx, &org_id, req).await
}

/// Creates a human in `org_id` from an AddHumanUser request; `{userId, details}`.
pub(crate) async fn add_human_in(ctx: &Ctx<'_>, org_id: &str, req: AddHumanReq) -> ZResult<Value> {
    check_org(ctx, org_id).await?;
    let human = build_human(&req.human).await?;
    let user = User {
        id: req
            .user_id
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(new_id),
        org_id: org_id.to_owned(),
        username: req
            .username
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| human.email.clone()),
        state: UserState::Active,
        kind: UserKind::Human(human),
        created_at: ctx.now,
        changed_at: ctx.now,
    };
    store_user(ctx, &user, &req.metadata).await?;
    Ok(Msg::new()
        .str("userId", &user.id)
        .msg("details", details(ctx.now, ctx.now, org_id))
        .into())
}

pub(crate) use super::update::{update_human_user, update_user};
