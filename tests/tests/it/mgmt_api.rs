//! End to end: the management APIs of the real server (Connect and REST), driven
//! over HTTP with the bootstrap's admin PAT and credentials the API itself issues.

use reqwest::StatusCode;
use serde_json::{Value, json};
use ws_tests::TestServer;

async fn connect(server: &TestServer, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
    let resp = server
        .client()
        .post(server.url(path))
        .bearer_auth(token)
        .header("connect-protocol-version", "1")
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    (status, resp.json().await.unwrap())
}

fn acme_id(server: &TestServer) -> String {
    let orgs = server.bootstrap["orgs"].as_array().unwrap();
    let acme = orgs.iter().find(|o| o["name"] == "Acme Corp").unwrap();
    acme["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn provisioning_over_connect_and_rest() {
    let server = TestServer::start_demo().await;
    let pat = server.admin_pat.clone();
    let acme = acme_id(&server);
    // A machine user with a PAT, made an ORG_USER_MANAGER of Acme through the API.
    let (s, b) = connect(&server, &pat, "/zitadel.user.v2.UserService/CreateUser",
        json!({"organizationId": acme, "username": "provisioner", "machine": {"name": "Provisioner"}})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let bot = b["id"].as_str().unwrap().to_owned();
    let (_, b) = connect(
        &server,
        &pat,
        "/zitadel.user.v2.UserService/AddPersonalAccessToken",
        json!({"userId": bot}),
    )
    .await;
    let bot_pat = b["token"].as_str().unwrap().to_owned();
    let admin =
        json!({"userId": bot, "resource": {"organizationId": acme}, "roles": ["ORG_USER_MANAGER"]});
    let (s, b) = connect(
        &server,
        &pat,
        "/zitadel.internal_permission.v2.InternalPermissionService/CreateAdministrator",
        admin,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");

    // The bot provisions users over the REST alias of CreateUser...
    let body = json!({"organizationId": acme, "username": "erin",
        "human": {"profile": {"givenName": "Erin", "familyName": "E"}, "email": {"email": "erin@example.com", "isVerified": true},
                  "password": {"password": "Erin-pass-1!"}}});
    let resp = server
        .client()
        .post(server.url("/v2/users/new"))
        .bearer_auth(&bot_pat)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    // ...and a duplicate answers 409 with the gateway body.
    let resp = server
        .client()
        .post(server.url("/v2/users/new"))
        .bearer_auth(&bot_pat)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CONFLICT);
    let err: Value = resp.json().await.unwrap();
    assert_eq!(err["code"], 6);

    // Its list is Acme's users only.
    let (_, b) = connect(
        &server,
        &bot_pat,
        "/zitadel.user.v2.UserService/ListUsers",
        json!({"query": {"limit": 1000}}),
    )
    .await;
    let owners: Vec<&str> = b["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["details"]["resourceOwner"].as_str().unwrap())
        .collect();
    assert!(
        owners.len() >= 3 && owners.iter().all(|o| *o == acme),
        "{b}"
    );

    // Only the admin may create organizations; REST answers 201.
    let resp = server
        .client()
        .post(server.url("/v2/organizations"))
        .bearer_auth(&bot_pat)
        .json(&json!({"name": "Nope"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let resp = server
        .client()
        .post(server.url("/v2/organizations"))
        .bearer_auth(&pat)
        .json(&json!({"name": "Umbrella"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);

    // No token: 401 in both shapes.
    let resp = server
        .client()
        .post(server.url("/zitadel.org.v2.OrganizationService/ListOrganizations"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        resp.json::<Value>().await.unwrap()["code"],
        "unauthenticated"
    );
    let resp = server
        .client()
        .post(server.url("/v2/organizations/_search"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(resp.json::<Value>().await.unwrap()["code"], 16);
}
