//! ProjectService and AuthorizationService: projects, roles, grants keyed by
//! (project, granted org), authorizations in the owner and the granted org.

use axum::http::StatusCode;
use serde_json::{Value, json};

use super::fixture::Fx;

const PROJECTS: &str = "/zitadel.project.v2.ProjectService/";
const AUTHZ: &str = "/zitadel.authorization.v2.AuthorizationService/";

async fn p(fx: &Fx, who: &str, method: &str, body: Value) -> (StatusCode, Value) {
    fx.connect(Some(who), &format!("{PROJECTS}{method}"), &body.to_string())
        .await
}

async fn a(fx: &Fx, who: &str, method: &str, body: Value) -> (StatusCode, Value) {
    fx.connect(Some(who), &format!("{AUTHZ}{method}"), &body.to_string())
        .await
}

#[tokio::test]
async fn projects_roles_and_idempotent_state_changes() {
    let fx = Fx::new().await;
    let (s, b) = p(
        &fx,
        "alice",
        "CreateProject",
        json!({"organizationId": fx.acme, "name": "Portal", "projectRoleAssertion": true}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let id = b["projectId"].as_str().unwrap().to_owned();
    let (s, _) = p(
        &fx,
        "alice",
        "CreateProject",
        json!({"organizationId": fx.acme, "name": "Portal"}),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(
        p(
            &fx,
            "charlie",
            "CreateProject",
            json!({"organizationId": fx.acme, "name": "X"})
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        p(
            &fx,
            "bob",
            "CreateProject",
            json!({"organizationId": fx.acme, "name": "X"})
        )
        .await
        .0,
        StatusCode::FORBIDDEN
    );
    let pid = json!({"projectId": id});
    let (_, b) = p(&fx, "alice", "GetProject", pid.clone()).await;
    assert_eq!(b["project"]["projectRoleAssertion"], true);
    assert_eq!(b["project"]["state"], "PROJECT_STATE_ACTIVE");
    assert_eq!(
        p(&fx, "charlie", "GetProject", pid.clone()).await.0,
        StatusCode::NOT_FOUND
    );
    for _ in 0..2 {
        assert_eq!(
            p(&fx, "alice", "DeactivateProject", pid.clone()).await.0,
            StatusCode::OK
        );
    }
    let (s, b) = p(
        &fx,
        "alice",
        "AddProjectRole",
        json!({"projectId": id, "roleKey": "admin", "displayName": "Admin", "group": "ops"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        p(
            &fx,
            "alice",
            "AddProjectRole",
            json!({"projectId": id, "roleKey": "admin", "displayName": "A"})
        )
        .await
        .0,
        StatusCode::CONFLICT
    );
    let (s, b) = p(
        &fx,
        "alice",
        "AddProjectRole",
        json!({"projectId": id, "roleKey": "x"}),
    )
    .await;
    assert!(
        s == StatusCode::BAD_REQUEST && b["message"].as_str().unwrap().contains("displayName"),
        "{b}"
    );
    let (_, b) = p(&fx, "alice", "ListProjectRoles", json!({"projectId": id})).await;
    assert_eq!(
        b["projectRoles"],
        json!([{"projectId": id, "key": "admin", "displayName": "Admin", "group": "ops"}])
    );
    assert_eq!(
        p(
            &fx,
            "alice",
            "RemoveProjectRole",
            json!({"projectId": id, "roleKey": "admin"})
        )
        .await
        .0,
        StatusCode::OK
    );
    let (s, b) = p(
        &fx,
        "alice",
        "RemoveProjectRole",
        json!({"projectId": id, "roleKey": "admin"}),
    )
    .await;
    assert_eq!((s, b.get("removalDate")), (StatusCode::OK, None));
    assert_eq!(
        p(&fx, "alice", "DeleteProject", pid.clone()).await.0,
        StatusCode::OK
    );
    let (s, b) = p(&fx, "alice", "DeleteProject", pid).await;
    assert_eq!((s, b), (StatusCode::OK, json!({})));
}

#[tokio::test]
async fn grants_and_cross_org_authorizations() {
    let fx = Fx::new().await;
    // The demo grant to Globex is found by (project, granted org).
    let (_, b) = p(&fx, "charlie", "ListProjectGrants", json!({})).await;
    assert_eq!(b["projectGrants"][0]["grantedRoleKeys"], json!(["viewer"]));
    assert_eq!(
        b["projectGrants"][0]["grantedOrganizationId"],
        fx.globex.as_str()
    );
    let (_, b) = p(&fx, "charlie", "ListProjects", json!({})).await;
    assert_eq!(
        b["projects"][0]["grantedState"],
        "GRANTED_PROJECT_STATE_ACTIVE"
    );
    let key = json!({"projectId": fx.project, "grantedOrganizationId": fx.globex});
    assert_eq!(p(&fx, "charlie", "UpdateProjectGrant", json!({"projectId": fx.project, "grantedOrganizationId": fx.globex, "roleKeys": ["admin"]})).await.0, StatusCode::FORBIDDEN);
    let (s, _) = p(&fx, "alice", "CreateProjectGrant", json!({"projectId": fx.project, "grantedOrganizationId": fx.globex, "roleKeys": ["viewer"]})).await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (s, _) = p(&fx, "alice", "UpdateProjectGrant", json!({"projectId": fx.project, "grantedOrganizationId": fx.globex, "roleKeys": ["viewer", "nope"]})).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(p(&fx, "alice", "UpdateProjectGrant", json!({"projectId": fx.project, "grantedOrganizationId": fx.globex, "roleKeys": ["viewer", "editor"]})).await.0, StatusCode::OK);

    // Charlie (Globex ORG_OWNER) authorizes a Globex user through the grant...
    let body = json!({"organizationId": fx.globex, "username": "gina", "human": {"profile": {"givenName": "G", "familyName": "G"}, "email": {"email": "gina@example.com"}}});
    let (_, b) = fx
        .connect(
            Some("charlie"),
            "/zitadel.user.v2.UserService/CreateUser",
            &body.to_string(),
        )
        .await;
    let gina = b["id"].as_str().unwrap().to_owned();
    let (s, b) = a(&fx, "charlie", "CreateAuthorization", json!({"userId": gina, "projectId": fx.project, "organizationId": fx.globex, "roleKeys": ["editor"]})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let authz = b["id"].as_str().unwrap().to_owned();
    // ...but not beyond the granted roles, not for Acme's users, not in Acme.
    let (s, _) = a(&fx, "charlie", "CreateAuthorization", json!({"userId": gina, "projectId": fx.project, "organizationId": fx.globex, "roleKeys": ["owner"]})).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "owner is not granted to Globex");
    let (s, _) = a(&fx, "charlie", "CreateAuthorization", json!({"userId": gina, "projectId": fx.project, "organizationId": fx.globex, "roleKeys": ["viewer"]})).await;
    assert_eq!(s, StatusCode::CONFLICT, "gina already has one in Globex");
    let (s, _) = a(&fx, "charlie", "CreateAuthorization", json!({"userId": fx.ids["bob"], "projectId": fx.project, "organizationId": fx.globex, "roleKeys": ["viewer"]})).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = a(&fx, "charlie", "CreateAuthorization", json!({"userId": gina, "projectId": fx.project, "organizationId": fx.acme, "roleKeys": ["viewer"]})).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert_eq!(
        a(
            &fx,
            "charlie",
            "UpdateAuthorization",
            json!({"id": authz, "roleKeys": ["owner"]})
        )
        .await
        .0,
        StatusCode::BAD_REQUEST
    );

    // The claims follow at once: gina holds editor, in Globex.
    let roles = fx
        .store
        .authz
        .roles_for_user(&gina, std::slice::from_ref(&fx.project))
        .await
        .unwrap();
    assert_eq!(
        roles
            .iter()
            .map(|r| r.role_key.as_str())
            .collect::<Vec<_>>(),
        ["editor"]
    );
    assert_eq!(roles[0].org_id, fx.globex);

    // Lists: charlie sees Globex's authorizations only; alice sees all on her project.
    let (_, b) = a(
        &fx,
        "charlie",
        "ListAuthorizations",
        json!({"filters": [{"projectId": {"id": fx.project}}]}),
    )
    .await;
    let orgs: Vec<&str> = b["authorizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["organization"]["id"].as_str().unwrap())
        .collect();
    assert!(
        !orgs.is_empty() && orgs.iter().all(|o| *o == fx.globex),
        "{b}"
    );
    let (_, b) = a(
        &fx,
        "alice",
        "ListAuthorizations",
        json!({"filters": [{"inUserIds": {"ids": [gina]}}]}),
    )
    .await;
    assert_eq!(b["authorizations"][0]["roles"][0]["key"], "editor");
    assert_eq!(
        b["authorizations"][0]["user"]["preferredLoginName"],
        "gina@globex-inc.localhost"
    );
    let (_, b) = a(&fx, "bob", "ListAuthorizations", json!({})).await;
    let users: Vec<&str> = b["authorizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["user"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        users,
        [fx.ids["bob"].as_str()],
        "a plain user sees only their own"
    );

    // Narrowing the grant strips the role; deleting the grant removes the authorization.
    assert_eq!(p(&fx, "alice", "UpdateProjectGrant", json!({"projectId": fx.project, "grantedOrganizationId": fx.globex, "roleKeys": ["viewer"]})).await.0, StatusCode::OK);
    let got = fx
        .store
        .authz
        .get_authorization(&authz)
        .await
        .unwrap()
        .unwrap();
    assert!(got.role_keys.is_empty());
    for _ in 0..2 {
        assert_eq!(
            p(&fx, "alice", "DeactivateProjectGrant", key.clone())
                .await
                .0,
            StatusCode::OK
        );
    }
    assert_eq!(
        p(&fx, "alice", "DeleteProjectGrant", key.clone()).await.0,
        StatusCode::OK
    );
    assert!(
        fx.store
            .authz
            .get_authorization(&authz)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        p(&fx, "alice", "DeleteProjectGrant", key).await,
        (StatusCode::OK, json!({}))
    );
    assert_eq!(
        a(&fx, "alice", "DeleteAuthorization", json!({"id": authz})).await,
        (StatusCode::OK, json!({}))
    );
}
