//! [`Actor`]: the caller of a workspace route after token validation. Extracting it
//! validates the bearer token (ws-auth [`Principal`]), reads the user's organization,
//! requires at least one workspace role held in that organization (the roles claim
//! of the workspace project; a Globex user holds it through Acme's project grant plus
//! an authorization), and runs first-use provisioning once per user.

use std::collections::BTreeSet;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use ws_auth::Principal;

use crate::error::{ApiError, ApiResult};
use crate::state::WorkspaceState;

/// Workspace roles that may administer their organization's workspace.
pub const ADMIN_ROLES: [&str; 2] = ["owner", "admin"];
/// Workspace roles that may create and change their own resources.
pub const WRITER_ROLES: [&str; 3] = ["owner", "admin", "editor"];

/// Who is calling.
#[derive(Debug, Clone)]
pub struct Actor {
    /// User id (`principal.sub`).
    pub user_id: String,
    /// The user's own organization.
    pub org_id: String,
    /// Workspace project roles held in that organization (`owner`, `admin`, `editor`, `viewer`).
    pub roles: BTreeSet<String>,
    /// The validated token's principal.
    pub principal: Principal,
    /// The request id (`x-request-id`).
    pub request_id: Option<String>,
}

impl Actor {
    /// Builds the actor from a validated principal: 403 without an org claim or
    /// without a workspace role in that org.
    pub fn from_principal(principal: Principal, request_id: Option<String>) -> ApiResult<Self> {
        let Some(org_id) = principal.org.clone().filter(|o| !o.is_empty()) else {
            return Err(ApiError::forbidden(
                "the token names no organization; request the scope \
                 `urn:zitadel:iam:user:resourceowner` when signing in",
            ));
        };
        let roles: BTreeSet<String> = principal
            .roles
            .iter()
            .filter(|(_, orgs)| orgs.contains(&org_id))
            .map(|(role, _)| role.clone())
            .collect();
        if roles.is_empty() {
            return Err(ApiError::forbidden(
                "you have no role on the workspace project in your organization; \
                 ask an administrator for an authorization",
            ));
        }
        Ok(Self {
            user_id: principal.sub.clone(),
            org_id,
            roles,
            principal,
            request_id,
        })
    }

    /// Whether the actor administers their organization's workspace (`owner` or `admin`).
    pub fn is_org_admin(&self) -> bool {
        ADMIN_ROLES.iter().any(|r| self.roles.contains(*r))
    }

    /// Whether the actor may create and change their own resources (not a mere viewer).
    pub fn is_writer(&self) -> bool {
        WRITER_ROLES.iter().any(|r| self.roles.contains(*r))
    }

    /// 403 unless [`Actor::is_writer`]: viewers can only read.
    pub fn require_writer(&self) -> ApiResult<()> {
        if self.is_writer() {
            Ok(())
        } else {
            Err(Self::read_only())
        }
    }

    /// The 403 for a viewer's write, whatever their role on the resource would be.
    pub fn read_only() -> ApiError {
        ApiError::forbidden(
            "your workspace role (viewer) can only read; creating or changing needs editor: \
             ask an administrator for the editor role",
        )
    }
}

impl FromRequestParts<WorkspaceState> for Actor {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WorkspaceState,
    ) -> Result<Self, ApiError> {
        let request_id = crate::request_id::from_parts(parts);
        let principal = Principal::from_request_parts(parts, state).await?;
        let actor = Actor::from_principal(principal, request_id.clone())
            .map_err(|e| e.with_request_id(request_id))?;
        crate::provision::ensure_provisioned(state, &actor).await?;
        Ok(actor)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use ws_auth::Validated;

    fn principal(org: Option<&str>, roles: &[(&str, &str)]) -> Principal {
        let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (role, o) in roles {
            map.entry((*role).into()).or_default().insert((*o).into());
        }
        Principal {
            sub: "u1".into(),
            org: org.map(str::to_owned),
            roles: map,
            scopes: BTreeSet::new(),
            client_id: None,
            validated: Validated::Jwt,
        }
    }

    #[test]
    fn roles_count_only_in_the_users_own_org() {
        let a = Actor::from_principal(principal(Some("g"), &[("viewer", "g")]), None).unwrap();
        assert_eq!(a.roles, BTreeSet::from(["viewer".to_owned()]));
        assert!(!a.is_writer() && !a.is_org_admin());
        assert_eq!(a.require_writer().unwrap_err().status, 403);
        // A role held only in another org does not make a workspace user here.
        let e = Actor::from_principal(principal(Some("g"), &[("admin", "acme")]), None);
        assert_eq!(e.unwrap_err().status, 403);
        let e = Actor::from_principal(principal(None, &[("admin", "acme")]), None);
        assert!(e.unwrap_err().message.contains("resourceowner"));
        let a = Actor::from_principal(principal(Some("acme"), &[("admin", "acme")]), None);
        assert!(a.unwrap().is_org_admin());
    }
}
