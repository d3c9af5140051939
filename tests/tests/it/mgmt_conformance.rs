//! Conformance: responses of the user v2 and org v2 operations that ZITADEL
//! v2.71.4's OpenAPI files describe are validated against those schemas (draft 4,
//! `#/definitions/...` resolved in the file). Objects are closed (no property the
//! schema lacks) unless the schema says otherwise, so misnamed fields fail too.
//! The files are copied unchanged from the API reference pack (Apache-2.0).
//!
//! The 4.x org operations the v2.71.4 files lack (metadata, domains, update and
//! state changes) are checked the same way against the JSON schemas of the official
//! Python SDK's models (`zitadel-client` 4.1.9, Apache-2.0), written to
//! `fixtures/zitadel-client-4.1.9/` by `tests/python/org_schemas.py`.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use ws_tests::TestServer;

fn spec(name: &str) -> Value {
    spec_at(&format!("zitadel-v2.71.4/{name}"))
}

fn spec_at(path: &str) -> Value {
    let path = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// Closes every object schema that lists properties and says nothing about others.
fn close_objects(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if m.contains_key("properties") && !m.contains_key("additionalProperties") {
                m.insert("additionalProperties".into(), Value::Bool(false));
            }
            m.values_mut().for_each(close_objects);
        }
        Value::Array(a) => a.iter_mut().for_each(close_objects),
        _ => {}
    }
}

/// Validates `body` against the schema of `status` ("200" or "default") of the
/// operation at `path`/`method` in `spec`.
fn check(spec: &Value, path: &str, method: &str, status: &str, body: &Value) {
    let op = &spec["paths"][path][method];
    let reference = op["responses"][status]["schema"]["$ref"]
        .as_str()
        .unwrap_or_else(|| panic!("no schema for {method} {path} {status}"));
    let mut definitions = spec["definitions"].clone();
    close_objects(&mut definitions);
    let schema = json!({"definitions": definitions, "allOf": [{"$ref": reference}]});
    let validator = jsonschema::draft4::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{} {path} ({}):\n{}\nbody: {body}",
        method.to_uppercase(),
        op["operationId"],
        errors.join("\n")
    );
}

struct Api {
    server: TestServer,
}

impl Api {
    async fn call(&self, method: Method, path: &str, body: Value) -> (StatusCode, Value) {
        let mut req = self
            .server
            .client()
            .request(method, self.server.url(path))
            .bearer_auth(&self.server.admin_pat);
        if !body.is_null() {
            req = req.json(&body);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status();
        (status, resp.json().await.unwrap())
    }
}

#[tokio::test]
async fn user_v2_responses_match_the_v2_71_4_schemas() {
    let users = spec("user-v2.swagger.json");
    let api = Api {
        server: TestServer::start_demo().await,
    };
    let acme = api.server.bootstrap["orgs"][1]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let add = json!({"organization": {"orgId": acme}, "username": "conf", "profile": {"givenName": "Con", "familyName": "Form", "preferredLanguage": "en"},
                     "email": {"email": "conf@example.com", "isVerified": true}, "phone": {"phone": "+41791234567"},
                     "password": {"password": "Conform-1!", "changeRequired": true}});
    let (s, b) = api.call(Method::POST, "/v2/users/human", add).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    check(&users, "/v2/users/human", "post", "200", &b);
    let id = b["userId"].as_str().unwrap().to_owned();
    let by_id = |suffix: &str| format!("/v2/users/{id}{suffix}");

    let (_, b) = api.call(Method::GET, &by_id(""), json!(null)).await;
    check(&users, "/v2/users/{userId}", "get", "200", &b);
    let list = json!({"query": {"limit": 50, "asc": true}, "sortingColumn": "USER_FIELD_NAME_CREATION_DATE",
                      "queries": [{"orQuery": {"queries": [{"typeQuery": {"type": "TYPE_MACHINE"}}, {"notQuery": {"query": {"stateQuery": {"state": "USER_STATE_INACTIVE"}}}}]}}]});
    let (_, b) = api.call(Method::POST, "/v2/users", list).await;
    assert!(b["result"].as_array().unwrap().len() >= 6, "{b}");
    check(&users, "/v2/users", "post", "200", &b);
    let (s, b) = api
        .call(
            Method::PUT,
            &format!("/v2/users/human/{id}"),
            json!({"profile": {"givenName": "Conny", "familyName": "Form"}}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    check(&users, "/v2/users/human/{userId}", "put", "200", &b);
    for action in ["deactivate", "reactivate", "lock", "unlock"] {
        let (s, b) = api
            .call(Method::POST, &by_id(&format!("/{action}")), json!({}))
            .await;
        assert_eq!(s, StatusCode::OK, "{action}: {b}");
        check(
            &users,
            &format!("/v2/users/{{userId}}/{action}"),
            "post",
            "200",
            &b,
        );
    }
    let (_, b) = api
        .call(
            Method::POST,
            &by_id("/password"),
            json!({"newPassword": {"password": "Another-1!"}}),
        )
        .await;
    check(&users, "/v2/users/{userId}/password", "post", "200", &b);
    let (_, b) = api
        .call(
            Method::POST,
            &by_id("/password_reset"),
            json!({"returnCode": {}}),
        )
        .await;
    assert!(b["verificationCode"].is_string(), "{b}");
    check(
        &users,
        "/v2/users/{userId}/password_reset",
        "post",
        "200",
        &b,
    );
    // Errors: the gateway body matches rpcStatus.
    let (s, b) = api.call(Method::POST, &by_id("/unlock"), json!({})).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    check(&users, "/v2/users/{userId}/unlock", "post", "default", &b);
    let (_, b) = api.call(Method::DELETE, &by_id(""), json!(null)).await;
    check(&users, "/v2/users/{userId}", "delete", "200", &b);
    let (s, b) = api.call(Method::GET, &by_id(""), json!(null)).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    check(&users, "/v2/users/{userId}", "get", "default", &b);
}

#[tokio::test]
async fn org_v2_responses_match_the_v2_71_4_schemas() {
    let orgs = spec("org-v2.swagger.json");
    let api = Api {
        server: TestServer::start_demo().await,
    };
    let body = json!({"name": "Conformance Inc", "admins": [{"human": {"username": "ci-admin", "profile": {"givenName": "C", "familyName": "A"}, "email": {"email": "ci@example.com"}}, "roles": ["ORG_OWNER"]}]});
    let (s, b) = api.call(Method::POST, "/v2/organizations", body).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    check(&orgs, "/v2/organizations", "post", "200", &b);
    let list = json!({"query": {"limit": 10}, "sortingColumn": "ORGANIZATION_FIELD_NAME_NAME", "queries": [{"nameQuery": {"name": "inc", "method": "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"}}]});
    let (_, b) = api
        .call(Method::POST, "/v2/organizations/_search", list)
        .await;
    assert_eq!(b["details"]["totalResult"], "2", "{b}");
    check(&orgs, "/v2/organizations/_search", "post", "200", &b);
    let (s, b) = api
        .call(
            Method::POST,
            "/v2/organizations/_search",
            json!({"query": {"limit": 1001}}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    check(&orgs, "/v2/organizations/_search", "post", "default", &b);
}

/// Validates a Connect response against `OrganizationService<message>` of the SDK's
/// schemas (draft 2020-12, objects closed as above).
fn check_sdk(message: &str, body: &Value) {
    let mut spec = spec_at("zitadel-client-4.1.9/org-v2-responses.schema.json");
    close_objects(&mut spec);
    let name = format!("OrganizationService{message}");
    assert!(spec["$defs"].get(&name).is_some(), "no schema {name}");
    let schema = json!({"$defs": spec["$defs"], "$ref": format!("#/$defs/{name}")});
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{name}:\n{}\nbody: {body}",
        errors.join("\n")
    );
}

#[tokio::test]
async fn org_v2_4x_responses_match_the_sdk_schemas() {
    let api = Api {
        server: TestServer::start_demo().await,
    };
    let (_, b) = api
        .call(
            Method::POST,
            "/v2/organizations",
            json!({"name": "Schema Inc"}),
        )
        .await;
    let org = b["organizationId"].as_str().unwrap().to_owned();
    let connect = |method: &str| format!("/zitadel.org.v2.OrganizationService/{method}");
    let calls = [
        (
            "SetOrganizationMetadata",
            json!({"metadata": [{"key": "a", "value": "YQ=="}, {"key": "b", "value": "Yg=="}]}),
        ),
        (
            "ListOrganizationMetadata",
            json!({"pagination": {"limit": 1}}),
        ),
        ("DeleteOrganizationMetadata", json!({"keys": ["a"]})),
        ("AddOrganizationDomain", json!({"domain": "schema.example"})),
        (
            "ListOrganizationDomains",
            json!({"sortingColumn": "DOMAIN_FIELD_NAME_NAME"}),
        ),
        (
            "DeleteOrganizationDomain",
            json!({"domain": "schema.example"}),
        ),
        ("UpdateOrganization", json!({"name": "Schema Corp"})),
        ("DeactivateOrganization", json!({})),
        ("ActivateOrganization", json!({})),
    ];
    for (method, mut body) in calls {
        body["organizationId"] = json!(org);
        let (s, b) = api.call(Method::POST, &connect(method), body).await;
        assert_eq!(s, StatusCode::OK, "{method}: {b}");
        check_sdk(&format!("{method}Response"), &b);
    }
    let (_, b) = api
        .call(
            Method::POST,
            &connect("ListOrganizationDomains"),
            json!({"organizationId": org}),
        )
        .await;
    assert_eq!(b["domains"][0]["domain"], "schema-inc.localhost", "{b}");
    // A Connect error body matches the SDK's ConnectError.
    let (s, b) = api
        .call(
            Method::POST,
            &connect("DeleteOrganizationMetadata"),
            json!({"organizationId": org, "keys": ["missing"]}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    check_sdk("ConnectError", &b);
    let (s, b) = api
        .call(
            Method::POST,
            &connect("DeleteOrganization"),
            json!({"organizationId": org}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    check_sdk("DeleteOrganizationResponse", &b);
}
