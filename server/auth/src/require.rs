//! What an endpoint requires of its caller: a scope, a role, either, or a role plus
//! the resource's ACL (which the caller's code supplies; this crate has no DB).
//! Missing rights are 403: `insufficient_scope` for scopes, `forbidden` otherwise.

use std::future::Future;

use crate::error::{AuthError, Reason};
use crate::principal::Principal;

/// A declarative requirement, checked with [`Principal::require`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement<'a> {
    /// The token was granted this scope.
    Scope(&'a str),
    /// The principal holds one of these roles on the workspace project.
    Role(&'a [&'a str]),
    /// Either the scope (e.g. a service account's) or one of the roles (a user's).
    ScopeOrRole(&'a str, &'a [&'a str]),
}

impl Principal {
    /// Whether the token was granted `scope`.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.contains(scope)
    }

    /// Whether the principal holds `role` (granted in any org).
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.get(role).is_some_and(|orgs| !orgs.is_empty())
    }

    /// Whether the principal holds `role` granted in organization `org`.
    pub fn has_role_in(&self, role: &str, org: &str) -> bool {
        self.roles.get(role).is_some_and(|orgs| orgs.contains(org))
    }

    /// Checks `req`: `Ok(())` or the 403 to answer with.
    pub fn require(&self, req: Requirement<'_>) -> Result<(), AuthError> {
        let ok = match req {
            Requirement::Scope(s) => self.has_scope(s),
            Requirement::Role(roles) => roles.iter().any(|r| self.has_role(r)),
            Requirement::ScopeOrRole(s, roles) => {
                self.has_scope(s) || roles.iter().any(|r| self.has_role(r))
            }
        };
        if ok {
            return Ok(());
        }
        tracing::debug!(sub = %self.sub, ?req, "requirement not met");
        Err(match req {
            Requirement::Scope(s) => insufficient_scope(s),
            Requirement::Role(roles) => missing_role(roles),
            Requirement::ScopeOrRole(s, roles) => {
                let mut e = missing_role(roles);
                e.message = format!("{} (or the scope {s:?})", e.message);
                e
            }
        })
    }

    /// Requires one of `base_roles`, then asks `acl` whether this principal may act on
    /// the resource. `acl` is the caller's check (sharing ACLs live with the
    /// resources); its errors pass through, a `false` becomes 403 `forbidden`.
    pub async fn require_resource<F, Fut, E>(&self, base_roles: &[&str], acl: F) -> Result<(), E>
    where
        F: FnOnce(&Principal) -> Fut,
        Fut: Future<Output = Result<bool, E>>,
        E: From<AuthError>,
    {
        self.require(Requirement::Role(base_roles))?;
        if acl(self).await? {
            Ok(())
        } else {
            tracing::debug!(sub = %self.sub, "resource ACL denied");
            Err(AuthError::new(Reason::Forbidden, "you do not have access to this resource").into())
        }
    }
}

fn insufficient_scope(scope: &str) -> AuthError {
    let mut e = AuthError::new(
        Reason::InsufficientScope,
        format!("the token was not granted the scope {scope:?}"),
    );
    e.scope = Some(scope.to_owned());
    e
}

fn missing_role(roles: &[&str]) -> AuthError {
    AuthError::new(
        Reason::Forbidden,
        format!("this needs one of the workspace roles {roles:?}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::principal::Validated;
    use std::collections::{BTreeMap, BTreeSet};

    fn principal() -> Principal {
        Principal {
            sub: "u".into(),
            org: Some("o1".into()),
            roles: BTreeMap::from([("viewer".into(), BTreeSet::from(["o2".to_owned()]))]),
            scopes: BTreeSet::from(["docs.read".to_owned()]),
            client_id: None,
            validated: Validated::Jwt,
        }
    }

    #[test]
    fn scope_role_and_either() {
        let p = principal();
        assert!(p.require(Requirement::Scope("docs.read")).is_ok());
        let e = p.require(Requirement::Scope("docs.write")).unwrap_err();
        assert_eq!(
            (e.reason, e.scope.as_deref()),
            (Reason::InsufficientScope, Some("docs.write"))
        );
        assert!(p.require(Requirement::Role(&["admin", "viewer"])).is_ok());
        let e = p.require(Requirement::Role(&["admin"])).unwrap_err();
        assert_eq!(e.reason, Reason::Forbidden);
        assert!(
            p.require(Requirement::ScopeOrRole("x", &["viewer"]))
                .is_ok()
        );
        assert!(
            p.require(Requirement::ScopeOrRole("docs.read", &["admin"]))
                .is_ok()
        );
        let e = p
            .require(Requirement::ScopeOrRole("x", &["admin"]))
            .unwrap_err();
        assert_eq!(e.reason, Reason::Forbidden);
        assert!(p.has_role_in("viewer", "o2") && !p.has_role_in("viewer", "o1"));
    }

    #[derive(Debug, PartialEq)]
    enum AppError {
        Auth(Reason),
        Db,
    }
    impl From<AuthError> for AppError {
        fn from(e: AuthError) -> Self {
            AppError::Auth(e.reason)
        }
    }

    #[tokio::test]
    async fn resource_needs_the_base_role_and_the_acl() {
        let p = principal();
        let allow = |_: &Principal| async { Ok::<_, AppError>(true) };
        let deny = |_: &Principal| async { Ok::<_, AppError>(false) };
        assert_eq!(p.require_resource(&["viewer"], allow).await, Ok(()));
        assert_eq!(
            p.require_resource(&["viewer"], deny).await,
            Err(AppError::Auth(Reason::Forbidden))
        );
        let never = |_: &Principal| async { panic!("ACL must not run without the base role") };
        let r: Result<(), AppError> = p.require_resource(&["editor"], never).await;
        assert_eq!(r, Err(AppError::Auth(Reason::Forbidden)));
        let broken = |_: &Principal| async { Err::<bool, _>(AppError::Db) };
        assert_eq!(
            p.require_resource(&["viewer"], broken).await,
            Err(AppError::Db)
        );
    }
}
