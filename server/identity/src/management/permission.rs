//! Permission checks as ZITADEL makes them from manager roles: IAM_OWNER may do
//! everything; IAM_ORG_MANAGER manages orgs; IAM_USER_MANAGER and ORG_USER_MANAGER
//! manage users; ORG_OWNER everything within its org; PROJECT_OWNER its projects;
//! PROJECT_GRANT_OWNER its grant. Every user may read themselves.

use ws_storage::{AdminResource, Project};

use super::caller::Caller;
use super::zerr::{ZError, ZResult};

/// Manager roles that reach into every organization's users.
const INSTANCE_USER_ROLES: [&str; 2] = ["IAM_OWNER", "IAM_USER_MANAGER"];
/// Manager roles that reach into every organization itself.
const INSTANCE_ORG_ROLES: [&str; 2] = ["IAM_OWNER", "IAM_ORG_MANAGER"];

impl Caller {
    fn has(&self, resource: &AdminResource, roles: &[&str]) -> bool {
        self.roles
            .iter()
            .any(|a| &a.resource == resource && a.roles.iter().any(|r| roles.contains(&r.as_str())))
    }

    /// Instance owner: may do everything.
    pub(crate) fn is_iam_owner(&self) -> bool {
        self.has(&AdminResource::Instance, &["IAM_OWNER"])
    }

    /// May manage the organization itself (rename, state, metadata, domains).
    pub(crate) fn can_manage_org(&self, org_id: &str) -> bool {
        self.has(&AdminResource::Instance, &INSTANCE_ORG_ROLES)
            || self.has(&AdminResource::Org(org_id.into()), &["ORG_OWNER"])
    }

    /// May create organizations (an instance-level permission).
    pub(crate) fn can_create_org(&self) -> bool {
        self.has(&AdminResource::Instance, &INSTANCE_ORG_ROLES)
    }

    /// May read the organization (its members see it too).
    pub(crate) fn can_read_org(&self, org_id: &str) -> bool {
        self.org_id == org_id
            || self.can_manage_org(org_id)
            || self
                .roles
                .iter()
                .any(|a| a.resource == AdminResource::Org(org_id.into()))
    }

    /// May create and change the users of every organization.
    pub(crate) fn can_write_all_users(&self) -> bool {
        self.has(&AdminResource::Instance, &INSTANCE_USER_ROLES)
    }

    /// May create and change users of the organization.
    pub(crate) fn can_write_users(&self, org_id: &str) -> bool {
        self.can_write_all_users()
            || self.has(
                &AdminResource::Org(org_id.into()),
                &["ORG_OWNER", "ORG_USER_MANAGER"],
            )
    }

    /// May read a user of `org_id` (themselves always).
    pub(crate) fn can_read_user(&self, user_id: &str, org_id: &str) -> bool {
        self.user_id == user_id || self.can_write_users(org_id)
    }

    /// May create projects in the organization.
    pub(crate) fn can_create_project(&self, org_id: &str) -> bool {
        self.is_iam_owner()
            || self.has(
                &AdminResource::Org(org_id.into()),
                &["ORG_OWNER", "ORG_PROJECT_CREATOR"],
            )
    }

    /// May manage the project, its roles, grants and the authorizations made in the
    /// owning organization.
    pub(crate) fn can_manage_project(&self, project: &Project) -> bool {
        self.is_iam_owner()
            || self.has(&AdminResource::Org(project.org_id.clone()), &["ORG_OWNER"])
            || self.has(
                &AdminResource::Project(project.id.clone()),
                &["PROJECT_OWNER"],
            )
    }

    /// Manages the granted side of a grant: the granted organization's owner or the
    /// grant's PROJECT_GRANT_OWNER (and the instance owner).
    pub(crate) fn can_manage_granted_side(
        &self,
        project_id: &str,
        grant_id: &str,
        granted_org: &str,
    ) -> bool {
        self.is_iam_owner()
            || self.has(&AdminResource::Org(granted_org.into()), &["ORG_OWNER"])
            || self.has(
                &AdminResource::ProjectGrant(project_id.into(), grant_id.into()),
                &["PROJECT_GRANT_OWNER"],
            )
    }

    /// May manage what a project grant covers: the authorizations the granted
    /// organization makes under it (owner side or granted side).
    pub(crate) fn can_manage_grant(
        &self,
        project: &Project,
        grant_id: &str,
        granted_org: &str,
    ) -> bool {
        self.can_manage_project(project)
            || self.can_manage_granted_side(&project.id, grant_id, granted_org)
    }

    /// Fails with `permission_denied` unless `allowed`.
    pub(crate) fn require(&self, allowed: bool) -> ZResult<()> {
        if allowed {
            Ok(())
        } else {
            Err(ZError::denied())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ws_storage::{Administrator, State};

    fn caller(roles: Vec<(AdminResource, &str)>) -> Caller {
        Caller {
            user_id: "u1".into(),
            org_id: "o1".into(),
            roles: roles
                .into_iter()
                .map(|(resource, role)| Administrator {
                    user_id: "u1".into(),
                    resource,
                    roles: vec![role.into()],
                })
                .collect(),
        }
    }

    fn project(org: &str) -> Project {
        Project {
            id: "p1".into(),
            org_id: org.into(),
            name: "P".into(),
            state: State::Active,
            project_role_assertion: false,
            project_role_check: false,
            has_project_check: false,
            created_at: 0,
            changed_at: 0,
        }
    }

    #[test]
    fn role_matrix() {
        let iam = caller(vec![(AdminResource::Instance, "IAM_OWNER")]);
        let org = caller(vec![(AdminResource::Org("o1".into()), "ORG_OWNER")]);
        let um = caller(vec![(AdminResource::Org("o1".into()), "ORG_USER_MANAGER")]);
        let po = caller(vec![(AdminResource::Project("p1".into()), "PROJECT_OWNER")]);
        let plain = caller(vec![]);
        assert!(iam.can_write_users("o2") && iam.can_manage_org("o2"));
        assert!(org.can_write_users("o1") && !org.can_write_users("o2"));
        assert!(org.can_manage_org("o1") && !org.can_manage_org("o2"));
        assert!(um.can_write_users("o1") && !um.can_manage_org("o1"));
        assert!(po.can_manage_project(&project("o9")) && !po.can_create_project("o9"));
        assert!(!plain.can_write_users("o1") && plain.can_read_user("u1", "o1"));
        assert!(!plain.can_read_user("u2", "o1"));
        assert!(org.can_manage_project(&project("o1")) && !org.can_manage_project(&project("o2")));
        let pgo = caller(vec![(
            AdminResource::ProjectGrant("p1".into(), "g1".into()),
            "PROJECT_GRANT_OWNER",
        )]);
        assert!(pgo.can_manage_grant(&project("o9"), "g1", "o5"));
        assert!(!pgo.can_manage_grant(&project("o9"), "g2", "o5"));
    }
}
