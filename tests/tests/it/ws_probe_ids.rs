//! Another org's ids cannot be told from random ones, through the real server: for
//! each lookup and write by id under `/api/v1` (docs, drive items, calendars,
//! events, shares) an outsider gets the same status and body for an existing
//! foreign id as for a made-up one, and the audit log they can read (`?target=`)
//! holds the same entries for both.

use reqwest::Method;
use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::{Reply, WsApi, token_for, user_id};

const RANDOM: &str = "000000000000000001";

/// An answer with the id it was about taken out, for comparing a pair.
fn shape(r: &Reply, id: &str) -> (u16, String) {
    let mut body = r.body.clone();
    body.as_object_mut().map(|m| m.remove("request_id"));
    (r.status, body.to_string().replace(id, "ID"))
}

/// The outsider's audit entries on `target`, without what differs by time or id.
async fn audit_shape(api: &WsApi, target: &str, id: &str) -> (u16, Vec<Value>) {
    let r = api.get(&format!("/audit?target={target}")).await;
    let mut items: Vec<Value> = r.body["items"].as_array().cloned().unwrap_or_default();
    for e in &mut items {
        for volatile in ["time", "seq", "id", "request_id"] {
            e.as_object_mut().map(|m| m.remove(volatile));
        }
        *e = serde_json::from_str(&e.to_string().replace(id, "ID")).unwrap();
    }
    (r.status, items)
}

fn created(r: Reply) -> String {
    assert_eq!(r.status, 201, "{r:?}");
    r.body["id"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn foreign_ids_answer_like_random_ones_in_replies_and_the_audit_log() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let dave = WsApi::new(&server, &token_for(&server, "dave").await);
    let bob_id = user_id(&server, "bob");

    let doc = created(
        alice
            .post("/docs", &json!({"title": "Plan", "body": "x"}))
            .await,
    );
    let folder = created(
        alice
            .post("/drive/folders", &json!({"name": "Secret"}))
            .await,
    );
    let cal = created(alice.post("/calendars", &json!({"name": "Board"})).await);
    let event = json!({"summary": "Merger", "start": "2026-01-05T10:00:00Z",
        "end": "2026-01-05T11:00:00Z"});
    let event = created(
        alice
            .post(&format!("/calendars/{cal}/events"), &event)
            .await,
    );
    let share = json!({"kind": "doc", "resource_id": doc,
        "grantee": {"type": "user", "id": bob_id}, "role": "viewer"});
    let share = created(alice.post("/shares", &share).await);

    // (audit kind, existing id, path template with {} for the id).
    let probes: Vec<(&str, &str, String)> = vec![
        ("doc", &doc, "/docs/{}".into()),
        ("doc", &doc, "/docs/{}/comments".into()),
        ("doc", &doc, "/docs/{}/versions".into()),
        ("folder", &folder, "/drive/files/{}".into()),
        ("calendar", &cal, "/calendars/{}".into()),
        (
            "calendar",
            &cal,
            "/calendars/{}/events?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z".into(),
        ),
        ("event", &event, format!("/calendars/{cal}/events/{{}}")),
        ("share", &share, "/shares/{}".into()),
        ("doc", &doc, "/shares?kind=doc&id={}".into()),
    ];
    for (kind, id, template) in &probes {
        let real = template.replace("{}", id);
        let fake = template.replace("{}", RANDOM);
        let edit = json!({"title": "t", "name": "n", "body": "b", "summary": "s"});
        for method in ["GET", "PATCH", "DELETE"] {
            if method != "GET" && template.contains('?') {
                continue;
            }
            let (a, b) = match method {
                "GET" => (dave.get(&real).await, dave.get(&fake).await),
                "PATCH" => (
                    dave.patch(&real, &edit).await,
                    dave.patch(&fake, &edit).await,
                ),
                _ => (dave.delete(&real).await, dave.delete(&fake).await),
            };
            assert_ne!(a.status / 100, 2, "{method} {real}: {a:?}");
            assert_eq!(shape(&a, id), shape(&b, RANDOM), "{method} {template}");
        }
        // Sharing it, or uploading into it, is refused alike and audited alike.
        let grant = |rid: &str| {
            json!({"kind": kind, "resource_id": rid,
                "grantee": {"type": "user", "id": bob_id}, "role": "viewer"})
        };
        if !["event", "share"].contains(kind) && !template.contains('?') {
            let a = dave.post("/shares", &grant(id)).await;
            let b = dave.post("/shares", &grant(RANDOM)).await;
            assert_eq!(shape(&a, id), shape(&b, RANDOM), "share {template}");
        }
        if *kind == "folder" {
            let put = |parent: &str| {
                dave.request(
                    Method::PUT,
                    &format!("/drive/content?parent={parent}&name=x.txt"),
                )
                .body("hello")
            };
            let a = dave.send(put(id)).await;
            let b = dave.send(put(RANDOM)).await;
            assert_ne!(a.status / 100, 2, "{a:?}");
            assert_eq!(shape(&a, id), shape(&b, RANDOM), "upload into {template}");
        }
        let (real_target, fake_target) = (format!("{kind}:{id}"), format!("{kind}:{RANDOM}"));
        assert_eq!(
            audit_shape(&dave, &real_target, id).await,
            audit_shape(&dave, &fake_target, RANDOM).await,
            "audit of {template}"
        );
    }
    // Nothing was changed by the probes.
    let still = alice.get(&format!("/docs/{doc}")).await;
    assert_eq!((still.status, &still.body["version"]), (200, &json!(1)));
}
