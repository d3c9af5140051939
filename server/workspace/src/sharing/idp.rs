//! [`IdpDirectory`]: the identity provider's own user directory, for a workspace in
//! front of a remote ZITADEL (where the store holds no identity records). With a
//! service credential configured, the directory lookup and the grantee check ask
//! the provider over its v2 APIs (the embedded identity module serves the same):
//!
//! 1. `UserService/ListUsers`: exact matches only (login name, username or email,
//!    ignoring case; or the id) — never a prefix or a listing;
//! 2. `AuthorizationService/ListAuthorizations`: an active authorization on the
//!    workspace project, with roles, made in the user's own organization;
//! 3. `ProjectService/ListProjectGrants` (for users outside the project's owner org):
//!    an active grant of the project to that organization, with roles.
//!
//! Organizations (`/directory/orgs`, org grantees) are found with
//! `OrganizationService/ListOrganizations` (exact name or id) and qualify when they
//! own the project (`ProjectService/GetProject`) or hold an active grant of it.
//!
//! Anyone failing a step is "not a workspace user", which the routes answer exactly
//! like an unknown login. Failures of the provider are never read as "not found": an
//! unreachable provider is a 503, a refused credential a 502 naming the
//! configuration key to fix (never the credential itself).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::OnceCell;
use ws_auth::Secret;

use crate::error::ApiError;

/// How to reach the identity provider's user APIs.
#[derive(Debug, Clone)]
pub struct IdpDirectoryConfig {
    /// Base URL of the provider's APIs: its issuer (ZITADEL serves both on one host).
    pub api_base: String,
    /// The workspace project id (the audience of workspace tokens).
    pub project_id: String,
    /// A token of a service user that may read the instance's users, authorizations
    /// and project grants (a personal access token).
    pub token: Secret,
    /// The configuration key the token comes from, named in errors (never the token).
    pub credential_key: String,
    /// Timeout of each call to the provider.
    pub http_timeout: Duration,
}

/// A client of the provider's user directory; cheap to clone.
#[derive(Debug, Clone)]
pub struct IdpDirectory {
    config: IdpDirectoryConfig,
    http: reqwest::Client,
    /// The org owning the workspace project (asked once: a project never moves).
    owner_org: Arc<OnceCell<String>>,
}

/// Why a directory call failed.
#[derive(Debug, thiserror::Error)]
pub enum IdpDirectoryError {
    /// The HTTP client could not be built (TLS backend).
    #[error("cannot build the identity provider's HTTP client: {0}")]
    Client(String),
}

/// A user the provider knows who may be given a share.
type IdpUser = super::people::WorkspaceUser;

/// What `ListUsers` says of a user (the fields this module reads).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListedUser {
    user_id: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    login_names: Vec<String>,
    #[serde(default)]
    preferred_login_name: String,
    #[serde(default)]
    details: Details,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Details {
    #[serde(default)]
    resource_owner: String,
}

impl ListedUser {
    /// Matched by something unique in the instance (id, username, login name), not
    /// only by an email several users may share.
    fn named_by(&self, login: &str) -> bool {
        self.user_id == login
            || self.username.eq_ignore_ascii_case(login)
            || self.preferred_login_name.eq_ignore_ascii_case(login)
            || self
                .login_names
                .iter()
                .any(|l| l.eq_ignore_ascii_case(login))
    }

    /// Deactivated and deleted users cannot use the workspace.
    fn usable(&self) -> bool {
        !matches!(
            self.state.as_str(),
            "USER_STATE_INACTIVE" | "USER_STATE_DELETED"
        )
    }
}

const LIST_USERS: &str = "/zitadel.user.v2.UserService/ListUsers";
const LIST_AUTHORIZATIONS: &str =
    "/zitadel.authorization.v2.AuthorizationService/ListAuthorizations";
const LIST_PROJECT_GRANTS: &str = "/zitadel.project.v2.ProjectService/ListProjectGrants";
const GET_PROJECT: &str = "/zitadel.project.v2.ProjectService/GetProject";
const LIST_ORGS: &str = "/zitadel.org.v2.OrganizationService/ListOrganizations";
/// Exact matches never come in the dozens; more would be ignored, not listed.
const CANDIDATE_LIMIT: u32 = 20;

impl IdpDirectory {
    /// A directory client for `config`.
    pub fn new(config: IdpDirectoryConfig) -> Result<Self, IdpDirectoryError> {
        let http = reqwest::Client::builder()
            .timeout(config.http_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| IdpDirectoryError::Client(e.to_string()))?;
        Ok(Self {
            config,
            http,
            owner_org: Arc::default(),
        })
    }

    /// The user an exact login, email or id names, if they may be given a share;
    /// 409 when an email names several such users (a login name or id is unique).
    pub(crate) async fn find_by_login(&self, login: &str) -> Result<Option<IdpUser>, ApiError> {
        let exact = |field: &str, key: &str| json!({ field: { key: login, "method": "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE" } });
        let any = json!({"orQuery": {"queries": [
            exact("loginNameQuery", "loginName"),
            exact("userNameQuery", "userName"),
            exact("emailQuery", "emailAddress"),
            {"inUserIdsQuery": {"userIds": [login]}},
        ]}});
        let listed = self.list_users(any).await?;
        // A unique name wins over an email match of someone else.
        let (named, by_email): (Vec<_>, Vec<_>) =
            listed.into_iter().partition(|u| u.named_by(login));
        let found = self.grantable(&named).await?;
        let found = if found.is_empty() {
            self.grantable(&by_email).await?
        } else {
            found
        };
        match found.len() {
            0 => Ok(None),
            1 => Ok(found.into_iter().next()),
            n => Err(ApiError::conflict(format!(
                "login: {n} workspace users have the email '{login}'; name one by login name \
                 (username@org-domain) or user id"
            ))),
        }
    }

    /// The organization of user `id` if they may be given a share.
    pub(crate) async fn grantable_org(&self, id: &str) -> Result<Option<String>, ApiError> {
        let listed = self
            .list_users(json!({"inUserIdsQuery": {"userIds": [id]}}))
            .await?;
        let found = self.grantable(&listed).await?;
        Ok(found.into_iter().find(|u| u.id == id).map(|u| u.org_id))
    }

    /// The organization an exact name (ignoring case) or id names, if it may be
    /// given a share (`own_org` always may): its id and name.
    pub(crate) async fn find_org(
        &self,
        name: &str,
        own_org: &str,
    ) -> Result<Option<(String, String)>, ApiError> {
        let by_name =
            json!({"nameQuery": {"name": name, "method": "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE"}});
        let mut orgs = self.list_orgs(by_name).await?;
        if orgs.is_empty() {
            orgs = self.list_orgs(json!({"idQuery": {"id": name}})).await?;
        }
        for (id, org_name) in orgs {
            if id == own_org || self.org_has_access(&id).await? {
                return Ok(Some((id, org_name)));
            }
        }
        Ok(None)
    }

    /// Whether `org` owns the workspace project or holds an active grant of it.
    pub(crate) async fn org_has_access(&self, org: &str) -> Result<bool, ApiError> {
        if self.owner_org().await? == org {
            return Ok(true);
        }
        self.org_holds_grant(org).await
    }

    /// Active organizations matching one `ListOrganizations` query: (id, name).
    async fn list_orgs(&self, query: Value) -> Result<Vec<(String, String)>, ApiError> {
        #[derive(Deserialize)]
        struct Answer {
            #[serde(default)]
            result: Vec<Org>,
        }
        #[derive(Deserialize)]
        struct Org {
            id: String,
            #[serde(default)]
            name: String,
            #[serde(default)]
            state: String,
        }
        let body = json!({
            "query": {"offset": "0", "limit": CANDIDATE_LIMIT, "asc": true},
            "queries": [query],
        });
        let answer: Answer = self.call(LIST_ORGS, &body).await?;
        Ok(answer
            .result
            .into_iter()
            .filter(|o| o.state.is_empty() || o.state == "ORGANIZATION_STATE_ACTIVE")
            .map(|o| (o.id, o.name))
            .collect())
    }

    /// The org owning the workspace project (`GetProject`, once).
    async fn owner_org(&self) -> Result<&str, ApiError> {
        #[derive(Deserialize)]
        struct Answer {
            project: Project,
        }
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Project {
            organization_id: String,
        }
        let owner = self
            .owner_org
            .get_or_try_init(|| async {
                let body = json!({"projectId": self.config.project_id});
                let answer: Answer = self.call(GET_PROJECT, &body).await?;
                Ok::<_, ApiError>(answer.project.organization_id)
            })
            .await?;
        Ok(owner)
    }

    async fn list_users(&self, query: Value) -> Result<Vec<ListedUser>, ApiError> {
        #[derive(Deserialize)]
        struct Answer {
            #[serde(default)]
            result: Vec<ListedUser>,
        }
        let body = json!({
            "query": {"offset": "0", "limit": CANDIDATE_LIMIT, "asc": true},
            "queries": [query],
        });
        let answer: Answer = self.call(LIST_USERS, &body).await?;
        Ok(answer
            .result
            .into_iter()
            .filter(|u| u.usable() && !u.details.resource_owner.is_empty())
            .collect())
    }

    /// The users of `listed` who hold a workspace role in their own org, whose org
    /// owns the project or holds an active grant of it.
    async fn grantable(&self, listed: &[ListedUser]) -> Result<Vec<IdpUser>, ApiError> {
        if listed.is_empty() {
            return Ok(Vec::new());
        }
        let authorized = self.authorized(listed).await?;
        let mut grant_of: HashMap<String, bool> = HashMap::new();
        let mut found = Vec::new();
        for user in listed {
            let org = &user.details.resource_owner;
            let Some(owner_org) = authorized.get(&user.user_id) else {
                continue;
            };
            let org_ok = if org == owner_org {
                true
            } else if let Some(ok) = grant_of.get(org) {
                *ok
            } else {
                let ok = self.org_holds_grant(org).await?;
                grant_of.insert(org.clone(), ok);
                ok
            };
            if org_ok {
                found.push(IdpUser {
                    id: user.user_id.clone(),
                    org_id: org.clone(),
                });
            }
        }
        Ok(found)
    }

    /// User id → the project's owner org, for each user of `listed` with an active
    /// authorization with roles on the workspace project in their own org.
    async fn authorized(&self, listed: &[ListedUser]) -> Result<HashMap<String, String>, ApiError> {
        #[derive(Deserialize)]
        struct Answer {
            #[serde(default)]
            authorizations: Vec<Authz>,
        }
        #[derive(Deserialize)]
        struct Authz {
            #[serde(default)]
            project: IdOrg,
            #[serde(default)]
            organization: IdOrg,
            #[serde(default)]
            user: IdOrg,
            #[serde(default)]
            state: String,
            #[serde(default)]
            roles: Vec<Value>,
        }
        #[derive(Default, Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct IdOrg {
            #[serde(default)]
            id: String,
            #[serde(default)]
            organization_id: String,
        }
        let ids: Vec<&str> = listed.iter().map(|u| u.user_id.as_str()).collect();
        let body = json!({
            "pagination": {"offset": "0", "limit": 100},
            "filters": [
                {"inUserIds": {"ids": ids}},
                {"projectId": {"id": self.config.project_id}},
                {"state": {"state": "STATE_ACTIVE"}},
            ],
        });
        let answer: Answer = self.call(LIST_AUTHORIZATIONS, &body).await?;
        let org_of: HashMap<&str, &str> = listed
            .iter()
            .map(|u| (u.user_id.as_str(), u.details.resource_owner.as_str()))
            .collect();
        let mut out = HashMap::new();
        for a in answer.authorizations {
            // Filters are re-checked: a provider that ignored one must not widen access.
            let in_own_org = org_of.get(a.user.id.as_str()) == Some(&a.organization.id.as_str());
            if a.project.id == self.config.project_id
                && a.state == "STATE_ACTIVE"
                && !a.roles.is_empty()
                && in_own_org
                && !a.project.organization_id.is_empty()
            {
                out.insert(a.user.id, a.project.organization_id);
            }
        }
        Ok(out)
    }

    /// Whether `org` holds an active grant of the workspace project with roles.
    async fn org_holds_grant(&self, org: &str) -> Result<bool, ApiError> {
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Answer {
            #[serde(default)]
            project_grants: Vec<Grant>,
        }
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Grant {
            #[serde(default)]
            project_id: String,
            #[serde(default)]
            granted_organization_id: String,
            #[serde(default)]
            granted_role_keys: Vec<String>,
            #[serde(default)]
            state: String,
        }
        let body = json!({
            "pagination": {"offset": "0", "limit": 100},
            "filters": [
                {"inProjectIdsFilter": {"ids": [self.config.project_id]}},
                {"grantedOrganizationIdFilter": {"id": org}},
            ],
        });
        let answer: Answer = self.call(LIST_PROJECT_GRANTS, &body).await?;
        Ok(answer.project_grants.iter().any(|g| {
            g.project_id == self.config.project_id
                && g.granted_organization_id == org
                && g.state == "PROJECT_GRANT_STATE_ACTIVE"
                && !g.granted_role_keys.is_empty()
        }))
    }

    /// One Connect call (`POST {base}{path}`, JSON both ways) with the credential.
    async fn call<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        body: &Value,
    ) -> Result<T, ApiError> {
        let url = format!("{}{path}", self.config.api_base.trim_end_matches('/'));
        let sent = self
            .http
            .post(&url)
            .bearer_auth(self.config.token.expose())
            .header("connect-protocol-version", "1")
            .json(body)
            .send()
            .await;
        let resp = match sent {
            Ok(r) => r,
            Err(e) => return Err(self.unreachable(path, &e)),
        };
        let status = resp.status();
        let bytes = match resp.bytes().await {
            Ok(b) => b,
            Err(e) => return Err(self.unreachable(path, &e)),
        };
        if !status.is_success() {
            return Err(self.refused(path, status, &bytes));
        }
        serde_json::from_slice(&bytes).map_err(|e| {
            tracing::warn!(path, error = %e, "the identity provider's directory answer is not the expected JSON");
            bad_gateway(format!(
                "the identity provider's answer to {path} could not be read; is {} a ZITADEL \
                 (v4.6 or later) or a ws-server?",
                self.config.api_base
            ))
        })
    }

    fn unreachable(&self, path: &str, e: &reqwest::Error) -> ApiError {
        // reqwest's text names the URL (no credential is in it) and the cause.
        tracing::warn!(path, error = %e, "the identity provider's directory cannot be reached");
        ApiError::unavailable(format!(
            "the identity provider ({}) cannot be reached to look users up; try again later",
            self.config.api_base
        ))
    }

    /// A non-2xx answer: the credential refused (401/403), the provider down (503,
    /// 504), or anything else it should not have said.
    fn refused(&self, path: &str, status: reqwest::StatusCode, body: &[u8]) -> ApiError {
        let said = provider_message(body);
        tracing::warn!(path, %status, provider_message = %said, "the identity provider refused a directory call");
        let key = &self.config.credential_key;
        match status.as_u16() {
            401 | 403 => bad_gateway(format!(
                "the identity provider refused the workspace's directory credential (HTTP {}); \
                 an operator must fix `{key}` (a token of a service user that may read users, \
                 authorizations and project grants)",
                status.as_u16()
            )),
            503 | 504 => ApiError::unavailable(format!(
                "the identity provider ({}) is unavailable (HTTP {}); try again later",
                self.config.api_base,
                status.as_u16()
            )),
            other => bad_gateway(format!(
                "the identity provider answered {path} with HTTP {other}; the workspace's user \
                 directory needs ZITADEL v4.6 or later (user, authorization and project v2 APIs)"
            )),
        }
    }
}

/// 502 `bad_gateway`: the provider answered, but not usefully.
fn bad_gateway(msg: String) -> ApiError {
    ApiError::new(StatusCode::BAD_GATEWAY, "bad_gateway", msg)
}

/// The `message` of a ZITADEL error body (short, for the log), if any.
fn provider_message(body: &[u8]) -> String {
    serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|v| v.get("message").and_then(Value::as_str).map(str::to_owned))
        .map(|m| m.chars().take(200).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(v: Value) -> ListedUser {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn only_unique_names_count_as_naming_a_user() {
        let u = listed(
            json!({"userId": "42", "state": "USER_STATE_ACTIVE", "username": "erin",
            "loginNames": ["erin@acme.localhost"], "preferredLoginName": "erin@acme.localhost",
            "details": {"resourceOwner": "acme"}}),
        );
        for login in ["42", "ERIN", "Erin@Acme.Localhost"] {
            assert!(u.named_by(login), "{login}");
        }
        // An email (or anything else the provider matched) is not a unique name.
        assert!(!u.named_by("erin.smith@example.com"));
        assert!(!u.named_by("4"));
        assert!(u.usable());
        for state in ["USER_STATE_INACTIVE", "USER_STATE_DELETED"] {
            let gone = listed(json!({"userId": "1", "state": state}));
            assert!(!gone.usable(), "{state}");
        }
        // Zero values are omitted on the wire: an absent state is not a refusal.
        assert!(listed(json!({"userId": "1"})).usable());
    }

    #[test]
    fn provider_messages_are_read_short_or_not_at_all() {
        let long = format!(
            r#"{{"code":"unauthenticated","message":"{}"}}"#,
            "x".repeat(500)
        );
        assert_eq!(provider_message(long.as_bytes()).len(), 200);
        assert_eq!(provider_message(b"<html>bad gateway</html>"), "");
    }
}
