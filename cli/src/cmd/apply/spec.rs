//! The tenant file of `ws apply`: organizations, each with projects (roles and grants
//! to other organizations) and users (the columns of `ws users import`, plus `roles` as
//! a list of `project:role`). Unknown fields are errors with their line and column.

use serde::Deserialize;
use serde_json::Value;

/// A whole tenant.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenant {
    /// The organizations, created in this order.
    #[serde(default)]
    pub orgs: Vec<OrgSpec>,
}

/// One organization (found by name, created when missing; never deleted).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgSpec {
    /// Its name.
    pub name: String,
    /// Projects it owns.
    #[serde(default)]
    pub projects: Vec<ProjectSpec>,
    /// Its human users, as `ws users import` rows (without `org`).
    #[serde(default)]
    pub users: Vec<Value>,
}

/// One project.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectSpec {
    /// Its name (unique within the organization).
    pub name: String,
    /// Its roles.
    #[serde(default)]
    pub roles: Vec<RoleSpec>,
    /// Grants of it to other organizations.
    #[serde(default)]
    pub grants: Vec<GrantSpec>,
}

/// A role: a bare key, or a key with a display name and group.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RoleSpec {
    /// Just the key (display name = key).
    Key(String),
    /// Key, display name, group.
    Full {
        /// Role key.
        key: String,
        /// Display name.
        #[serde(default)]
        display_name: Option<String>,
        /// Group.
        #[serde(default)]
        group: Option<String>,
    },
}

impl RoleSpec {
    /// The role key.
    pub fn key(&self) -> &str {
        match self {
            RoleSpec::Key(k) | RoleSpec::Full { key: k, .. } => k,
        }
    }
}

/// A project grant: the project shared with `org`, limited to `roles`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantSpec {
    /// The granted organization (name or id).
    pub org: String,
    /// Role keys it may hand out.
    #[serde(default)]
    pub roles: Vec<String>,
}

impl Tenant {
    /// Parses YAML (JSON is YAML too).
    pub fn parse(text: &str) -> anyhow::Result<Tenant> {
        serde_norway::from_str(text).map_err(|e| anyhow::anyhow!("invalid tenant file: {e}"))
    }
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_parses_and_typos_are_errors_with_a_location() {
        let text = include_str!("../../../../config/tenant.example.yaml");
        let t = Tenant::parse(text).unwrap();
        assert!(!t.orgs.is_empty());
        assert!(
            t.orgs
                .iter()
                .any(|o| !o.projects.is_empty() && !o.users.is_empty())
        );
        let err = Tenant::parse("orgs:\n  - name: x\n    projetcs: []\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("projetcs") && msg.contains("line 3"), "{msg}");
    }
}
