//! Record builders for bootstrap: each creates one object through the storage API
//! and returns its id. Passwords are hashed here and never kept in plain text.

use ws_storage::{
    AccessTokenType, AdminResource, Administrator, App, AppType, AuthMethod, Authorization, Human,
    Machine, Org, Pat, Project, ProjectGrant, ProjectRole, State, Store, User, UserKind, UserState,
    new_id,
};

use super::BootstrapError;
use crate::password::hash_password;
use crate::secrets::{digest, random_token};

/// ZITADEL's "never expires" for the first instance's PAT: 9999-01-01T00:00:00Z.
pub(crate) const NEVER: i64 = 253_370_764_800;

/// The roles of the `workspace` project, with display names.
pub(crate) const WORKSPACE_ROLES: [(&str, &str); 4] = [
    ("owner", "Owner"),
    ("admin", "Administrator"),
    ("editor", "Editor"),
    ("viewer", "Viewer"),
];

/// An org's primary domain as ZITADEL generates it: the name lower-cased, spaces
/// turned into `-`, other characters that are not letters or digits dropped, then
/// `.` and the instance domain ("Acme Corp" → `acme-corp.localhost`).
pub(crate) fn org_domain(name: &str, instance_domain: &str) -> String {
    let label: String = name
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_ascii_alphanumeric() || c == '-' => Some(c),
            _ => None,
        })
        .collect();
    format!("{label}.{instance_domain}")
}

/// A password for a generated account: 24 URL-safe random characters (144 bits).
pub(crate) fn generate_password() -> String {
    random_token(18)
}

/// The seeding context: the store and the bootstrap's timestamp.
pub(crate) struct Seeder<'a> {
    pub(crate) store: &'a Store,
    pub(crate) now: i64,
}

/// A human to create.
pub(crate) struct NewHuman<'a> {
    pub(crate) org_id: &'a str,
    pub(crate) username: &'a str,
    pub(crate) given_name: &'a str,
    pub(crate) family_name: &'a str,
    pub(crate) email: &'a str,
    pub(crate) password: &'a str,
}

impl Seeder<'_> {
    pub(crate) async fn org(
        &self,
        name: &str,
        instance_domain: &str,
    ) -> Result<Org, BootstrapError> {
        let org = Org {
            id: new_id(),
            name: name.to_owned(),
            primary_domain: org_domain(name, instance_domain),
            state: State::Active,
            created_at: self.now,
            changed_at: self.now,
        };
        self.store.orgs.create_org(&org).await?;
        Ok(org)
    }

    pub(crate) async fn human(&self, h: NewHuman<'_>) -> Result<String, BootstrapError> {
        let password = h.password.to_owned();
        // argon2id costs tens of milliseconds: keep it off the async workers.
        let hash = tokio::task::spawn_blocking(move || hash_password(&password))
            .await
            .map_err(|e| BootstrapError::Internal(format!("password hashing task: {e}")))?
            .map_err(|e| BootstrapError::Internal(format!("password hashing: {e}")))?;
        let user = User {
            id: new_id(),
            org_id: h.org_id.to_owned(),
            username: h.username.to_owned(),
            state: UserState::Active,
            kind: UserKind::Human(Human {
                given_name: h.given_name.to_owned(),
                family_name: h.family_name.to_owned(),
                display_name: format!("{} {}", h.given_name, h.family_name),
                nick_name: None,
                preferred_language: Some("en".into()),
                email: h.email.to_owned(),
                email_verified: true,
                phone: None,
                password_hash: Some(hash),
                password_change_required: false,
            }),
            created_at: self.now,
            changed_at: self.now,
        };
        self.store.users.create_user(&user).await?;
        Ok(user.id)
    }

    /// A machine user with a personal access token; returns (user id, token).
    pub(crate) async fn machine_with_pat(
        &self,
        org_id: &str,
        username: &str,
        description: &str,
    ) -> Result<(String, String), BootstrapError> {
        let user = User {
            id: new_id(),
            org_id: org_id.to_owned(),
            username: username.to_owned(),
            state: UserState::Active,
            kind: UserKind::Machine(Machine {
                name: username.to_owned(),
                description: description.to_owned(),
                access_token_type: AccessTokenType::Bearer,
                secret_digest: None,
            }),
            created_at: self.now,
            changed_at: self.now,
        };
        self.store.users.create_user(&user).await?;
        let token = random_token(32);
        let pat = Pat {
            id: new_id(),
            user_id: user.id.clone(),
            token_digest: digest(&token),
            expires_at: NEVER,
            created_at: self.now,
        };
        self.store.users.add_pat(&pat).await?;
        Ok((user.id, token))
    }

    pub(crate) async fn admin(
        &self,
        user_id: &str,
        resource: AdminResource,
        role: &str,
    ) -> Result<(), BootstrapError> {
        let admin = Administrator {
            user_id: user_id.to_owned(),
            resource,
            roles: vec![role.to_owned()],
        };
        self.store.admins.add_admin(&admin, self.now).await?;
        Ok(())
    }

    /// The `workspace` project with its four roles; roles are asserted into tokens.
    pub(crate) async fn workspace_project(&self, org_id: &str) -> Result<String, BootstrapError> {
        let project = Project {
            id: new_id(),
            org_id: org_id.to_owned(),
            name: "workspace".into(),
            state: State::Active,
            project_role_assertion: true,
            project_role_check: false,
            has_project_check: false,
            created_at: self.now,
            changed_at: self.now,
        };
        self.store.projects.create_project(&project).await?;
        for (key, display_name) in WORKSPACE_ROLES {
            let role = ProjectRole {
                project_id: project.id.clone(),
                key: key.into(),
                display_name: display_name.into(),
                group: None,
            };
            self.store.projects.add_role(&role).await?;
        }
        Ok(project.id)
    }

    /// The native app `ws` uses: public, PKCE on loopback redirects, device code.
    pub(crate) async fn cli_app(&self, project_id: &str) -> Result<String, BootstrapError> {
        let app = App {
            redirect_uris: vec![
                "http://127.0.0.1/callback".into(),
                "http://[::1]/callback".into(),
            ],
            grant_types: vec![
                "authorization_code".into(),
                "refresh_token".into(),
                "urn:ietf:params:oauth:grant-type:device_code".into(),
            ],
            response_types: vec!["code".into()],
            ..self.app(project_id, "ws", AppType::Native, AuthMethod::None, None)
        };
        self.store.apps.create_app(&app).await?;
        Ok(app.client_id)
    }

    /// The API app the workspace server introspects with; returns (client id, secret).
    pub(crate) async fn introspection_app(
        &self,
        project_id: &str,
    ) -> Result<(String, String), BootstrapError> {
        let secret = random_token(32);
        let app = self.app(
            project_id,
            "workspace-api",
            AppType::Api,
            AuthMethod::Basic,
            Some(digest(&secret)),
        );
        self.store.apps.create_app(&app).await?;
        Ok((app.client_id, secret))
    }

    fn app(
        &self,
        project_id: &str,
        name: &str,
        app_type: AppType,
        auth_method: AuthMethod,
        client_secret_digest: Option<String>,
    ) -> App {
        let id = new_id();
        App {
            // ZITADEL's client id shape: `<numeric id>@<project name>`.
            client_id: format!("{id}@workspace"),
            id,
            project_id: project_id.to_owned(),
            name: name.to_owned(),
            client_secret_digest,
            app_type,
            auth_method,
            redirect_uris: Vec::new(),
            post_logout_redirect_uris: Vec::new(),
            grant_types: Vec::new(),
            response_types: Vec::new(),
            access_token_type: AccessTokenType::Jwt,
            dev_mode: false,
            id_token_role_assertion: true,
            access_token_role_assertion: true,
            state: State::Active,
            created_at: self.now,
            changed_at: self.now,
        }
    }

    pub(crate) async fn grant(
        &self,
        project_id: &str,
        granted_org_id: &str,
        role_keys: &[&str],
    ) -> Result<String, BootstrapError> {
        let grant = ProjectGrant {
            id: new_id(),
            project_id: project_id.to_owned(),
            granted_org_id: granted_org_id.to_owned(),
            role_keys: role_keys.iter().map(|r| (*r).to_owned()).collect(),
            state: State::Active,
            created_at: self.now,
            changed_at: self.now,
        };
        self.store.projects.create_grant(&grant).await?;
        Ok(grant.id)
    }

    /// Gives `user_id` roles on a project, made in `org_id` (through `grant_id` when
    /// that org is not the project's owner).
    pub(crate) async fn authorize(
        &self,
        user_id: &str,
        project_id: &str,
        org_id: &str,
        grant_id: Option<&str>,
        role_keys: &[&str],
    ) -> Result<(), BootstrapError> {
        let authz = Authorization {
            id: new_id(),
            user_id: user_id.to_owned(),
            project_id: project_id.to_owned(),
            org_id: org_id.to_owned(),
            project_grant_id: grant_id.map(str::to_owned),
            role_keys: role_keys.iter().map(|r| (*r).to_owned()).collect(),
            state: State::Active,
            created_at: self.now,
            changed_at: self.now,
        };
        self.store.authz.create_authorization(&authz).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_domains_follow_zitadel() {
        assert_eq!(org_domain("Acme Corp", "localhost"), "acme-corp.localhost");
        assert_eq!(
            org_domain("Globex Inc.", "localhost"),
            "globex-inc.localhost"
        );
        assert_eq!(org_domain("Default", "localhost"), "default.localhost");
    }

    #[test]
    fn generated_passwords_are_long_and_distinct() {
        let a = generate_password();
        assert_eq!(a.len(), 24);
        assert_ne!(a, generate_password());
    }
}
