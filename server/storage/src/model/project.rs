//! Projects, their roles and grants, authorizations (user grants), administrators
//! (manager roles) and OIDC applications.

use std::fmt;

use serde::Serialize;

use super::{AccessTokenType, State, text_enum};

/// A project: a set of roles and applications owned by an organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Project {
    /// Project id; also an audience of tokens requested for it.
    pub id: String,
    /// The owning organization.
    pub org_id: String,
    /// Name, unique within the owning organization.
    pub name: String,
    /// Active or deactivated.
    pub state: State,
    /// Put the user's roles into tokens even without the roles scope.
    pub project_role_assertion: bool,
    /// Refuse sign-in to users without any role on the project.
    pub project_role_check: bool,
    /// Refuse sign-in to users whose org has no grant on the project.
    pub has_project_check: bool,
    /// When it was created.
    pub created_at: i64,
    /// When it last changed.
    pub changed_at: i64,
}

/// A role defined on a project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProjectRole {
    /// The project.
    pub project_id: String,
    /// Role key as it appears in claims, e.g. "viewer"; unique per project.
    pub key: String,
    /// Name to show.
    pub display_name: String,
    /// Optional group to sort roles into.
    pub group: Option<String>,
}

/// A project granted by its owner to another organization, with a subset of its
/// roles; the granted org may then authorize its own users for those roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProjectGrant {
    /// Grant id.
    pub id: String,
    /// The project granted.
    pub project_id: String,
    /// The organization receiving it.
    pub granted_org_id: String,
    /// The role keys it may hand out.
    pub role_keys: Vec<String>,
    /// Active or deactivated; a deactivated grant counts for nothing.
    pub state: State,
    /// When it was created.
    pub created_at: i64,
    /// When it last changed.
    pub changed_at: i64,
}

/// An authorization (Zitadel's user grant): roles of a user on a project, made in
/// an organization (the project's owner, or an org the project was granted to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Authorization {
    /// Authorization id.
    pub id: String,
    /// The user.
    pub user_id: String,
    /// The project.
    pub project_id: String,
    /// The organization in which it is made (its resource owner).
    pub org_id: String,
    /// The project grant it is made through, when `org_id` is not the project owner.
    pub project_grant_id: Option<String>,
    /// The role keys given.
    pub role_keys: Vec<String>,
    /// Active or deactivated.
    pub state: State,
    /// When it was created.
    pub created_at: i64,
    /// When it last changed.
    pub changed_at: i64,
}

/// Which authorizations a list returns; every field set narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthorizationFilter {
    /// Only those of this user.
    pub user_id: Option<String>,
    /// Only those on this project.
    pub project_id: Option<String>,
    /// Only those made in this organization.
    pub org_id: Option<String>,
}

/// One role of a user as the roles claims need it: `role_key` →
/// `{org_id: org_primary_domain}` under `project_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleAssignment {
    /// The project.
    pub project_id: String,
    /// The role key.
    pub role_key: String,
    /// The organization in which the role was given.
    pub org_id: String,
    /// That organization's primary domain.
    pub org_primary_domain: String,
}

/// What an administrator (Zitadel "member") manages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdminResource {
    /// The whole instance (roles like IAM_OWNER).
    Instance,
    /// One organization (ORG_OWNER, ...), by id.
    Org(String),
    /// One project (PROJECT_OWNER, ...), by id.
    Project(String),
    /// One project grant (PROJECT_GRANT_OWNER, ...): project id and grant id.
    ProjectGrant(String, String),
}

/// A user's manager roles on one resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Administrator {
    /// The user.
    pub user_id: String,
    /// What is managed.
    pub resource: AdminResource,
    /// Zitadel role names, e.g. "IAM_OWNER", "ORG_OWNER", "PROJECT_OWNER".
    pub roles: Vec<String>,
}

text_enum! {
    /// Zitadel's OIDC application types.
    AppType {
        /// Installed app or CLI (public client).
        Native = "native",
        /// Server-side web app (confidential client).
        Web = "web",
        /// Single-page app (public client).
        UserAgent = "user_agent",
        /// An API that only introspects tokens.
        Api = "api",
    }
}

text_enum! {
    /// How a client authenticates at the token and introspection endpoints.
    AuthMethod {
        /// Public client: no authentication (PKCE protects the code).
        None = "none",
        /// `client_secret_basic`.
        Basic = "basic",
        /// `client_secret_post`.
        Post = "post",
        /// `private_key_jwt`.
        PrivateKeyJwt = "private_key_jwt",
    }
}

/// An OIDC or API application of a project.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct App {
    /// App id.
    pub id: String,
    /// The project it belongs to.
    pub project_id: String,
    /// Name, unique within the project.
    pub name: String,
    /// OAuth client id, unique in the instance.
    pub client_id: String,
    /// Digest of the client secret, for confidential clients. Never serialized.
    #[serde(skip_serializing)]
    pub client_secret_digest: Option<String>,
    /// Application type.
    pub app_type: AppType,
    /// Client authentication method.
    pub auth_method: AuthMethod,
    /// Registered redirect URIs.
    pub redirect_uris: Vec<String>,
    /// Registered post-logout redirect URIs.
    pub post_logout_redirect_uris: Vec<String>,
    /// Allowed grant types, as OAuth names (e.g. "authorization_code").
    pub grant_types: Vec<String>,
    /// Allowed OIDC response types, as OAuth names (`code`, `id_token`,
    /// `id_token token`).
    pub response_types: Vec<String>,
    /// The kind of access token issued to it.
    pub access_token_type: AccessTokenType,
    /// Development mode: relaxes redirect URI rules as in Zitadel.
    pub dev_mode: bool,
    /// Put roles into ID tokens.
    pub id_token_role_assertion: bool,
    /// Put roles into JWT access tokens.
    pub access_token_role_assertion: bool,
    /// Active or deactivated.
    pub state: State,
    /// When it was created.
    pub created_at: i64,
    /// When it last changed.
    pub changed_at: i64,
}

impl fmt::Debug for App {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("App")
            .field("id", &self.id)
            .field("project_id", &self.project_id)
            .field("name", &self.name)
            .field("client_id", &self.client_id)
            .field("has_secret", &self.client_secret_digest.is_some())
            .field("app_type", &self.app_type)
            .field("auth_method", &self.auth_method)
            .field("redirect_uris", &self.redirect_uris)
            .field("grant_types", &self.grant_types)
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}
