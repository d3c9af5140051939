//! Audit across organizations: a Globex user acting on an Acme doc shared with
//! them shows in Acme's log (complete, naming the actor's org) and in the actor's
//! own scope (without the detail that describes Acme's resource), once each.

use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, org_id, token_for, user_id};

/// The entries of `api`'s audit scope on `target`.
async fn entries(api: &WsApi, target: &str) -> Vec<Value> {
    let r = api.get(&format!("/audit?target={target}")).await;
    assert_eq!(r.status, 200, "{r:?}");
    r.body["items"].as_array().unwrap().clone()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cross_org_write_is_in_the_owners_log_and_the_actors_without_detail() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let dave = WsApi::new(&server, &token_for(&server, "dave").await);
    let (charlie_id, acme, globex) = (
        user_id(&server, "charlie"),
        org_id(&server, "Acme Corp"),
        org_id(&server, "Globex Inc"),
    );

    let doc = alice
        .post("/docs", &json!({"title": "Acme secret plan", "body": "x"}))
        .await;
    assert_eq!(doc.status, 201);
    let id = doc.body["id"].as_str().unwrap().to_owned();
    let target = format!("doc:{id}");
    let share = json!({"kind": "doc", "resource_id": id,
        "grantee": {"type": "user", "id": charlie_id}, "role": "editor"});
    assert_eq!(alice.post("/shares", &share).await.status, 201);

    // charlie reads it, and tries to change it: Globex holds the workspace as
    // `viewer` only, so the write is denied — and audited.
    assert_eq!(charlie.get(&format!("/docs/{id}")).await.status, 200);
    let write = charlie
        .patch(&format!("/docs/{id}"), &json!({"title": "Globex now"}))
        .await;
    assert_eq!(write.status, 403, "{write:?}");

    // Acme's admin sees it once, complete, with the actor's org named.
    let acme_view: Vec<Value> = entries(&alice, &target)
        .await
        .into_iter()
        .filter(|e| e["actor"] == charlie_id.as_str())
        .collect();
    assert_eq!(acme_view.len(), 1, "{acme_view:?}");
    assert_eq!(acme_view[0]["action"], "docs.update");
    assert_eq!(acme_view[0]["outcome"], "denied");
    assert_eq!(acme_view[0]["org"], acme.as_str());
    assert_eq!(acme_view[0]["detail"]["actor_org"], globex.as_str());

    // charlie sees his own action once, in Globex's log, with nothing of the doc.
    let own = entries(&charlie, &target).await;
    assert_eq!(own.len(), 1, "{own:?}");
    assert_eq!(own[0]["org"], globex.as_str());
    assert_eq!(own[0]["action"], "docs.update");
    assert!(own[0].get("detail").is_none_or(Value::is_null), "{own:?}");
    assert!(!own[0].to_string().contains("secret plan"));

    // Others: bob (Acme, not admin) and dave (Globex) see nothing of it.
    assert!(entries(&bob, &target).await.is_empty());
    assert!(entries(&dave, &target).await.is_empty());

    // Acme's own writes stay in Acme's log only: charlie does not see alice's share.
    let shares = entries(&alice, &target).await;
    assert!(shares.iter().any(|e| e["action"] == "shares.create"));
    assert!(own.iter().all(|e| e["action"] != "shares.create"));
}
