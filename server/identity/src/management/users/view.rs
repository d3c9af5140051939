//! `zitadel.user.v2.User` and `object.v2.Details` as protojson (README §4).

use serde_json::Value;
use ws_storage::{AccessTokenType, Org, User, UserKind, UserState};

use crate::management::protojson::Msg;

/// The `USER_STATE_*` name of a state.
pub(crate) fn state_name(state: UserState) -> &'static str {
    match state {
        UserState::Active => "USER_STATE_ACTIVE",
        UserState::Inactive => "USER_STATE_INACTIVE",
        UserState::Locked => "USER_STATE_LOCKED",
    }
}

/// The `ACCESS_TOKEN_TYPE_*` name as protojson prints it: bearer is the enum's
/// zero value, so it is left out, as ZITADEL (and any protobuf peer) does.
fn token_type_name(t: AccessTokenType) -> &'static str {
    match t {
        AccessTokenType::Bearer => "",
        AccessTokenType::Jwt => "ACCESS_TOKEN_TYPE_JWT",
    }
}

/// `object.v2.Details` of an object owned by `owner`.
pub(crate) fn details(created: i64, changed: i64, owner: &str) -> Msg {
    Msg::new()
        .int("sequence", changed.max(0) as u64)
        .ts("changeDate", changed)
        .str("resourceOwner", owner)
        .ts("creationDate", created)
}

/// The login name `username@orgdomain`.
pub(crate) fn login_name(user: &User, org: Option<&Org>) -> String {
    match org {
        Some(o) => format!("{}@{}", user.username, o.primary_domain),
        None => user.username.clone(),
    }
}

/// A user as `zitadel.user.v2.User`.
pub(crate) fn user_json(user: &User, org: Option<&Org>) -> Value {
    let login = login_name(user, org);
    let msg = Msg::new()
        .str("userId", &user.id)
        .msg(
            "details",
            details(user.created_at, user.changed_at, &user.org_id),
        )
        .str("state", state_name(user.state))
        .str("username", &user.username)
        .strs("loginNames", std::slice::from_ref(&login))
        .str("preferredLoginName", &login);
    match &user.kind {
        UserKind::Human(h) => {
            let profile = Msg::new()
                .str("givenName", &h.given_name)
                .str("familyName", &h.family_name)
                .opt_str("nickName", h.nick_name.as_deref())
                .str("displayName", &h.display_name)
                .opt_str("preferredLanguage", h.preferred_language.as_deref());
            let email = Msg::new()
                .str("email", &h.email)
                .bool("isVerified", h.email_verified);
            let phone = Msg::new().opt_str("phone", h.phone.as_deref());
            let human = Msg::new()
                .msg("profile", profile)
                .msg("email", email)
                .msg("phone", phone)
                .bool("passwordChangeRequired", h.password_change_required);
            msg.msg("human", human).into()
        }
        UserKind::Machine(m) => {
            let machine = Msg::new()
                .str("name", &m.name)
                .str("description", &m.description)
                .bool("hasSecret", m.secret_digest.is_some())
                .str("accessTokenType", token_type_name(m.access_token_type));
            msg.msg("machine", machine).into()
        }
    }
}
