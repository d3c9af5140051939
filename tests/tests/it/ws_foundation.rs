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

/// The described routes are exactly the served ones, over real HTTP: every described
/// (method, path) reaches its handler (401 without a token, 404 for a link share's
/// made-up secret; the document itself 200),
/// and every other method on a described path answers 405.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_described_route_is_served_and_nothing_else_on_its_path() {
    let server = TestServer::start().await;
    let doc = WsApi::anonymous(&server).get("/openapi.json").await;
    assert_eq!(doc.status, 200, "{doc:?}");
    let paths = doc.body["paths"].as_object().unwrap();
    let client = reqwest::Client::new();
    let mut described = 0;
    for (path, item) in paths {
        // Any value fits a path parameter: the token check answers first.
        let concrete: String = path
            .split('/')
            .map(|seg| if seg.starts_with('{') { "x" } else { seg })
            .collect::<Vec<_>>()
            .join("/");
        for method in ["GET", "PUT", "POST", "DELETE", "PATCH"] {
            let has = item.get(method.to_ascii_lowercase()).is_some();
            let url = format!("{}{concrete}", server.base_url);
            let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
            let status = client.request(m, &url).send().await.unwrap().status();
            let want = match (has, path.as_str()) {
                (true, "/api/v1/openapi.json") => 200,
                // A link share authenticates by its secret, so a made-up one gets the
                // same 404 as a revoked or expired link, not a token challenge.
                (true, p) if p.starts_with("/api/v1/links/") => 404,
                (true, _) => 401,
                (false, _) => 405,
            };
            assert_eq!(status.as_u16(), want, "{method} {path}");
            described += usize::from(has);
        }
    }
    // docs 14, drive 15, calendars 14, sharing 5, audit 2, me, openapi.json.
    assert!(described >= 52, "only {described} operations described");
}

/// The PyPI validator pinned for the OpenAPI check.
const SPEC_VALIDATOR: &str = "openapi-spec-validator==0.9.0";

/// The served document passes a real OpenAPI 3.1 validator (PyPI
/// `openapi-spec-validator`, in a venv cached under the target directory).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_document_validates_as_openapi_3_1() {
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let venv = tokio::task::spawn_blocking(move || {
        ws_tests::python::cached_venv(
            cache,
            "py-openapi-spec-validator",
            SPEC_VALIDATOR,
            &[SPEC_VALIDATOR],
        )
    })
    .await
    .unwrap()
    .expect("a venv with openapi-spec-validator (needs python3-venv and PyPI)");
    let server = TestServer::start().await;
    let doc = WsApi::anonymous(&server).get("/openapi.json").await;
    assert_eq!(doc.body["openapi"], "3.1.0");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, doc.body.to_string()).unwrap();
    let script = "import json, sys\n\
        from openapi_spec_validator import validate\n\
        from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator\n\
        validate(json.load(open(sys.argv[1])), cls=OpenAPIV31SpecValidator)\n\
        print('valid')\n";
    let out = tokio::process::Command::new(venv.join("bin/python"))
        .args(["-c", script])
        .arg(&file)
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.trim() == "valid",
        "the validator refused the document:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
