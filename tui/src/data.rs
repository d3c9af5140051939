//! The rows the dashboard shows, flattened from the Zitadel v2 JSON answers once when
//! they arrive (so drawing and filtering never walk JSON), and the [`Row`] trait the
//! generic table, filter and details views work through.

use serde_json::Value;
use ws_client::admin::str_field;

/// One line of a list view.
pub trait Row {
    /// Column titles.
    const HEADERS: &'static [&'static str];
    /// A stable id (selection survives a refresh by id).
    fn id(&self) -> &str;
    /// The cells, in [`Row::HEADERS`] order.
    fn cells(&self) -> Vec<&str>;
    /// Lower-cased text a filter matches against.
    fn haystack(&self) -> &str;
    /// Label/value pairs for the details pane.
    fn details(&self) -> Vec<(&'static str, String)>;
}

/// The last word of a protobuf enum name, lower-cased: `USER_STATE_LOCKED` → `locked`.
pub fn enum_word(name: &str) -> String {
    name.rsplit('_').next().unwrap_or(name).to_ascii_lowercase()
}

fn haystack(parts: &[&str]) -> String {
    parts.join("\u{1f}").to_lowercase()
}

fn strs(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// A user (human or machine).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    /// `userId`.
    pub id: String,
    /// `username`.
    pub username: String,
    /// Display name (humans) or machine name.
    pub name: String,
    /// Email (humans).
    pub email: String,
    /// `active`, `inactive`, `locked`, `initial`.
    pub state: String,
    /// `human` or `machine`.
    pub kind: String,
    /// Owning organization id.
    pub org_id: String,
    /// `preferredLoginName`.
    pub login: String,
    search: String,
}

impl UserRow {
    /// A row from fields (tests, benchmarks, the JSON parser).
    pub fn new(id: &str, username: &str, name: &str, email: &str, state: &str, kind: &str) -> Self {
        Self::with_org(id, username, name, email, state, kind, "", "")
    }

    /// A row with its organization and login name.
    #[allow(clippy::too_many_arguments)]
    pub fn with_org(
        id: &str,
        username: &str,
        name: &str,
        email: &str,
        state: &str,
        kind: &str,
        org_id: &str,
        login: &str,
    ) -> Self {
        Self {
            search: haystack(&[username, name, email, state, kind, login, id]),
            id: id.into(),
            username: username.into(),
            name: name.into(),
            email: email.into(),
            state: state.into(),
            kind: kind.into(),
            org_id: org_id.into(),
            login: login.into(),
        }
    }

    /// A row from a `ListUsers` result.
    pub fn from_json(v: &Value) -> Self {
        let machine = v.get("machine").is_some();
        let name = if machine {
            str_field(v, "machine.name")
        } else {
            str_field(v, "human.profile.displayName")
        };
        Self::with_org(
            str_field(v, "userId"),
            str_field(v, "username"),
            name,
            str_field(v, "human.email.email"),
            &enum_word(str_field(v, "state")),
            if machine { "machine" } else { "human" },
            str_field(v, "details.resourceOwner"),
            str_field(v, "preferredLoginName"),
        )
    }
}

impl Row for UserRow {
    const HEADERS: &'static [&'static str] = &["USERNAME", "NAME", "EMAIL", "STATE", "TYPE", "ID"];
    fn id(&self) -> &str {
        &self.id
    }
    fn cells(&self) -> Vec<&str> {
        vec![
            &self.username,
            &self.name,
            &self.email,
            &self.state,
            &self.kind,
            &self.id,
        ]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Id", self.id.clone()),
            ("Username", self.username.clone()),
            ("Login name", self.login.clone()),
            ("Name", self.name.clone()),
            ("Email", self.email.clone()),
            ("State", self.state.clone()),
            ("Type", self.kind.clone()),
            ("Organization", self.org_id.clone()),
        ]
    }
}

/// An organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRow {
    /// `id`.
    pub id: String,
    /// `name`.
    pub name: String,
    /// `primaryDomain`.
    pub domain: String,
    /// `active` / `inactive`.
    pub state: String,
    search: String,
}

impl OrgRow {
    /// A row from fields.
    pub fn new(id: &str, name: &str, domain: &str, state: &str) -> Self {
        Self {
            search: haystack(&[name, domain, state, id]),
            id: id.into(),
            name: name.into(),
            domain: domain.into(),
            state: state.into(),
        }
    }

    /// A row from a `ListOrganizations` result.
    pub fn from_json(v: &Value) -> Self {
        Self::new(
            str_field(v, "id"),
            str_field(v, "name"),
            str_field(v, "primaryDomain"),
            &enum_word(str_field(v, "state")),
        )
    }
}

impl Row for OrgRow {
    const HEADERS: &'static [&'static str] = &["NAME", "PRIMARY DOMAIN", "STATE", "ID"];
    fn id(&self) -> &str {
        &self.id
    }
    fn cells(&self) -> Vec<&str> {
        vec![&self.name, &self.domain, &self.state, &self.id]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Id", self.id.clone()),
            ("Name", self.name.clone()),
            ("Primary domain", self.domain.clone()),
            ("State", self.state.clone()),
        ]
    }
}

/// A project (owned, or granted to the caller's organization).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRow {
    /// `projectId`.
    pub id: String,
    /// `name`.
    pub name: String,
    /// Owning organization id.
    pub org_id: String,
    /// `active` / `inactive`.
    pub state: String,
    /// For a granted project: the organization it is granted to.
    pub granted_to: String,
    search: String,
}

impl ProjectRow {
    /// A row from fields.
    pub fn new(id: &str, name: &str, org_id: &str, state: &str, granted_to: &str) -> Self {
        Self {
            search: haystack(&[name, org_id, state, granted_to, id]),
            id: id.into(),
            name: name.into(),
            org_id: org_id.into(),
            state: state.into(),
            granted_to: granted_to.into(),
        }
    }

    /// A row from a `ListProjects` result.
    pub fn from_json(v: &Value) -> Self {
        Self::new(
            str_field(v, "projectId"),
            str_field(v, "name"),
            str_field(v, "organizationId"),
            &enum_word(str_field(v, "state")),
            str_field(v, "grantedOrganizationName"),
        )
    }
}

impl Row for ProjectRow {
    const HEADERS: &'static [&'static str] = &["NAME", "STATE", "GRANTED TO", "OWNER ORG", "ID"];
    fn id(&self) -> &str {
        &self.id
    }
    fn cells(&self) -> Vec<&str> {
        vec![
            &self.name,
            &self.state,
            &self.granted_to,
            &self.org_id,
            &self.id,
        ]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Id", self.id.clone()),
            ("Name", self.name.clone()),
            ("Owner organization", self.org_id.clone()),
            ("State", self.state.clone()),
            ("Granted to", self.granted_to.clone()),
        ]
    }
}

/// A role of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRow {
    /// Role key.
    pub key: String,
    /// Display name.
    pub name: String,
    /// Group.
    pub group: String,
}

impl RoleRow {
    /// A row from a `ListProjectRoles` result.
    pub fn from_json(v: &Value) -> Self {
        Self {
            key: str_field(v, "key").into(),
            name: str_field(v, "displayName").into(),
            group: str_field(v, "group").into(),
        }
    }
}

/// A project grant: a project shared with another organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantRow {
    /// `projectId` + `/` + `grantedOrganizationId` (grants have no id of their own).
    pub id: String,
    /// Project id.
    pub project_id: String,
    /// Project name.
    pub project: String,
    /// Granted organization id.
    pub org_id: String,
    /// Granted organization name.
    pub org: String,
    /// Granted role keys, comma-separated.
    pub roles: String,
    /// `active` / `inactive`.
    pub state: String,
    search: String,
}

impl GrantRow {
    /// A row from fields.
    pub fn new(
        project_id: &str,
        project: &str,
        org_id: &str,
        org: &str,
        roles: &str,
        state: &str,
    ) -> Self {
        Self {
            id: format!("{project_id}/{org_id}"),
            search: haystack(&[project, org, roles, state, project_id, org_id]),
            project_id: project_id.into(),
            project: project.into(),
            org_id: org_id.into(),
            org: org.into(),
            roles: roles.into(),
            state: state.into(),
        }
    }

    /// A row from a `ListProjectGrants` result.
    pub fn from_json(v: &Value) -> Self {
        Self::new(
            str_field(v, "projectId"),
            str_field(v, "projectName"),
            str_field(v, "grantedOrganizationId"),
            str_field(v, "grantedOrganizationName"),
            &strs(v, "grantedRoleKeys").join(","),
            &enum_word(str_field(v, "state")),
        )
    }
}

impl Row for GrantRow {
    const HEADERS: &'static [&'static str] =
        &["PROJECT", "GRANTED ORG", "ROLES", "STATE", "PROJECT ID"];
    fn id(&self) -> &str {
        &self.id
    }
    fn cells(&self) -> Vec<&str> {
        vec![
            &self.project,
            &self.org,
            &self.roles,
            &self.state,
            &self.project_id,
        ]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Project", format!("{} ({})", self.project, self.project_id)),
            (
                "Granted organization",
                format!("{} ({})", self.org, self.org_id),
            ),
            ("Roles", self.roles.clone()),
            ("State", self.state.clone()),
        ]
    }
}

/// An authorization: a user's roles on a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthzRow {
    /// `id`.
    pub id: String,
    /// The user's login name.
    pub user: String,
    /// The user id.
    pub user_id: String,
    /// Project name.
    pub project: String,
    /// The organization the authorization was made in.
    pub org: String,
    /// Role keys, comma-separated.
    pub roles: String,
    /// `active` / `inactive`.
    pub state: String,
    search: String,
}

impl AuthzRow {
    /// A row from fields.
    pub fn new(
        id: &str,
        user: &str,
        user_id: &str,
        project: &str,
        org: &str,
        roles: &str,
        state: &str,
    ) -> Self {
        Self {
            search: haystack(&[user, project, org, roles, state, id, user_id]),
            id: id.into(),
            user: user.into(),
            user_id: user_id.into(),
            project: project.into(),
            org: org.into(),
            roles: roles.into(),
            state: state.into(),
        }
    }

    /// A row from a `ListAuthorizations` result.
    pub fn from_json(v: &Value) -> Self {
        let roles: Vec<&str> = v
            .get("roles")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(|r| str_field(r, "key")).collect())
            .unwrap_or_default();
        Self::new(
            str_field(v, "id"),
            str_field(v, "user.preferredLoginName"),
            str_field(v, "user.id"),
            str_field(v, "project.name"),
            str_field(v, "organization.name"),
            &roles.join(","),
            &enum_word(str_field(v, "state")),
        )
    }
}

impl Row for AuthzRow {
    const HEADERS: &'static [&'static str] = &["USER", "PROJECT", "ORG", "ROLES", "STATE", "ID"];
    fn id(&self) -> &str {
        &self.id
    }
    fn cells(&self) -> Vec<&str> {
        vec![
            &self.user,
            &self.project,
            &self.org,
            &self.roles,
            &self.state,
            &self.id,
        ]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Id", self.id.clone()),
            ("User", format!("{} ({})", self.user, self.user_id)),
            ("Project", self.project.clone()),
            ("Organization", self.org.clone()),
            ("Roles", self.roles.clone()),
            ("State", self.state.clone()),
        ]
    }
}

/// Who the token belongs to (userinfo claims).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Me {
    /// `preferred_username`, else `sub`.
    pub login: String,
    /// `name`.
    pub name: String,
    /// `email`.
    pub email: String,
    /// Organization id of the user.
    pub org_id: String,
    /// Organization name of the user.
    pub org_name: String,
    /// Project roles from the roles claim.
    pub roles: Vec<String>,
}

impl Me {
    /// From userinfo claims.
    pub fn from_userinfo(v: &Value) -> Self {
        let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
        let login = Some(s("preferred_username"))
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| s("sub"));
        let mut roles: Vec<String> = v
            .get("urn:zitadel:iam:org:project:roles")
            .and_then(Value::as_object)
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        roles.sort();
        Self {
            login,
            name: s("name"),
            email: s("email"),
            org_id: s("urn:zitadel:iam:user:resourceowner:id"),
            org_name: s("urn:zitadel:iam:user:resourceowner:name"),
            roles,
        }
    }
}

/// The server's liveness and readiness.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Health {
    /// `/healthz` answered.
    pub live: bool,
    /// `/readyz` status was 2xx.
    pub ready: bool,
    /// Readiness checks as name/value lines.
    pub checks: Vec<(String, String)>,
    /// The `server` header, when the server sends one.
    pub version: String,
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn user_from_json_flattens_human_and_machine() {
        let h = UserRow::from_json(
            &json!({"userId": "1", "username": "alice", "state": "USER_STATE_LOCKED",
            "preferredLoginName": "alice@acme", "details": {"resourceOwner": "o1"},
            "human": {"profile": {"displayName": "Alice A"}, "email": {"email": "a@x"}}}),
        );
        assert_eq!(
            (h.state.as_str(), h.kind.as_str(), h.name.as_str()),
            ("locked", "human", "Alice A")
        );
        assert_eq!((h.org_id.as_str(), h.login.as_str()), ("o1", "alice@acme"));
        let m = UserRow::from_json(
            &json!({"userId": "2", "username": "bot", "machine": {"name": "Bot"}}),
        );
        assert_eq!(
            (m.kind.as_str(), m.name.as_str(), m.state.as_str()),
            ("machine", "Bot", "")
        );
        assert!(h.haystack().contains("alice a"), "haystack is lower-cased");
    }

    #[test]
    fn authz_roles_are_joined_and_me_reads_zitadel_claims() {
        let a = AuthzRow::from_json(&json!({"id": "9", "state": "STATE_ACTIVE",
            "user": {"id": "u", "preferredLoginName": "bob@acme"}, "project": {"name": "workspace"},
            "organization": {"name": "Acme"}, "roles": [{"key": "admin"}, {"key": "viewer"}]}));
        assert_eq!(
            (a.roles.as_str(), a.state.as_str(), a.user.as_str()),
            ("admin,viewer", "active", "bob@acme")
        );
        let me = Me::from_userinfo(&json!({"sub": "s", "name": "Ada",
            "urn:zitadel:iam:user:resourceowner:name": "Acme",
            "urn:zitadel:iam:org:project:roles": {"viewer": {}, "admin": {}}}));
        assert_eq!((me.login.as_str(), me.org_name.as_str()), ("s", "Acme"));
        assert_eq!(me.roles, ["admin", "viewer"]);
    }
}
