//! Helpers shared by the `auth` verbs and `whoami`: the identity record built from
//! userinfo claims (ZITADEL's role and organization claims, README §9).

use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use ws_client::session::Current;
use ws_client::{Error, ErrorKind};

/// The role keys of every `urn:zitadel:iam:org:project[:{id}]:roles` claim, sorted.
pub fn roles(info: &Value) -> Vec<String> {
    let mut roles: Vec<String> = info
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| {
            k.starts_with("urn:zitadel:iam:org:project:") && k.ends_with(":roles")
                || k.as_str() == "urn:zitadel:iam:org:project:roles"
        })
        .filter_map(|(_, v)| v.as_object())
        .flat_map(|m| m.keys().cloned())
        .collect();
    roles.sort();
    roles.dedup();
    roles
}

/// Who the claims describe: preferred username, else email, else name, else subject.
pub fn who(info: &Value) -> String {
    ["preferred_username", "email", "name", "sub"]
        .iter()
        .find_map(|k| info.get(*k).and_then(Value::as_str))
        .unwrap_or("unknown")
        .to_owned()
}

/// The identity fields of `whoami` and `auth status`.
pub fn identity(info: &Value) -> Value {
    let s = |k: &str| info.get(k).cloned().unwrap_or(Value::Null);
    json!({
        "user": who(info),
        "subject": s("sub"),
        "name": s("name"),
        "email": s("email"),
        "org_id": s("urn:zitadel:iam:user:resourceowner:id"),
        "org_name": s("urn:zitadel:iam:user:resourceowner:name"),
        "roles": roles(info),
    })
}

/// The token fields of `auth status`.
pub fn token_fields(current: &Current, now: OffsetDateTime) -> Value {
    let t = &current.tokens;
    json!({
        "store": current.location.to_string(),
        "grant": t.grant.describe(),
        "expires_at": t.expires_at.and_then(|e| e.format(&Rfc3339).ok()),
        "expires_in_seconds": t.expires_at.map(|e| (e - now).whole_seconds()),
        "renewable": t.renewable(),
        "scopes": t.scope.as_deref().map(|s| s.split_whitespace().collect::<Vec<_>>()),
    })
}

/// Says which token a server's authentication failure is about. The server's
/// error carries the reason and `ws auth login` already; a missing login says it
/// all by itself.
pub fn rejected(err: Error) -> anyhow::Error {
    if err.kind() == ErrorKind::Auth && matches!(err, Error::Api(_)) {
        anyhow::Error::new(err).context("the server rejected the token")
    } else {
        err.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_from_both_claim_forms() {
        let info = json!({
            "sub": "1",
            "urn:zitadel:iam:org:project:roles": {"admin": {"o1": "acme.localhost"}},
            "urn:zitadel:iam:org:project:42:roles": {"viewer": {"o1": "acme.localhost"}, "admin": {"o1": "x"}},
            "urn:zitadel:iam:org:project:id:zitadel:aud": "ignored",
        });
        assert_eq!(roles(&info), ["admin", "viewer"]);
        assert_eq!(who(&info), "1");
    }
}
