//! The `bench-no-auth` feature (benchmark builds only): the fixed principal every
//! extraction answers with instead of validating a bearer token, so a benchmark can
//! compare the same route, the same database work and the same first-use
//! provisioning with and without token validation. Never compiled into a normal
//! build: the module only exists with the feature, and [`crate::BENCH_NO_AUTH`] lets
//! the server say so loudly at start and in `--version`.

use std::collections::{BTreeMap, BTreeSet};

use crate::principal::{Principal, Validated};

// The flag the server reports in `--version` and at start agrees with this module.
const _: () = assert!(crate::BENCH_NO_AUTH);

/// User id of the fixed principal.
pub const BENCH_USER: &str = "bench-no-auth-user";
/// Its organization, in which it holds the `admin` role (like the demo user alice).
pub const BENCH_ORG: &str = "bench-no-auth-org";

/// The fixed principal, built afresh per request as a validated one is cloned from
/// the verified-token cache.
pub fn principal() -> Principal {
    Principal {
        sub: BENCH_USER.to_owned(),
        org: Some(BENCH_ORG.to_owned()),
        roles: BTreeMap::from([("admin".to_owned(), BTreeSet::from([BENCH_ORG.to_owned()]))]),
        scopes: ["openid", "profile", "email", "offline_access"]
            .map(str::to_owned)
            .into(),
        client_id: Some("bench-no-auth".to_owned()),
        validated: Validated::Jwt,
    }
}

#[cfg(test)]
mod tests {
    use axum::extract::FromRequestParts;
    use axum::http::Request;

    use super::*;
    use crate::{AuthConfig, Authenticator, Secret};

    #[tokio::test]
    async fn every_request_is_the_fixed_principal_without_a_token() {
        let config = AuthConfig::new("http://127.0.0.1:9", "p", "c", Secret::new("s"));
        let auth = Authenticator::builder(config).build().unwrap();
        for header in [None, Some("Bearer not-a-real-token"), Some("Basic eA==")] {
            let mut req = Request::builder().uri("/api/v1/docs");
            if let Some(h) = header {
                req = req.header("authorization", h);
            }
            let (mut parts, ()) = req.body(()).unwrap().into_parts();
            let p = Principal::from_request_parts(&mut parts, &auth)
                .await
                .unwrap();
            assert_eq!(p, principal(), "{header:?}");
            assert_eq!(p.roles["admin"], BTreeSet::from([BENCH_ORG.to_owned()]));
        }
    }
}
