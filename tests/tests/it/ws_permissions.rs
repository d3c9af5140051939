//! One permission rule for every resource kind, through the real server: a role ×
//! action × kind matrix over what each demo user owns after provisioning (the
//! "Getting started" doc, My Drive, the personal calendar). A workspace `viewer`
//! reads what they own but changes, comments on, restores, shares and deletes
//! nothing, on docs as on drive and calendars; an `editor` does all of it (or meets
//! the resource's own rule, such as My Drive not being deletable).

use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::{Reply, WsApi, token_for, user_id};

/// What a demo user owns once provisioned, as `(kind, id)`.
async fn owned(api: &WsApi) -> [(&'static str, String); 3] {
    let docs = api.get("/docs").await;
    assert_eq!(docs.status, 200, "{docs:?}");
    let doc = docs.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == "Getting started")
        .unwrap_or_else(|| panic!("no Getting started doc: {docs:?}"))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let root = api.get("/drive/files/root").await;
    assert_eq!(root.status, 200, "{root:?}");
    let cals = api.get("/calendars").await;
    let cal = cals.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["personal"] == true)
        .unwrap_or_else(|| panic!("no personal calendar: {cals:?}"))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    [
        ("doc", doc),
        ("folder", root.body["id"].as_str().unwrap().to_owned()),
        ("calendar", cal),
    ]
}

/// One action on one resource: its name and the reply.
async fn act(api: &WsApi, kind: &str, id: &str, action: &str, grantee: &str) -> Reply {
    let share = json!({"kind": kind, "resource_id": id,
        "grantee": {"type": "user", "id": grantee}, "role": "viewer"});
    let path = match kind {
        "doc" => format!("/docs/{id}"),
        "folder" => format!("/drive/files/{id}"),
        _ => format!("/calendars/{id}"),
    };
    match (kind, action) {
        (_, "read") => api.get(&path).await,
        ("doc", "edit") => api.patch(&path, &json!({"body": "changed"})).await,
        ("folder", "edit") => {
            let body = json!({"parent_id": id, "name": "inside"});
            api.post("/drive/folders", &body).await
        }
        (_, "edit") => api.patch(&path, &json!({"name": "renamed"})).await,
        (_, "comment") => {
            api.post(&format!("{path}/comments"), &json!({"body": "hi"}))
                .await
        }
        (_, "restore") => {
            api.post(&format!("{path}/versions/1/restore"), &Value::Null)
                .await
        }
        (_, "share") => api.post("/shares", &share).await,
        (_, "delete") => api.delete(&path).await,
        other => panic!("no action {other:?}"),
    }
}

/// The actions of each kind, in an order an editor can run them all.
fn actions(kind: &str) -> &'static [&'static str] {
    match kind {
        "doc" => &["read", "edit", "comment", "restore", "share", "delete"],
        _ => &["read", "edit", "share", "delete"],
    }
}

/// The status an editor gets, where it is not plain success.
fn editor_status(kind: &str, action: &str) -> u16 {
    match (kind, action) {
        (_, "read") | ("doc", "restore") => 200,
        ("folder", "delete") => 400, // My Drive itself cannot be deleted
        ("calendar", "delete") => 409, // nor can a personal calendar
        (_, "edit") if kind != "folder" => 200,
        (_, "delete") => 204,
        _ => 201,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn viewers_only_read_what_they_own_and_editors_change_it_on_every_kind() {
    let server = TestServer::start_demo().await;
    // bob: Acme editor; charlie: Globex viewer (through Acme's grant).
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let (alice_id, dave_id) = (user_id(&server, "alice"), user_id(&server, "dave"));

    let mine = owned(&charlie).await;
    let before: Vec<Value> = {
        let mut v = Vec::new();
        for (kind, id) in &mine {
            v.push(act(&charlie, kind, id, "read", &dave_id).await.body);
        }
        v
    };
    for (kind, id) in &mine {
        for action in actions(kind) {
            let r = act(&charlie, kind, id, action, &dave_id).await;
            let want = if *action == "read" {
                (200, "<none>")
            } else {
                (403, "permission_denied")
            };
            assert_eq!((r.status, r.code()), want, "viewer {action} {kind}: {r:?}");
            if r.status == 403 {
                let msg = r.body["message"].as_str().unwrap();
                assert!(msg.contains("viewer") && msg.contains("only read"), "{msg}");
            }
        }
    }
    // Nothing changed: same doc version and text, same calendar, My Drive empty.
    for ((kind, id), was) in mine.iter().zip(&before) {
        let now = act(&charlie, kind, id, "read", &dave_id).await.body;
        assert_eq!(&now, was, "{kind} changed by refused writes");
    }
    let inside = charlie
        .get(&format!("/drive/files?parent={}", mine[1].1))
        .await;
    assert_eq!(inside.body["items"], json!([]), "{inside:?}");
    let shares = charlie
        .get(&format!("/shares?kind=doc&id={}", mine[0].1))
        .await;
    assert_eq!(shares.body["items"], json!([]), "{shares:?}");

    for (kind, id) in &owned(&bob).await {
        for action in actions(kind) {
            let r = act(&bob, kind, id, action, &alice_id).await;
            assert_eq!(
                r.status,
                editor_status(kind, action),
                "editor {action} {kind}: {r:?}"
            );
        }
    }
}
