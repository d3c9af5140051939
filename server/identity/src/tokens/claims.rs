//! Scopes and claims as ZITADEL emits them (reference README §9): the reserved
//! scopes, the audience they add, userinfo claims per scope, the resource-owner
//! claims and both forms of the roles claims (role → {orgId: primaryDomain}).

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use ws_storage::{Org, RoleAssignment, User, UserKind, UserState};

use crate::{IdentityState, OAuthError};

/// The audience value `urn:zitadel:iam:org:project:id:zitadel:aud` adds: it stands
/// for ZITADEL's own API project, and the management APIs accept a token only when
/// its `aud` contains it (README §3.2).
pub const ZITADEL_API_AUDIENCE: &str = "zitadel";

const AUD_PREFIX: &str = "urn:zitadel:iam:org:project:id:";
const ROLE_PREFIX: &str = "urn:zitadel:iam:org:project:role:";
const ROLE_ORG_PREFIX: &str = "urn:zitadel:iam:org:roles:id:";
const ORG_ID_PREFIX: &str = "urn:zitadel:iam:org:id:";
const ALL_PROJECT_ROLES: &str = "urn:zitadel:iam:org:projects:roles";
const ORG_DOMAIN_PREFIX: &str = "urn:zitadel:iam:org:domain:primary:";
/// The scope (and claim) carrying the user's metadata.
const METADATA: &str = "urn:zitadel:iam:user:metadata";
/// Generic roles claim: the roles of the client's own project.
pub const ROLES_CLAIM: &str = "urn:zitadel:iam:org:project:roles";

/// A validated, de-duplicated list of scopes in the order requested.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Scopes(pub Vec<String>);

impl Scopes {
    /// Parses a space-delimited `scope` parameter (RFC 6749 §3.3).
    pub(crate) fn parse(raw: Option<&str>) -> Result<Self, OAuthError> {
        let mut out: Vec<String> = Vec::new();
        for s in raw.unwrap_or_default().split(' ').filter(|s| !s.is_empty()) {
            let ok = s
                .bytes()
                .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b));
            if !ok {
                return Err(OAuthError::invalid_scope(format!(
                    "scope '{}' contains characters RFC 6749 §3.3 does not allow",
                    s.escape_default()
                )));
            }
            if !out.iter().any(|o| o == s) {
                out.push(s.to_owned());
            }
        }
        Ok(Self(out))
    }

    /// Whether `scope` was granted.
    pub(crate) fn has(&self, scope: &str) -> bool {
        self.0.iter().any(|s| s == scope)
    }

    /// The space-delimited form, as in the `scope` claim.
    pub(crate) fn joined(&self) -> String {
        self.0.join(" ")
    }

    /// Audience entries requested with `urn:zitadel:iam:org:project:id:{id}:aud`.
    pub(crate) fn aud_projects(&self) -> Vec<String> {
        self.0
            .iter()
            .filter_map(|s| s.strip_prefix(AUD_PREFIX)?.strip_suffix(":aud"))
            .filter(|id| !id.is_empty())
            .map(|id| {
                if id == "zitadel" {
                    ZITADEL_API_AUDIENCE.to_owned()
                } else {
                    id.to_owned()
                }
            })
            .collect()
    }

    /// Role keys asked for with `urn:zitadel:iam:org:project:role:{key}`.
    fn role_keys(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter_map(|s| s.strip_prefix(ROLE_PREFIX))
            .collect()
    }

    /// Orgs the roles are restricted to with `urn:zitadel:iam:org:roles:id:{orgId}`.
    fn role_orgs(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter_map(|s| s.strip_prefix(ROLE_ORG_PREFIX))
            .collect()
    }

    /// Whether roles were asked for by scope.
    pub(crate) fn roles_requested(&self) -> bool {
        self.has(ALL_PROJECT_ROLES) || !self.role_keys().is_empty()
    }

    /// The org id asked for with `urn:zitadel:iam:org:id:{orgId}`, if any.
    fn org_id(&self) -> Option<&str> {
        self.0.iter().find_map(|s| s.strip_prefix(ORG_ID_PREFIX))
    }
}

/// The `aud` of a token: the client id, the client's project, and every project
/// requested through the reserved audience scopes.
pub(crate) fn audience(client_id: &str, own_project: Option<&str>, scopes: &Scopes) -> Vec<String> {
    let mut aud = vec![client_id.to_owned()];
    for a in own_project
        .map(str::to_owned)
        .into_iter()
        .chain(scopes.aud_projects())
    {
        if !aud.contains(&a) {
            aud.push(a);
        }
    }
    aud
}

/// A user with the organization that owns them: everything claims are made from.
#[derive(Debug, Clone)]
pub(crate) struct Subject {
    /// The user.
    pub user: User,
    /// Their organization.
    pub org: Org,
}

impl Subject {
    /// Loads an active user and their active org; `None` if either is missing or
    /// not active (the caller turns that into its endpoint's error).
    pub(crate) async fn load(
        state: &IdentityState,
        user_id: &str,
    ) -> Result<Option<Self>, OAuthError> {
        state.token_cache.subject(state, user_id).await
    }

    /// [`Subject::load`] straight from storage.
    pub(crate) async fn load_uncached(
        state: &IdentityState,
        user_id: &str,
    ) -> Result<Option<Self>, OAuthError> {
        let Some(user) = state
            .store
            .users
            .get_user(user_id)
            .await
            .map_err(OAuthError::from_storage)?
        else {
            return Ok(None);
        };
        if user.state != UserState::Active {
            return Ok(None);
        }
        let org = state
            .store
            .orgs
            .get_org(&user.org_id)
            .await
            .map_err(OAuthError::from_storage)?;
        Ok(org
            .filter(|o| o.state == ws_storage::State::Active)
            .map(|org| Self { user, org }))
    }

    /// The login name shown as `preferred_username`: `username@org-domain`, as
    /// ZITADEL's domain policy builds it, unless the username is an address already.
    pub(crate) fn login_name(&self) -> String {
        if self.user.username.contains('@') {
            self.user.username.clone()
        } else {
            format!("{}@{}", self.user.username, self.org.primary_domain)
        }
    }
}

/// Userinfo claims for the granted scopes (`sub`, profile, email, phone, the
/// resource-owner claims, the org claim).
pub(crate) fn userinfo_claims(subject: &Subject, scopes: &Scopes) -> Map<String, Value> {
    let mut c = Map::new();
    let u = &subject.user;
    c.insert("sub".into(), json!(u.id));
    if scopes.has("profile") {
        c.insert("preferred_username".into(), json!(subject.login_name()));
        c.insert("updated_at".into(), json!(u.changed_at));
        match &u.kind {
            UserKind::Human(h) => {
                c.insert("name".into(), json!(h.display_name));
                c.insert("given_name".into(), json!(h.given_name));
                c.insert("family_name".into(), json!(h.family_name));
                if let Some(n) = &h.nick_name {
                    c.insert("nickname".into(), json!(n));
                }
                if let Some(l) = &h.preferred_language {
                    c.insert("locale".into(), json!(l));
                }
            }
            UserKind::Machine(m) => {
                c.insert("name".into(), json!(m.name));
            }
        }
    }
    if let UserKind::Human(h) = &u.kind {
        if scopes.has("email") {
            c.insert("email".into(), json!(h.email));
            c.insert("email_verified".into(), json!(h.email_verified));
        }
        if let (true, Some(p)) = (scopes.has("phone"), &h.phone) {
            c.insert("phone_number".into(), json!(p));
            c.insert("phone_number_verified".into(), json!(false));
        }
    }
    // The resource-owner claims are always present: consumers need the user's org,
    // and ZITADEL emits the same values with the `…:user:resourceowner` scope.
    c.insert(
        "urn:zitadel:iam:user:resourceowner:id".into(),
        json!(subject.org.id),
    );
    c.insert(
        "urn:zitadel:iam:user:resourceowner:name".into(),
        json!(subject.org.name),
    );
    c.insert(
        "urn:zitadel:iam:user:resourceowner:primary_domain".into(),
        json!(subject.org.primary_domain),
    );
    if scopes.org_id() == Some(subject.org.id.as_str()) {
        c.insert("urn:zitadel:iam:org:id".into(), json!(subject.org.id));
    }
    let domain = scopes
        .0
        .iter()
        .find_map(|s| s.strip_prefix(ORG_DOMAIN_PREFIX));
    if domain.is_some_and(|d| d.eq_ignore_ascii_case(&subject.org.primary_domain)) {
        let claim = "urn:zitadel:iam:org:domain:primary";
        c.insert(claim.into(), json!(subject.org.primary_domain));
    }
    c
}

/// Adds `urn:zitadel:iam:user:metadata` (`{key: base64url(value)}`, README §9.3)
/// when that scope was granted and the user has metadata.
pub(crate) async fn add_metadata(
    state: &IdentityState,
    claims: &mut Map<String, Value>,
    user_id: &str,
    scopes: &Scopes,
) -> Result<(), OAuthError> {
    use base64::Engine;
    if !scopes.has(METADATA) {
        return Ok(());
    }
    let entries = state.token_cache.metadata(state, user_id).await?;
    if entries.is_empty() {
        return Ok(());
    }
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let map: Map<String, Value> = entries
        .into_iter()
        .map(|m| (m.key, json!(b64.encode(m.value))))
        .collect();
    claims.insert(METADATA.into(), Value::Object(map));
    Ok(())
}

/// Adds both roles claims for `projects` (evaluated now from storage) to `claims`:
/// the project-specific claim for each project with roles, and the generic claim for
/// `generic` (the client's own project). Role and org scopes narrow what is asserted.
pub(crate) async fn add_roles(
    state: &IdentityState,
    claims: &mut Map<String, Value>,
    user_id: &str,
    projects: &[String],
    generic: Option<&str>,
    scopes: &Scopes,
) -> Result<(), OAuthError> {
    let projects: Vec<String> = projects
        .iter()
        .filter(|p| p.as_str() != ZITADEL_API_AUDIENCE)
        .cloned()
        .collect();
    if projects.is_empty() {
        return Ok(());
    }
    let roles = state.token_cache.roles(state, user_id, &projects).await?;
    for (project, value) in roles_by_project(&roles, scopes) {
        if generic == Some(project.as_str()) {
            claims.insert(ROLES_CLAIM.into(), value.clone());
        }
        claims.insert(
            format!("urn:zitadel:iam:org:project:{project}:roles"),
            value,
        );
    }
    Ok(())
}

/// Groups role assignments into `{project: {role: {orgId: domain}}}`, keeping only
/// requested role keys and orgs when the scopes name any.
fn roles_by_project(roles: &[RoleAssignment], scopes: &Scopes) -> BTreeMap<String, Value> {
    let (keys, orgs) = (scopes.role_keys(), scopes.role_orgs());
    let mut out: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for r in roles {
        if (!keys.is_empty() && !keys.contains(&r.role_key.as_str()))
            || (!orgs.is_empty() && !orgs.contains(&r.org_id.as_str()))
        {
            continue;
        }
        let role = out
            .entry(r.project_id.clone())
            .or_default()
            .entry(r.role_key.clone())
            .or_insert_with(|| json!({}));
        if let Value::Object(m) = role {
            m.insert(r.org_id.clone(), json!(r.org_primary_domain));
        }
    }
    out.into_iter()
        .map(|(p, m)| (p, Value::Object(m)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_parse_and_reserved_scopes() {
        let s = Scopes::parse(Some(
            "openid  openid urn:zitadel:iam:org:project:id:42:aud urn:zitadel:iam:org:project:id:zitadel:aud urn:zitadel:iam:org:project:role:admin",
        ))
        .unwrap();
        assert_eq!(s.0.len(), 4);
        assert_eq!(s.aud_projects(), vec!["42", ZITADEL_API_AUDIENCE]);
        assert!(s.roles_requested());
        assert_eq!(
            audience("cid", Some("42"), &s),
            vec!["cid", "42", ZITADEL_API_AUDIENCE]
        );
        assert_eq!(
            Scopes::parse(Some("a\"b")).unwrap_err().code,
            "invalid_scope"
        );
        assert_eq!(Scopes::parse(None).unwrap(), Scopes::default());
    }

    #[test]
    fn roles_group_by_project_and_filter() {
        let ra = |p: &str, k: &str, o: &str| RoleAssignment {
            project_id: p.into(),
            role_key: k.into(),
            org_id: o.into(),
            org_primary_domain: format!("{o}.localhost"),
        };
        let roles = vec![
            ra("p1", "admin", "o1"),
            ra("p1", "viewer", "o1"),
            ra("p1", "viewer", "o2"),
            ra("p2", "x", "o1"),
        ];
        let all = roles_by_project(&roles, &Scopes::default());
        assert_eq!(
            all["p1"],
            json!({"admin": {"o1": "o1.localhost"}, "viewer": {"o1": "o1.localhost", "o2": "o2.localhost"}})
        );
        assert_eq!(all["p2"], json!({"x": {"o1": "o1.localhost"}}));
        let only = Scopes::parse(Some(
            "urn:zitadel:iam:org:project:role:viewer urn:zitadel:iam:org:roles:id:o2",
        ))
        .unwrap();
        let some = roles_by_project(&roles, &only);
        assert_eq!(some["p1"], json!({"viewer": {"o2": "o2.localhost"}}));
        assert!(!some.contains_key("p2"));
    }
}
