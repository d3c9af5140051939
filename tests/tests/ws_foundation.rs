//! The workspace API's foundation against the real server: `GET /api/v1/me` with a
//! real `ws login`-style token, and the error shape (401 + challenge, request id).

use serde_json::json;
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, org_id, token_for, user_id};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn me_answers_the_actor_and_requires_a_token() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let me = alice.get("/me").await;
    assert_eq!(me.status, 200, "{me:?}");
    assert_eq!(me.body["user_id"], user_id(&server, "alice"));
    assert_eq!(me.body["org_id"], org_id(&server, "Acme Corp"));
    assert_eq!(me.body["roles"], json!(["admin"]));
    assert_eq!(me.body["validated"], "jwt");

    // charlie acts in Globex with the viewer role granted through Acme's project grant.
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let me = charlie.get("/me").await;
    assert_eq!(me.status, 200, "{me:?}");
    assert_eq!(me.body["org_id"], org_id(&server, "Globex Inc"));
    assert_eq!(me.body["roles"], json!(["viewer"]));

    let anon = WsApi::anonymous(&server);
    let req = anon
        .request(reqwest::Method::GET, "/me")
        .header("x-request-id", "req-me-1");
    let none = anon.send(req).await;
    assert_eq!(
        (none.status, none.code()),
        (401, "missing_token"),
        "{none:?}"
    );
    assert_eq!(none.header("www-authenticate"), Some("Bearer"));
    assert_eq!(none.body["request_id"], "req-me-1");
    // The route bench/workspace-auth.sh measures: a normal build (no `bench-no-auth`
    // feature) refuses it without a token.
    let none = anon.get("/docs").await;
    assert_eq!(
        (none.status, none.code()),
        (401, "missing_token"),
        "{none:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_json_bodies_with_the_request_id() {
    let server = TestServer::start_demo().await;
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let missing = bob.get("/no/such/path").await;
    assert_eq!(
        (missing.status, missing.code()),
        (404, "not_found"),
        "{missing:?}"
    );
    let id = missing
        .header("x-request-id")
        .expect("request id header")
        .to_owned();
    assert_eq!(missing.body["request_id"], id.as_str());

    // Bad input names the field; wrong media type and oversized bodies are refused.
    let bad = bob
        .post("/shares", &json!({"kind": "spreadsheet", "resource_id": "1", "grantee": {"type": "user", "id": "x"}, "role": "viewer"}))
        .await;
    assert_eq!(
        (bad.status, bad.code()),
        (400, "invalid_argument"),
        "{bad:?}"
    );
    assert!(
        bad.body["message"]
            .as_str()
            .unwrap()
            .starts_with("kind: unknown variant"),
        "{bad:?}"
    );
    let text = bob
        .request(reqwest::Method::POST, "/shares")
        .body("kind=doc");
    assert_eq!(bob.send(text).await.status, 415);
    let huge = json!({"kind": "doc", "resource_id": "x".repeat(2 << 20)});
    let too_large = bob.post("/shares", &huge).await;
    assert_eq!(
        (too_large.status, too_large.code()),
        (413, "too_large"),
        "{too_large:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openapi_describes_the_routes_without_a_token() {
    let server = TestServer::start_demo().await;
    let doc = WsApi::anonymous(&server).get("/openapi.json").await;
    assert_eq!(doc.status, 200, "{doc:?}");
    assert!(
        doc.body["openapi"].as_str().unwrap().starts_with("3."),
        "{}",
        doc.body["openapi"]
    );
    let paths = doc.body["paths"].as_object().unwrap();
    for p in [
        "/api/v1/me",
        "/api/v1/shares",
        "/api/v1/shares/{id}",
        "/api/v1/audit",
        "/api/v1/audit/stream",
    ] {
        assert!(paths.contains_key(p), "{p} missing from {:?}", paths.keys());
    }
    let share = &doc.body["components"]["schemas"]["Share"];
    assert!(share["properties"]["grantee"].is_object(), "{share}");
    let params = doc.body["paths"]["/api/v1/audit"]["get"]["parameters"]
        .as_array()
        .unwrap();
    assert!(
        params
            .iter()
            .any(|p| p["name"] == "since" && p["in"] == "query"),
        "{params:?}"
    );
}
