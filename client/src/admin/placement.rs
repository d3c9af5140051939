//! Where ZITADEL expects an authorization of a user on a project, and the roles it
//! may hold there: in the project's own organization for its users (any project
//! role), in the user's organization when that organization holds an active grant
//! of the project (only the granted roles), else in the project's organization.
//! Checking the roles here gives one clear refusal before any write, the same in
//! `ws authz create|update` and in `ws users import --dry-run`.

use serde_json::Value;

use super::paging;
use super::{grants, projects, str_field};
use crate::error::{Error, ErrorCode};
use crate::zitadel::ZitadelApi;

/// A project's organization, its roles and the organizations it is granted to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectAccess {
    /// Project id.
    pub project_id: String,
    /// Project name, for messages.
    pub project_name: String,
    /// The organization that owns the project.
    pub owner_org: String,
    /// The project's role keys; `None` when the caller may not list them.
    pub role_keys: Option<Vec<String>>,
    /// Active grants; `None` when the caller may not list them.
    pub grants: Option<Vec<GrantedOrg>>,
}

/// An organization holding an active grant of the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantedOrg {
    /// Granted organization id.
    pub org_id: String,
    /// Its name, for messages.
    pub org_name: String,
    /// The roles granted to it.
    pub role_keys: Vec<String>,
}

/// Where one authorization lives and what it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement<'a> {
    /// The organization to create the authorization in.
    pub org_id: &'a str,
    /// The grant it is made through, when the organization is a granted one.
    pub grant: Option<&'a GrantedOrg>,
    /// The roles it may hold; `None` when unknown (the server decides).
    pub allowed: Option<&'a [String]>,
}

impl ProjectAccess {
    /// Reads the project, its roles and its grants (three calls).
    pub async fn load(api: &ZitadelApi<'_>, project_id: &str) -> Result<ProjectAccess, Error> {
        let project = projects::get(api, project_id).await?;
        let role_keys = permitted(
            paging::all(api, &projects::roles_call(project_id, None), None).await,
            |roles| {
                roles
                    .iter()
                    .map(|r| str_field(r, "key").to_owned())
                    .collect()
            },
        )?;
        let grants = permitted(
            paging::all(api, &grants::list_call(Some(project_id)), None).await,
            |gs| gs.iter().filter_map(active_grant).collect(),
        )?;
        Ok(ProjectAccess {
            project_id: project_id.to_owned(),
            project_name: str_field(&project, "name").to_owned(),
            owner_org: str_field(&project, "organizationId").to_owned(),
            role_keys,
            grants,
        })
    }

    /// Where an authorization of a user of `user_org` goes.
    pub fn placement(&self, user_org: &str) -> Placement<'_> {
        let grant = (user_org != self.owner_org)
            .then(|| self.grants.iter().flatten().find(|g| g.org_id == user_org))
            .flatten();
        match grant {
            Some(g) => Placement {
                org_id: &g.org_id,
                grant: Some(g),
                allowed: Some(&g.role_keys),
            },
            None => Placement {
                org_id: &self.owner_org,
                grant: None,
                allowed: self.role_keys.as_deref(),
            },
        }
    }
}

impl Placement<'_> {
    /// Why `keys` cannot be held here (one sentence naming the first refused role,
    /// what may be held and how to change that), or `None` when they can.
    pub fn refusal(&self, project: &ProjectAccess, keys: &[String]) -> Option<String> {
        let allowed = self.allowed?;
        let bad = keys.iter().find(|k| !allowed.contains(k))?;
        let name = &project.project_name;
        let list = if allowed.is_empty() {
            "none".to_owned()
        } else {
            allowed.join(", ")
        };
        Some(match self.grant {
            Some(g) => format!(
                "role '{bad}' is not granted to {org} on project {name} (granted: {list}); \
                 an administrator of the project's organization can add it with \
                 ws grants update --project {name:?} --granted-org {org:?} --role …",
                org = g.org_name
            ),
            None => format!("role '{bad}' does not exist on project {name} (roles: {list})"),
        })
    }
}

/// A listing, or `None` when the caller may not make it (the server then decides).
fn permitted<T>(
    listed: Result<Vec<Value>, Error>,
    map: impl FnOnce(&[Value]) -> T,
) -> Result<Option<T>, Error> {
    match listed {
        Ok(items) => Ok(Some(map(&items))),
        Err(Error::Api(a)) if a.code == ErrorCode::PermissionDenied => Ok(None),
        Err(e) => Err(e),
    }
}

fn active_grant(g: &Value) -> Option<GrantedOrg> {
    (str_field(g, "state") == "PROJECT_GRANT_STATE_ACTIVE").then(|| GrantedOrg {
        org_id: str_field(g, "grantedOrganizationId").to_owned(),
        org_name: str_field(g, "grantedOrganizationName").to_owned(),
        role_keys: g
            .get("grantedRoleKeys")
            .and_then(Value::as_array)
            .map(|ks| {
                ks.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access() -> ProjectAccess {
        ProjectAccess {
            project_id: "p".into(),
            project_name: "workspace".into(),
            owner_org: "acme".into(),
            role_keys: Some(vec!["admin".into(), "editor".into(), "viewer".into()]),
            grants: Some(vec![GrantedOrg {
                org_id: "globex".into(),
                org_name: "Globex Inc".into(),
                role_keys: vec!["viewer".into()],
            }]),
        }
    }

    #[test]
    fn a_granted_orgs_user_is_authorized_there_with_the_granted_roles_only() {
        let a = access();
        let p = a.placement("globex");
        assert_eq!(p.org_id, "globex");
        assert_eq!(p.refusal(&a, &["viewer".into()]), None);
        let why = p.refusal(&a, &["editor".into()]).unwrap();
        assert!(
            why.contains("'editor' is not granted to Globex Inc"),
            "{why}"
        );
        assert!(why.contains("granted: viewer"), "{why}");
    }

    #[test]
    fn owners_and_ungranted_orgs_use_the_project_org_and_its_roles() {
        let a = access();
        for org in ["acme", "initech"] {
            let p = a.placement(org);
            assert_eq!(p.org_id, "acme");
            assert_eq!(p.refusal(&a, &["editor".into()]), None);
            let why = p.refusal(&a, &["owner".into()]).unwrap();
            assert!(why.contains("does not exist on project workspace"), "{why}");
        }
    }

    #[test]
    fn unknown_roles_are_left_to_the_server() {
        let a = ProjectAccess {
            role_keys: None,
            ..access()
        };
        assert_eq!(a.placement("acme").refusal(&a, &["x".into()]), None);
    }
}
