//! Sharing through the real server, on calendars (any shareable kind goes through
//! the same ACL): user, org and link grantees; roles capped by the caller's base
//! role; cross-org only through the project grant plus an authorization; existence
//! never revealed to outsiders; every write audited; removing the grant removes
//! access at the next token.

use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, org_id, project_id, token_for, user_id};

async fn share(api: &WsApi, cal: &str, grantee: Value, role: &str) -> ws_tests::workspace::Reply {
    api.post(
        "/shares",
        &json!({"kind": "calendar", "resource_id": cal, "grantee": grantee, "role": role}),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_orgs_and_links_across_the_grant() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let dave = WsApi::new(&server, &token_for(&server, "dave").await);
    let created = alice
        .post("/calendars", &json!({"name": "Acme plans"}))
        .await;
    assert_eq!(created.status, 201, "{created:?}");
    let cal = created.body["id"].as_str().unwrap().to_owned();
    let path = format!("/calendars/{cal}");

    // Private until shared: same 404 for an Acme editor and for Globex users.
    for outsider in [&bob, &charlie, &dave] {
        assert_eq!(outsider.get(&path).await.status, 404);
        let listed = outsider
            .get(&format!("/shares?kind=calendar&id={cal}"))
            .await;
        assert_eq!((listed.status, listed.code()), (404, "not_found"));
    }

    // charlie (Globex, viewer through Acme's grant) gets editor, capped to viewer.
    let s = share(
        &alice,
        &cal,
        json!({"type": "user", "id": user_id(&server, "charlie")}),
        "editor",
    )
    .await;
    assert_eq!(s.status, 201, "{s:?}");
    let charlie_share = s.body["id"].as_str().unwrap().to_owned();
    assert_eq!(charlie.get(&path).await.status, 200);
    let write = charlie.patch(&path, &json!({"name": "hijacked"})).await;
    assert_eq!(
        (write.status, write.code()),
        (403, "permission_denied"),
        "{write:?}"
    );
    assert_eq!(
        dave.get(&path).await.status,
        404,
        "only charlie was shared with"
    );
    // Seeing is not managing: 403 for charlie, 404 for dave.
    let again = share(
        &charlie,
        &cal,
        json!({"type": "user", "id": user_id(&server, "dave")}),
        "viewer",
    )
    .await;
    assert_eq!(again.status, 403, "{again:?}");
    assert_eq!(
        charlie
            .delete(&format!("/shares/{charlie_share}"))
            .await
            .status,
        403
    );
    assert_eq!(
        dave.delete(&format!("/shares/{charlie_share}"))
            .await
            .status,
        404
    );

    // The whole Acme org as viewer: bob reads, still cannot share.
    let s = share(
        &alice,
        &cal,
        json!({"type": "org", "id": org_id(&server, "Acme Corp")}),
        "viewer",
    )
    .await;
    assert_eq!(s.status, 201, "{s:?}");
    assert_eq!(bob.get(&path).await.status, 200);
    assert_eq!(
        share(&bob, &cal, json!({"type": "link"}), "viewer")
            .await
            .status,
        403
    );

    // Links: viewer or commenter only; their ids are shown to owners only.
    let bad = share(&alice, &cal, json!({"type": "link"}), "editor").await;
    assert_eq!((bad.status, bad.code()), (400, "invalid_argument"));
    assert!(
        bad.body["message"].as_str().unwrap().starts_with("role:"),
        "{bad:?}"
    );
    let link = share(&alice, &cal, json!({"type": "link"}), "viewer").await;
    assert_eq!(
        link.body["grantee"]["id"].as_str().unwrap().len(),
        32,
        "{link:?}"
    );
    let seen_by_owner = alice.get(&format!("/shares?kind=calendar&id={cal}")).await;
    let seen_by_viewer = charlie
        .get(&format!("/shares?kind=calendar&id={cal}"))
        .await;
    let link_ids = |r: &ws_tests::workspace::Reply| -> Vec<String> {
        r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["grantee"]["type"] == "link")
            .map(|s| s["grantee"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(seen_by_owner.body["items"].as_array().unwrap().len(), 3);
    assert_eq!(
        link_ids(&seen_by_owner),
        [link.body["grantee"]["id"].as_str().unwrap()]
    );
    assert_eq!(link_ids(&seen_by_viewer), [""]);

    // Sharing again changes the role instead of adding an entry.
    let again = share(
        &alice,
        &cal,
        json!({"type": "user", "id": user_id(&server, "charlie")}),
        "viewer",
    )
    .await;
    assert_eq!(
        (again.status, again.body["id"].as_str()),
        (201, Some(charlie_share.as_str()))
    );

    // Grantees outside the workspace (the default org has no grant): one clear 400.
    let admin = server.bootstrap["admin_user_id"].as_str().unwrap();
    let default_org = server.bootstrap["default_org"]["id"].as_str().unwrap();
    for grantee in [
        json!({"type": "user", "id": admin}),
        json!({"type": "org", "id": default_org}),
        json!({"type": "user", "id": "no-such-user"}),
    ] {
        let r = share(&alice, &cal, grantee, "viewer").await;
        assert_eq!((r.status, r.code()), (400, "invalid_argument"), "{r:?}");
        assert!(
            r.body["message"]
                .as_str()
                .unwrap()
                .starts_with("grantee.id:"),
            "{r:?}"
        );
    }

    // Unsharing: charlie loses access at once.
    assert_eq!(
        alice
            .delete(&format!("/shares/{charlie_share}"))
            .await
            .status,
        204
    );
    assert_eq!(charlie.get(&path).await.status, 404);
    assert_eq!(
        alice
            .delete(&format!("/shares/{charlie_share}"))
            .await
            .status,
        404
    );

    // Every share write was audited, denials included.
    let audit = alice.get("/audit?action=shares.").await;
    let outcomes: Vec<(String, String)> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        outcomes.contains(&("shares.create".into(), "ok".into())),
        "{outcomes:?}"
    );
    assert!(
        outcomes.contains(&("shares.delete".into(), "ok".into())),
        "{outcomes:?}"
    );
    assert!(
        outcomes.contains(&("shares.create".into(), "failed".into())),
        "{outcomes:?}"
    );
    let bobs = bob.get("/audit?action=shares.create").await;
    assert_eq!(bobs.body["items"][0]["outcome"], "denied", "{bobs:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removing_the_project_grant_removes_cross_org_access_at_the_next_token() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let cal = alice
        .post("/calendars", &json!({"name": "Shared with Globex"}))
        .await;
    let cal = cal.body["id"].as_str().unwrap().to_owned();
    let s = share(
        &alice,
        &cal,
        json!({"type": "org", "id": org_id(&server, "Globex Inc")}),
        "viewer",
    )
    .await;
    assert_eq!(s.status, 201, "{s:?}");
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    assert_eq!(charlie.get(&format!("/calendars/{cal}")).await.status, 200);

    let resp = server
        .client()
        .post(server.url("/zitadel.project.v2.ProjectService/DeleteProjectGrant"))
        .bearer_auth(&server.admin_pat)
        .header("connect-protocol-version", "1")
        .json(&json!({"projectId": project_id(&server), "grantedOrganizationId": org_id(&server, "Globex Inc")}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);

    // charlie's next token carries no workspace role: no workspace access at all.
    let next = WsApi::new(&server, &token_for(&server, "charlie").await);
    let r = next.get(&format!("/calendars/{cal}")).await;
    assert_eq!((r.status, r.code()), (403, "permission_denied"), "{r:?}");
    // And Globex can no longer be made a grantee.
    let again = share(
        &alice,
        &cal,
        json!({"type": "user", "id": user_id(&server, "dave")}),
        "viewer",
    )
    .await;
    assert_eq!(
        (again.status, again.code()),
        (400, "invalid_argument"),
        "{again:?}"
    );
}

/// The path of a link share under `/api/v1`, as `WsApi` takes it.
fn link_route(share: &ws_tests::workspace::Reply) -> String {
    let path = share.body["link_path"]
        .as_str()
        .expect("owners see the link's path");
    path.strip_prefix("/api/v1").expect(path).to_owned()
}

/// A refusal without its request id, to compare two of them.
fn refusal(r: &ws_tests::workspace::Reply) -> (u16, Value, Value) {
    (r.status, r.body["code"].clone(), r.body["message"].clone())
}

/// A link share opens its doc or calendar without signing in, read only, and a
/// removed link, an expired link and a made-up secret all get the one same 404.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn links_open_read_only_without_signing_in_until_removed_or_expired() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let anyone = WsApi::anonymous(&server);
    let doc = alice
        .post(
            "/docs",
            &json!({"title": "Q1 plan", "body": "# Plan\n\nship it"}),
        )
        .await;
    assert_eq!(doc.status, 201, "{doc:?}");
    let doc_id = doc.body["id"].as_str().unwrap().to_owned();
    let grantee = json!({"type": "link"});
    let link = alice
        .post(
            "/shares",
            &json!({"kind": "doc", "resource_id": doc_id, "grantee": grantee, "role": "viewer"}),
        )
        .await;
    assert_eq!(link.status, 201, "{link:?}");
    let route = link_route(&link);
    assert!(
        route.starts_with(&format!("/links/doc/{doc_id}/")),
        "{route}"
    );

    let opened = anyone.get(&route).await;
    assert_eq!(opened.status, 200, "{opened:?}");
    assert!(
        opened.body.as_str().unwrap().contains("ship it"),
        "{opened:?}"
    );
    // The link opens that one document; it is no credential for the API.
    let api = anyone.get(&format!("/docs/{doc_id}")).await;
    assert_eq!(api.status, 401, "{api:?}");
    let write = anyone.patch(&route, &json!({"title": "hijacked"})).await;
    assert_eq!(write.status, 405, "{write:?}");

    let (base, _) = route.rsplit_once('/').unwrap();
    let made_up = anyone.get(&format!("{base}/{}", "x".repeat(32))).await;
    assert_eq!(
        (made_up.status, made_up.code()),
        (404, "not_found"),
        "{made_up:?}"
    );
    let share_id = link.body["id"].as_str().unwrap();
    let removed = alice.delete(&format!("/shares/{share_id}")).await;
    assert!(removed.status < 300, "{removed:?}");
    let after_removal = anyone.get(&route).await;
    assert_eq!(refusal(&after_removal), refusal(&made_up));

    // An expiring calendar link works until its time, then answers the same 404.
    let cal = alice.post("/calendars", &json!({"name": "Launch"})).await;
    assert_eq!(cal.status, 201, "{cal:?}");
    let cal_id = cal.body["id"].as_str().unwrap();
    let soon = time::OffsetDateTime::now_utc() + time::Duration::seconds(3);
    let soon = soon
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let expiring = alice
        .post(
            "/shares",
            &json!({"kind": "calendar", "resource_id": cal_id, "grantee": grantee,
                    "role": "viewer", "expires_at": soon}),
        )
        .await;
    assert_eq!(expiring.status, 201, "{expiring:?}");
    assert!(expiring.body["expires_at"].is_string(), "{expiring:?}");
    let route = link_route(&expiring);
    let ics = anyone.get(&route).await;
    assert_eq!(ics.status, 200, "{ics:?}");
    assert!(
        ics.body.as_str().unwrap().contains("BEGIN:VCALENDAR"),
        "{ics:?}"
    );
    // Wall time has to pass here: the server's clock decides when the link ends.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let expired = loop {
        let r = anyone.get(&route).await;
        if r.status != 200 || std::time::Instant::now() > deadline {
            break r;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    };
    let (base, _) = route.rsplit_once('/').unwrap();
    let made_up = anyone.get(&format!("{base}/{}", "y".repeat(32))).await;
    assert_eq!(refusal(&expired), refusal(&made_up));
    assert_eq!(expired.status, 404, "{expired:?}");

    // Links expire only as links: a user share with an expiry is refused.
    let later = time::OffsetDateTime::now_utc() + time::Duration::hours(1);
    let later = later
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let bad = alice
        .post(
            "/shares",
            &json!({"kind": "calendar", "resource_id": cal_id,
                    "grantee": {"type": "user", "id": user_id(&server, "bob")},
                    "role": "viewer", "expires_at": later}),
        )
        .await;
    assert_eq!(
        (bad.status, bad.code()),
        (400, "invalid_argument"),
        "{bad:?}"
    );
    let why = bad.body["message"].as_str().unwrap();
    assert!(why.contains("only a link"), "{bad:?}");
}
