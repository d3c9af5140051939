//! [`Principal`]: who is calling, read from validated JWT claims or an introspection
//! answer (both carry ZITADEL's claim names, reference README §9).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{AuthError, Reason};

/// ZITADEL's claim with the id of the user's organization.
pub const ORG_CLAIM: &str = "urn:zitadel:iam:user:resourceowner:id";
/// The roles claim of the requesting client's own project.
pub const GENERIC_ROLES_CLAIM: &str = "urn:zitadel:iam:org:project:roles";

/// The roles claim of project `project_id`.
pub fn project_roles_claim(project_id: &str) -> String {
    format!("urn:zitadel:iam:org:project:{project_id}:roles")
}

/// How the token was validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Validated {
    /// A JWT, verified against the issuer's keys.
    Jwt,
    /// An opaque token or PAT, confirmed active by introspection.
    Introspection,
}

/// The authenticated caller (serializable for audit records and `whoami` answers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Principal {
    /// The user id (`sub`).
    pub sub: String,
    /// The user's organization (`urn:zitadel:iam:user:resourceowner:id`). Real ZITADEL
    /// emits it when the `urn:zitadel:iam:user:resourceowner` scope was requested.
    pub org: Option<String>,
    /// Roles on the workspace project: role key → ids of the orgs it was granted in.
    pub roles: BTreeMap<String, BTreeSet<String>>,
    /// Granted scopes (`scope`, space separated).
    pub scopes: BTreeSet<String>,
    /// The OAuth client the token was issued to (`client_id`, else `azp`).
    pub client_id: Option<String>,
    /// How the token was validated.
    pub validated: Validated,
}

impl Principal {
    /// Builds the principal from claims. The roles are read from the workspace
    /// project's claim; the generic claim (roles of the *requesting client's*
    /// project) only from introspection, where the caller is our own API app — in a
    /// JWT it could hold another project's roles.
    pub fn from_claims(
        claims: &Map<String, Value>,
        project_id: &str,
        validated: Validated,
    ) -> Result<Self, AuthError> {
        let sub = str_claim(claims, "sub")
            .filter(|s| !s.is_empty())
            .ok_or_else(|| {
                AuthError::new(Reason::MalformedToken, "the token has no subject (sub)")
            })?;
        let mut roles_claim = claims.get(&project_roles_claim(project_id));
        if roles_claim.is_none() && validated == Validated::Introspection {
            roles_claim = claims.get(GENERIC_ROLES_CLAIM);
        }
        Ok(Self {
            sub: sub.to_owned(),
            org: str_claim(claims, ORG_CLAIM).map(str::to_owned),
            roles: roles_claim.map(parse_roles).unwrap_or_default(),
            scopes: parse_scopes(claims.get("scope")),
            client_id: str_claim(claims, "client_id")
                .or_else(|| str_claim(claims, "azp"))
                .map(str::to_owned),
            validated,
        })
    }
}

fn str_claim<'a>(claims: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    claims.get(name).and_then(Value::as_str)
}

/// `{"admin": {"<orgId>": "<domain>"}}` → `admin → {orgId}`; anything else is ignored.
fn parse_roles(v: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let Some(obj) = v.as_object() else {
        return BTreeMap::new();
    };
    obj.iter()
        .map(|(role, orgs)| {
            let orgs = orgs
                .as_object()
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default();
            (role.clone(), orgs)
        })
        .collect()
}

/// `scope` as a space-separated string (RFC 7662, ZITADEL) or a JSON array.
fn parse_scopes(v: Option<&Value>) -> BTreeSet<String> {
    match v {
        Some(Value::String(s)) => s.split_whitespace().map(str::to_owned).collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => BTreeSet::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claims(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn reads_org_roles_scopes_and_client() {
        let c = claims(json!({
            "sub": "u1",
            ORG_CLAIM: "o-globex",
            "urn:zitadel:iam:org:project:p1:roles": {
                "viewer": {"o-globex": "globex.localhost", "o-acme": "acme.localhost"}
            },
            "scope": "openid  profile",
            "azp": "cli@ws",
        }));
        let p = Principal::from_claims(&c, "p1", Validated::Jwt).unwrap();
        assert_eq!(p.sub, "u1");
        assert_eq!(p.org.as_deref(), Some("o-globex"));
        assert_eq!(
            p.roles["viewer"],
            BTreeSet::from(["o-acme".to_owned(), "o-globex".to_owned()])
        );
        assert_eq!(
            p.scopes,
            BTreeSet::from(["openid".into(), "profile".into()])
        );
        assert_eq!(p.client_id.as_deref(), Some("cli@ws"));
    }

    #[test]
    fn generic_roles_only_from_introspection_and_other_projects_ignored() {
        let c = claims(json!({
            "sub": "u1",
            GENERIC_ROLES_CLAIM: {"admin": {"o1": "d"}},
            "urn:zitadel:iam:org:project:other:roles": {"admin": {"o1": "d"}},
            "scope": ["a", "b"], "client_id": "c",
        }));
        let jwt = Principal::from_claims(&c, "p1", Validated::Jwt).unwrap();
        assert!(jwt.roles.is_empty());
        let intro = Principal::from_claims(&c, "p1", Validated::Introspection).unwrap();
        assert!(intro.roles.contains_key("admin"));
        assert_eq!(intro.scopes.len(), 2);
        assert_eq!(intro.client_id.as_deref(), Some("c"));
    }

    #[test]
    fn subject_is_required() {
        for c in [json!({}), json!({"sub": ""}), json!({"sub": 5})] {
            let e = Principal::from_claims(&claims(c), "p", Validated::Jwt).unwrap_err();
            assert_eq!(e.reason, Reason::MalformedToken);
        }
    }
}
