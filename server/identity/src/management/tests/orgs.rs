//! OrganizationService: create with admins, list by permission, state, delete.

use axum::http::StatusCode;
use serde_json::{Value, json};

use super::fixture::Fx;

const ORGS: &str = "/zitadel.org.v2.OrganizationService/";

async fn call(fx: &Fx, who: &str, method: &str, body: Value) -> (StatusCode, Value) {
    fx.connect(Some(who), &format!("{ORGS}{method}"), &body.to_string())
        .await
}

fn names(b: &Value) -> Vec<String> {
    let mut n: Vec<String> = b["result"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|o| o["name"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default();
    n.sort();
    n
}

#[tokio::test]
async fn add_organization_with_a_human_admin_over_rest_answers_201() {
    let fx = Fx::new().await;
    let body = json!({"name": "Initech", "admins": [{"human": {"username": "peter", "profile": {"givenName": "Peter", "familyName": "Gibbons"}, "email": {"email": "peter@initech.example"}}}]});
    let (s, b) = fx
        .rest("admin", "POST", "/v2/organizations", &body.to_string())
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let org = b["organizationId"].as_str().unwrap().to_owned();
    let peter = b["createdAdmins"][0]["userId"].as_str().unwrap().to_owned();
    let roles = fx.store.admins.admin_roles_for_user(&peter).await.unwrap();
    assert_eq!(roles[0].roles, ["ORG_OWNER"]);
    let (_, b) = call(
        &fx,
        "admin",
        "ListOrganizations",
        json!({"queries": [{"idQuery": {"id": org}}]}),
    )
    .await;
    assert_eq!(b["result"][0]["primaryDomain"], "initech.localhost");
    assert_eq!(b["result"][0]["state"], "ORGANIZATION_STATE_ACTIVE");
    // Same name again: already_exists, and nothing else created.
    let (s, b) = call(&fx, "admin", "AddOrganization", json!({"name": "Initech"})).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("already_exists"))
    );
    // An admin that fails (unknown user) leaves no org behind.
    let (s, _) = call(
        &fx,
        "admin",
        "AddOrganization",
        json!({"name": "Ghost", "admins": [{"userId": "404"}]}),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(
        fx.store
            .orgs
            .get_org_by_name("Ghost")
            .await
            .unwrap()
            .is_none()
    );
    // Only instance managers create orgs.
    assert_eq!(
        call(&fx, "alice", "AddOrganization", json!({"name": "Mine"}))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn lists_show_only_readable_orgs() {
    let fx = Fx::new().await;
    let (_, b) = call(
        &fx,
        "admin",
        "ListOrganizations",
        json!({"sortingColumn": "ORGANIZATION_FIELD_NAME_NAME", "query": {"asc": true}}),
    )
    .await;
    assert_eq!(names(&b), ["Acme Corp", "Default", "Globex Inc"]);
    assert_eq!(b["details"]["totalResult"], "3");
    let (_, b) = call(&fx, "charlie", "ListOrganizations", json!({})).await;
    assert_eq!(names(&b), ["Globex Inc"]);
    let (_, b) = call(&fx, "bob", "ListOrganizations", json!({"queries": [{"nameQuery": {"name": "globex", "method": "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"}}]})).await;
    assert_eq!(
        b["details"]["totalResult"],
        Value::Null,
        "bob cannot see Globex: {b}"
    );
    let (s, _) = call(
        &fx,
        "admin",
        "ListOrganizations",
        json!({"query": {"limit": "5000"}}),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn update_state_and_delete() {
    let fx = Fx::new().await;
    let globex = json!({"organizationId": fx.globex});
    assert_eq!(
        call(&fx, "alice", "DeactivateOrganization", globex.clone())
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        call(&fx, "dave", "DeactivateOrganization", globex.clone())
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(&fx, "charlie", "DeactivateOrganization", globex.clone())
            .await
            .0,
        StatusCode::OK
    );
    let (s, b) = call(&fx, "admin", "DeactivateOrganization", globex.clone()).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("failed_precondition"))
    );
    assert_eq!(
        call(&fx, "admin", "ActivateOrganization", globex.clone())
            .await
            .0,
        StatusCode::OK
    );
    let (s, _) = call(
        &fx,
        "charlie",
        "UpdateOrganization",
        json!({"organizationId": fx.globex, "name": "Globex Corporation"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = call(
        &fx,
        "charlie",
        "UpdateOrganization",
        json!({"organizationId": fx.globex, "name": "Acme Corp"}),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (_, b) = call(&fx, "charlie", "ListOrganizationDomains", globex.clone()).await;
    assert_eq!(b["domains"][0]["domain"], "globex-inc.localhost");
    let (s, _) = fx
        .rest(
            "admin",
            "DELETE",
            &format!("/v2/organizations/{}", fx.globex),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        call(&fx, "admin", "ActivateOrganization", globex).await.0,
        StatusCode::NOT_FOUND
    );
}
