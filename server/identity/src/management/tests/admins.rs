//! InternalPermissionService: administrators take effect on the next call.

use axum::http::StatusCode;
use serde_json::{Value, json};

use super::fixture::{Fx, USERS};

const ADMINS: &str = "/zitadel.internal_permission.v2.InternalPermissionService/";

async fn call(fx: &Fx, who: &str, method: &str, body: Value) -> (StatusCode, Value) {
    fx.connect(Some(who), &format!("{ADMINS}{method}"), &body.to_string())
        .await
}

fn new_user(org: &str, name: &str) -> String {
    json!({"organizationId": org, "username": name, "human": {"profile": {"givenName": "N", "familyName": "N"}, "email": {"email": format!("{name}@example.com")}}}).to_string()
}

#[tokio::test]
async fn org_user_manager_granted_and_revoked() {
    let fx = Fx::new().await;
    let create = format!("{USERS}CreateUser");
    assert_eq!(
        fx.connect(Some("bob"), &create, &new_user(&fx.acme, "n1"))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let body = json!({"userId": fx.ids["bob"], "resource": {"organizationId": fx.acme}, "roles": ["ORG_USER_MANAGER"]});
    assert_eq!(
        call(&fx, "charlie", "CreateAdministrator", body.clone())
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let (s, b) = call(&fx, "alice", "CreateAdministrator", body.clone()).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        call(&fx, "alice", "CreateAdministrator", body.clone())
            .await
            .0,
        StatusCode::CONFLICT
    );
    // Bob may now manage Acme's users, and still not Globex's.
    assert_eq!(
        fx.connect(Some("bob"), &create, &new_user(&fx.acme, "n2"))
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        fx.connect(Some("bob"), &create, &new_user(&fx.globex, "n3"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let (_, b) = call(&fx, "alice", "ListAdministrators", json!({"filters": [{"resource": {"organizationId": fx.acme}}, {"role": {"roleKey": "ORG_USER_MANAGER"}}]})).await;
    assert_eq!(b["pagination"]["totalResult"], "1", "{b}");
    assert_eq!(
        b["administrators"][0]["user"]["preferredLoginName"],
        "bob@acme-corp.localhost"
    );
    assert_eq!(b["administrators"][0]["organization"]["name"], "Acme Corp");
    // Charlie does not see Acme's administrators.
    let (_, b) = call(&fx, "charlie", "ListAdministrators", json!({})).await;
    assert!(
        b["administrators"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["organization"]["id"] != fx.acme.as_str()),
        "{b}"
    );
    let del = json!({"userId": fx.ids["bob"], "resource": {"organizationId": fx.acme}});
    assert_eq!(
        call(&fx, "alice", "DeleteAdministrator", del).await.0,
        StatusCode::OK
    );
    assert_eq!(
        fx.connect(Some("bob"), &create, &new_user(&fx.acme, "n4"))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn roles_must_fit_the_resource_and_instance_needs_iam_owner() {
    let fx = Fx::new().await;
    let bad = json!({"userId": fx.ids["bob"], "resource": {"organizationId": fx.acme}, "roles": ["IAM_OWNER"]});
    let (s, b) = call(&fx, "alice", "CreateAdministrator", bad).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_argument"))
    );
    let inst =
        json!({"userId": fx.ids["bob"], "resource": {"instance": true}, "roles": ["IAM_OWNER"]});
    assert_eq!(
        call(&fx, "alice", "CreateAdministrator", inst.clone())
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(&fx, "admin", "CreateAdministrator", inst).await.0,
        StatusCode::OK
    );
    let grant = json!({"userId": fx.ids["dave"], "resource": {"projectGrant": {"projectId": fx.project, "organizationId": fx.globex}}, "roles": ["PROJECT_GRANT_OWNER"]});
    let (s, b) = call(&fx, "charlie", "CreateAdministrator", grant).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (_, b) = call(
        &fx,
        "dave",
        "ListAdministrators",
        json!({"filters": [{"inUserIdsFilter": {"ids": [fx.ids["dave"]]}}]}),
    )
    .await;
    assert_eq!(
        b["administrators"][0]["projectGrant"]["grantedOrganizationId"],
        fx.globex.as_str(),
        "{b}"
    );
    let two = json!({"userId": fx.ids["dave"], "resource": {"instance": true, "projectId": fx.project}, "roles": ["X"]});
    assert_eq!(
        call(&fx, "admin", "CreateAdministrator", two).await.0,
        StatusCode::BAD_REQUEST
    );
}
