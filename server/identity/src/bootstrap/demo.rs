//! The demo tenants of `--demo`, as in the seed scenario: Acme Corp owns the
//! `workspace` project and grants it to Globex Inc with the `viewer` role.
//!
//! - Acme Corp: alice (ORG_OWNER, project role `admin`), bob (`editor`).
//! - Globex Inc: charlie (ORG_OWNER, `viewer`), dave (`viewer`); both authorizations
//!   are made in Globex through the project grant.

use serde::{Deserialize, Serialize};
use ws_storage::{AdminResource, Org};

use super::BootstrapError;
use super::seed::{NewHuman, Seeder, generate_password};

/// The two demo organizations, created before the project so Acme can own it.
pub(crate) struct DemoOrgs {
    pub(crate) acme: Org,
    pub(crate) globex: Org,
}

/// One demo user's sign-in data, as written to `demo-credentials.json`.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DemoUser {
    /// Username (also accepted as login name).
    pub username: String,
    /// `username@<org primary domain>`.
    pub login_name: String,
    /// E-mail address (also accepted as login name).
    pub email: String,
    /// The generated password.
    pub password: String,
    /// User id (`sub`).
    pub user_id: String,
    /// Name of the user's organization.
    pub org_name: String,
    /// Id of the user's organization.
    pub org_id: String,
    /// Manager roles in their organization (e.g. `ORG_OWNER`).
    pub org_roles: Vec<String>,
    /// Roles on the `workspace` project.
    pub project_roles: Vec<String>,
}

impl std::fmt::Debug for DemoUser {
    // The password stays out of logs and panics.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoUser")
            .field("username", &self.username)
            .field("user_id", &self.user_id)
            .field("org_name", &self.org_name)
            .field("project_roles", &self.project_roles)
            .finish_non_exhaustive()
    }
}

/// Contents of `demo-credentials.json` (the issuer is in `bootstrap.json`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DemoCredentials {
    /// alice, bob, charlie, dave.
    pub users: Vec<DemoUser>,
}

pub(crate) async fn create_orgs(s: &Seeder<'_>, domain: &str) -> Result<DemoOrgs, BootstrapError> {
    Ok(DemoOrgs {
        acme: s.org("Acme Corp", domain).await?,
        globex: s.org("Globex Inc", domain).await?,
    })
}

struct Spec {
    username: &'static str,
    given: &'static str,
    family: &'static str,
    globex: bool,
    org_owner: bool,
    role: &'static str,
}

const USERS: [Spec; 4] = [
    Spec {
        username: "alice",
        given: "Alice",
        family: "Admin",
        globex: false,
        org_owner: true,
        role: "admin",
    },
    Spec {
        username: "bob",
        given: "Bob",
        family: "Editor",
        globex: false,
        org_owner: false,
        role: "editor",
    },
    Spec {
        username: "charlie",
        given: "Charlie",
        family: "Admin",
        globex: true,
        org_owner: true,
        role: "viewer",
    },
    Spec {
        username: "dave",
        given: "Dave",
        family: "Viewer",
        globex: true,
        org_owner: false,
        role: "viewer",
    },
];

/// Grants the project to Globex and creates the four users with their roles; returns
/// the grant id and the credentials.
pub(crate) async fn seed_users(
    s: &Seeder<'_>,
    orgs: &DemoOrgs,
    project_id: &str,
) -> Result<(String, Vec<DemoUser>), BootstrapError> {
    let grant_id = s.grant(project_id, &orgs.globex.id, &["viewer"]).await?;
    let mut users = Vec::new();
    for spec in &USERS {
        let org = if spec.globex {
            &orgs.globex
        } else {
            &orgs.acme
        };
        let email = format!("{}@{}", spec.username, org.primary_domain);
        let password = generate_password();
        let user_id = s
            .human(NewHuman {
                org_id: &org.id,
                username: spec.username,
                given_name: spec.given,
                family_name: spec.family,
                email: &email,
                password: &password,
            })
            .await?;
        let mut org_roles = Vec::new();
        if spec.org_owner {
            s.admin(&user_id, AdminResource::Org(org.id.clone()), "ORG_OWNER")
                .await?;
            org_roles.push("ORG_OWNER".to_owned());
        }
        let through = spec.globex.then_some(grant_id.as_str());
        s.authorize(&user_id, project_id, &org.id, through, &[spec.role])
            .await?;
        users.push(DemoUser {
            username: spec.username.into(),
            login_name: email.clone(),
            email,
            password,
            user_id,
            org_name: org.name.clone(),
            org_id: org.id.clone(),
            org_roles,
            project_roles: vec![spec.role.into()],
        });
    }
    Ok((grant_id, users))
}
