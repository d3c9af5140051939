//! The audit log through the real server: writes are recorded (here: first-use
//! provisioning and a denied share), listed with filters and pages, scoped by tenant
//! (an Acme admin sees Acme only; everyone else only themselves), and streamed live
//! as Server-Sent Events with the same scope; a follower of one replica sees writes
//! made through another sharing the database (PostgreSQL, or one SQLite file).

use std::time::Duration;

use serde_json::{Value, json};
use ws_tests::idp::trusting;
use ws_tests::postgres::TestDatabase;
use ws_tests::workspace::{Reply, WsApi, token_for, user_id};
use ws_tests::{TestOptions, TestServer};

fn actions(r: &Reply) -> Vec<(String, String)> {
    r.body["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{r:?}"))
        .iter()
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_owned(),
                e["action"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Reads Server-Sent Events from a streaming response.
struct Events {
    resp: reqwest::Response,
    buf: String,
}

impl Events {
    /// The next `event: audit` entry's data (a bounded wait, not a timing assertion).
    async fn next_audit(&mut self) -> Value {
        loop {
            if let Some(end) = self.buf.find("\n\n") {
                let block: String = self.buf.drain(..end + 2).collect();
                if block.lines().any(|l| l == "event: audit") {
                    let data: String = block
                        .lines()
                        .filter_map(|l| l.strip_prefix("data: "))
                        .collect();
                    return serde_json::from_str(&data).unwrap();
                }
                continue;
            }
            let chunk = tokio::time::timeout(Duration::from_secs(20), self.resp.chunk())
                .await
                .expect("an audit event within 20 s")
                .unwrap()
                .expect("the stream stays open");
            self.buf.push_str(std::str::from_utf8(&chunk).unwrap());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_is_recorded_scoped_filtered_paged_and_streamed() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let (alice_id, bob_id) = (user_id(&server, "alice"), user_id(&server, "bob"));

    // alice follows the live stream (her own first use is recorded before it opens).
    let resp = alice
        .request(reqwest::Method::GET, "/audit/stream")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "text/event-stream");
    let mut live = Events {
        resp,
        buf: String::new(),
    };

    assert_eq!(bob.get("/me").await.status, 200);
    assert_eq!(charlie.get("/me").await.status, 200);
    let share = json!({"kind": "doc", "resource_id": "no-such-doc",
        "grantee": {"type": "user", "id": alice_id}, "role": "viewer"});
    let denied = bob.post("/shares", &share).await;
    assert_eq!(denied.status, 404, "{denied:?}");

    // Live: bob's two entries in order; charlie's (Globex) never reaches an Acme admin.
    let first = live.next_audit().await;
    assert_eq!(
        (first["actor"].as_str(), first["action"].as_str()),
        (Some(bob_id.as_str()), Some("workspace.provision"))
    );
    let second = live.next_audit().await;
    assert_eq!(second["action"], "shares.create");
    assert_eq!(second["outcome"], "denied");
    assert_eq!(second["target"], "doc:no-such-doc");
    assert!(second["request_id"].is_string());

    // Listing: the admin sees her org, bob himself, charlie himself.
    let all = alice.get("/audit").await;
    assert_eq!(all.status, 200, "{all:?}");
    let entries = actions(&all);
    assert_eq!(entries.len(), 3, "{entries:?}");
    assert!(
        entries.iter().all(|(a, _)| a == &alice_id || a == &bob_id),
        "{entries:?}"
    );
    let own = actions(&bob.get("/audit").await);
    assert!(
        own.len() == 2 && own.iter().all(|(a, _)| a == &bob_id),
        "{own:?}"
    );
    let globex = actions(&charlie.get("/audit").await);
    assert_eq!(
        globex,
        [(
            user_id(&server, "charlie"),
            "workspace.provision".to_owned()
        )]
    );
    // Asking for someone else's entries as a non-admin finds nothing.
    assert!(actions(&bob.get(&format!("/audit?actor={alice_id}")).await).is_empty());

    // Filters.
    let f = alice
        .get(&format!("/audit?actor={bob_id}&action=shares."))
        .await;
    assert_eq!(actions(&f), [(bob_id.clone(), "shares.create".to_owned())]);
    let f = alice.get("/audit?target=doc:no-such-doc").await;
    assert_eq!(actions(&f).len(), 1);
    let f = alice.get("/audit?since=2999-01-01T00:00:00Z").await;
    assert!(actions(&f).is_empty());
    let f = alice.get("/audit?until=2000-01-01T00:00:00Z").await;
    assert!(actions(&f).is_empty());
    let bad = alice.get("/audit?since=yesterday").await;
    assert_eq!((bad.status, bad.code()), (400, "invalid_argument"));
    assert!(
        bad.body["message"].as_str().unwrap().starts_with("since:"),
        "{bad:?}"
    );
    let bad = alice.get("/audit?page_size=0").await;
    assert!(
        bad.body["message"]
            .as_str()
            .unwrap()
            .starts_with("page_size:"),
        "{bad:?}"
    );

    // Paging walks every entry once, oldest first.
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let path = match &token {
            Some(t) => format!("/audit?page_size=2&page_token={t}"),
            None => "/audit?page_size=2".to_owned(),
        };
        let page = alice.get(&path).await;
        assert_eq!(page.status, 200, "{page:?}");
        for e in page.body["items"].as_array().unwrap() {
            seen.push(e["seq"].as_i64().unwrap());
        }
        match page.body["next_page_token"].as_str() {
            Some(t) => token = Some(t.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 3);
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
}

/// Two workspace-only replicas of one workspace trusting `idp`, sharing the database at
/// `database_url` (each with its own data directory).
async fn replicas(idp: &TestServer, database_url: &str) -> [TestServer; 2] {
    let start = || async {
        let mut options = TestOptions::default();
        options.config.identity.enabled = false;
        options.config.workspace = trusting(idp, Some(&idp.data_dir.join("admin.pat")));
        options.config.storage.database_url =
            Some(database_url.to_owned().try_into().expect("database URL"));
        TestServer::start_with(options).await
    };
    [start().await, start().await]
}

/// A follower of replica `a` sees what is written through replica `b` (and `a`), in
/// order; reconnecting to `b` with `Last-Event-ID` replays exactly what came after.
async fn follow_across_replicas(idp: &TestServer, [a, b]: &[TestServer; 2]) {
    let alice_token = token_for(idp, "alice").await;
    let (alice_a, alice_b) = (WsApi::new(a, &alice_token), WsApi::new(b, &alice_token));
    let bob_b = WsApi::new(b, &token_for(idp, "bob").await);
    // alice's first use, so the stream opens after it.
    assert_eq!(alice_a.get("/me").await.status, 200);
    let resp = alice_a
        .request(reqwest::Method::GET, "/audit/stream")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let mut live = Events {
        resp,
        buf: String::new(),
    };

    let doc = bob_b
        .post("/docs", &json!({"title": "Written on B", "body": "x"}))
        .await;
    assert_eq!(doc.status, 201, "{doc:?}");
    let on_a = alice_a
        .post("/docs", &json!({"title": "Written on A", "body": "y"}))
        .await;
    assert_eq!(on_a.status, 201, "{on_a:?}");
    let bob_id = user_id(idp, "bob");
    let mut got = Vec::new();
    for _ in 0..3 {
        let e = live.next_audit().await;
        got.push((
            e["seq"].as_i64().unwrap(),
            e["actor"].as_str().unwrap().to_owned(),
            e["action"].as_str().unwrap().to_owned(),
        ));
    }
    let alice_id = user_id(idp, "alice");
    let actions: Vec<(&str, &str)> = got
        .iter()
        .map(|(_, actor, action)| (actor.as_str(), action.as_str()))
        .collect();
    assert_eq!(
        actions,
        [
            (bob_id.as_str(), "workspace.provision"),
            (bob_id.as_str(), "docs.create"),
            (alice_id.as_str(), "docs.create"),
        ]
    );
    assert!(got.windows(2).all(|w| w[0].0 < w[1].0), "{got:?}");

    // Resuming on the other replica after the first entry: the other two, once each.
    let resp = alice_b
        .request(reqwest::Method::GET, "/audit/stream")
        .header("last-event-id", got[0].0.to_string())
        .send()
        .await
        .unwrap();
    let mut resumed = Events {
        resp,
        buf: String::new(),
    };
    for want in &got[1..] {
        assert_eq!(resumed.next_audit().await["seq"], want.0);
    }
    let later = bob_b
        .post("/docs", &json!({"title": "Later", "body": "z"}))
        .await;
    assert_eq!(later.status, 201, "{later:?}");
    let next = resumed.next_audit().await;
    assert_eq!(
        (
            next["seq"].as_i64().unwrap() > got[2].0,
            next["action"].as_str()
        ),
        (true, Some("docs.create"))
    );
    assert_eq!(live.next_audit().await["seq"], next["seq"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_follower_sees_writes_of_another_replica_on_postgres() {
    let Some(server) = ws_tests::postgres::server_url() else {
        eprintln!("skipped: WS_TEST_DATABASE_URL is not set (scripts/services/postgres.sh)");
        return;
    };
    let db = TestDatabase::create(&server).await.unwrap();
    let idp = TestServer::start_demo().await;
    let replicas = replicas(&idp, &db.url).await;
    follow_across_replicas(&idp, &replicas).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_follower_sees_writes_of_another_server_on_one_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let idp = TestServer::start_demo().await;
    let url = format!("sqlite://{}", dir.path().join("shared.db").display());
    let replicas = replicas(&idp, &url).await;
    follow_across_replicas(&idp, &replicas).await;
}
