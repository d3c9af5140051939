//! Unknown JSON fields are refused on every `/api/v1` write, through the real
//! server: one 400 `invalid_argument` shape naming the field (nested ones by their
//! path), nothing created or changed; and the published schema says the same
//! (`additionalProperties: false` on every request body).

use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::{Reply, WsApi, token_for, user_id};

#[track_caller]
fn refused(r: &Reply, field: &str) {
    assert_eq!((r.status, r.code()), (400, "invalid_argument"), "{r:?}");
    let msg = r.body["message"].as_str().unwrap();
    assert!(msg.starts_with(&format!("{field}: unknown field")), "{msg}");
}

fn created(r: Reply) -> String {
    assert_eq!(r.status, 201, "{r:?}");
    r.body["id"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_write_route_family_names_an_unknown_field_and_stores_nothing() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let bob = user_id(&server, "bob");
    let doc = created(alice.post("/docs", &json!({"title": "T"})).await);
    let folder = created(alice.post("/drive/folders", &json!({"name": "F"})).await);
    let cal = created(alice.post("/calendars", &json!({"name": "C"})).await);
    let event =
        json!({"summary": "E", "start": "2026-01-05T10:00:00Z", "end": "2026-01-05T11:00:00Z"});
    let event = created(
        alice
            .post(&format!("/calendars/{cal}/events"), &event)
            .await,
    );

    // (method, path, a valid body plus one unknown field, the field's path).
    let cases: Vec<(&str, String, Value, &str)> = vec![
        (
            "POST",
            "/docs".into(),
            json!({"title": "x", "colour": 1}),
            "colour",
        ),
        (
            "PATCH",
            format!("/docs/{doc}"),
            json!({"body": "y", "tags": []}),
            "tags",
        ),
        (
            "POST",
            format!("/docs/{doc}/comments"),
            json!({"body": "c", "pin": true}),
            "pin",
        ),
        (
            "POST",
            "/drive/folders".into(),
            json!({"name": "n", "colour": "red"}),
            "colour",
        ),
        (
            "PATCH",
            format!("/drive/files/{folder}"),
            json!({"name": "m", "starred": true}),
            "starred",
        ),
        (
            "POST",
            format!("/drive/files/{folder}/copy"),
            json!({"name": "c", "deep": true}),
            "deep",
        ),
        (
            "POST",
            "/drive/uploads".into(),
            json!({"name": "u", "size": 1, "mode": "x"}),
            "mode",
        ),
        (
            "POST",
            "/calendars".into(),
            json!({"name": "n", "color": "red"}),
            "color",
        ),
        (
            "PATCH",
            format!("/calendars/{cal}"),
            json!({"name": "n", "hidden": true}),
            "hidden",
        ),
        (
            "POST",
            format!("/calendars/{cal}/events"),
            json!({"summary": "s", "start": "2026-01-06T10:00:00Z", "end": "2026-01-06T11:00:00Z", "priority": 1}),
            "priority",
        ),
        (
            "PATCH",
            format!("/calendars/{cal}/events/{event}"),
            json!({"summary": "s", "x": 1}),
            "x",
        ),
        (
            "POST",
            "/shares".into(),
            json!({"kind": "doc", "resource_id": doc,
            "grantee": {"type": "user", "id": bob}, "role": "viewer", "notify": true}),
            "notify",
        ),
        (
            "POST",
            "/shares".into(),
            json!({"kind": "doc", "resource_id": doc,
            "grantee": {"type": "user", "id": bob, "email": "b@x"}, "role": "viewer"}),
            "grantee.email",
        ),
    ];
    for (method, path, body, field) in &cases {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let r = alice.send(alice.request(method, path).json(body)).await;
        refused(&r, field);
    }
    // Nothing stored: the doc is at version 1 without comments or shares, the
    // drive holds the one folder, one calendar event, no uploads.
    assert_eq!(alice.get(&format!("/docs/{doc}")).await.body["version"], 1);
    let comments = alice.get(&format!("/docs/{doc}/comments")).await;
    assert_eq!(comments.body["items"], json!([]), "{comments:?}");
    let shares = alice.get(&format!("/shares?kind=doc&id={doc}")).await;
    assert_eq!(shares.body["items"], json!([]), "{shares:?}");
    let names: Vec<Value> = alice.get("/drive/files").await.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].clone())
        .collect();
    assert!(
        names.contains(&json!("F")) && !names.contains(&json!("n")),
        "{names:?}"
    );
    let cals = alice.get("/calendars").await;
    assert!(!cals.body.to_string().contains("\"n\""), "{cals:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_schema_closes_every_request_body() {
    let server = TestServer::start_demo().await;
    let spec: Value = server
        .client()
        .get(server.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let schemas = &spec["components"]["schemas"];
    let mut checked = 0;
    for (path, ops) in spec["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            let Some(r) =
                op["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str()
            else {
                continue;
            };
            let name = r.rsplit('/').next().unwrap();
            let schema = &schemas[name];
            let closed = schema["additionalProperties"] == json!(false)
                || schema["oneOf"]
                    .as_array()
                    .is_some_and(|vs| vs.iter().all(|v| v["additionalProperties"] == json!(false)));
            assert!(closed, "{method} {path}: {name} is open: {schema}");
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} JSON request bodies found");
}
