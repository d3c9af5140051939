//! End to end: authorizations made through the management API show in the next
//! introspection of an existing token and in a newly minted one, and disappear when
//! removed.

use reqwest::StatusCode;
use serde_json::{Value, json};
use ws_tests::TestServer;

async fn connect(server: &TestServer, path: &str, body: Value) -> Value {
    let resp = server
        .client()
        .post(server.url(path))
        .bearer_auth(&server.admin_pat)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK, "{path}");
    resp.json().await.unwrap()
}

async fn token(server: &TestServer, client_id: &str, secret: &str, project: &str) -> String {
    let scope = format!(
        "openid urn:zitadel:iam:org:project:id:{project}:aud urn:zitadel:iam:org:projects:roles"
    );
    let resp = server
        .client()
        .post(server.url("/oauth/v2/token"))
        .basic_auth(client_id, Some(secret))
        .form(&[
            ("grant_type", "client_credentials"),
            ("scope", scope.as_str()),
        ])
        .send()
        .await
        .unwrap();
    let body: Value = resp.json().await.unwrap();
    body["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

async fn roles(server: &TestServer, token: &str, project: &str) -> Value {
    let file: Value = serde_json::from_slice(
        &std::fs::read(server.data_dir.join("introspection-client.json")).unwrap(),
    )
    .unwrap();
    let resp = server
        .client()
        .post(server.url("/oauth/v2/introspect"))
        .basic_auth(
            file["client_id"].as_str().unwrap(),
            file["client_secret"].as_str(),
        )
        .form(&[("token", token)])
        .send()
        .await
        .unwrap();
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["active"], true, "{body}");
    body[format!("urn:zitadel:iam:org:project:{project}:roles")].clone()
}

#[tokio::test]
async fn introspection_follows_authorization_changes() {
    let server = TestServer::start_demo().await;
    let project = server.bootstrap["project_id"].as_str().unwrap().to_owned();
    let orgs = server.bootstrap["orgs"].as_array().unwrap();
    let acme = orgs.iter().find(|o| o["name"] == "Acme Corp").unwrap();
    let (acme_id, acme_domain) = (
        acme["id"].as_str().unwrap(),
        acme["primary_domain"].as_str().unwrap(),
    );

    let b = connect(
        &server,
        "/zitadel.user.v2.UserService/CreateUser",
        json!({"organizationId": acme_id, "username": "reporter", "machine": {"name": "Reporter"}}),
    )
    .await;
    let user = b["id"].as_str().unwrap().to_owned();
    let b = connect(
        &server,
        "/zitadel.user.v2.UserService/AddSecret",
        json!({"userId": user}),
    )
    .await;
    let secret = b["clientSecret"].as_str().unwrap().to_owned();

    let first = token(&server, "reporter", &secret, &project).await;
    assert_eq!(roles(&server, &first, &project).await, Value::Null);

    let b = connect(&server, "/zitadel.authorization.v2.AuthorizationService/CreateAuthorization",
        json!({"userId": user, "projectId": project, "organizationId": acme_id, "roleKeys": ["editor"]})).await;
    let authz = b["id"].as_str().unwrap().to_owned();
    let expected = json!({"editor": {acme_id: acme_domain}});
    assert_eq!(
        roles(&server, &first, &project).await,
        expected,
        "the existing token"
    );
    let second = token(&server, "reporter", &secret, &project).await;
    assert_eq!(
        roles(&server, &second, &project).await,
        expected,
        "a new token"
    );

    connect(
        &server,
        "/zitadel.authorization.v2.AuthorizationService/DeactivateAuthorization",
        json!({"id": authz}),
    )
    .await;
    assert_eq!(
        roles(&server, &first, &project).await,
        Value::Null,
        "deactivated"
    );
    connect(
        &server,
        "/zitadel.authorization.v2.AuthorizationService/ActivateAuthorization",
        json!({"id": authz}),
    )
    .await;
    connect(
        &server,
        "/zitadel.authorization.v2.AuthorizationService/UpdateAuthorization",
        json!({"id": authz, "roleKeys": ["viewer"]}),
    )
    .await;
    assert_eq!(
        roles(&server, &second, &project).await,
        json!({"viewer": {acme_id: acme_domain}})
    );
    connect(
        &server,
        "/zitadel.authorization.v2.AuthorizationService/DeleteAuthorization",
        json!({"id": authz}),
    )
    .await;
    assert_eq!(
        roles(&server, &second, &project).await,
        Value::Null,
        "deleted"
    );
}
